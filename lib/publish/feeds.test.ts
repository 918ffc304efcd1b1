import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildFeed, jsonFeed11, serializeFeed, type FeedPost } from "./feeds";
import { postFilesAt } from "../content/post-files";
import { feedBodyHtml } from "./feed-body";
import { absoluteUrl } from "../site";

type Feed = Awaited<ReturnType<typeof buildFeed>>;

// 25 posts, newest first as lib/content/collection.ts gives them: post 0 is dated 2026-01-25, post 24 2026-01-01.
const posts: FeedPost[] = Array.from({ length: 25 }, (_, i) => {
  const day = String(25 - i).padStart(2, "0");
  return {
    url: `/posts/post-${i}`,
    title: `Post ${i}`,
    summary: `Summary of post ${i}.\n\nIts second paragraph, with <angle> & ampersand.`,
    date: `2026-01-${day}`,
    lastModified: i === 3 ? "2026-02-14" : `2026-01-${day}`,
    author: { name: "Ada Lovelace", slug: "ada-lovelace" },
    tags: [{ slug: "reliability", label: "Reliability" }],
    body: `Body of post ${i}`,
  };
});

const rendered: string[] = [];
const renderBody = async (source: string, path: string) => {
  rendered.push(path);
  return `<p>${source}</p>`;
};

describe("buildFeed", () => {
  let feed: Feed;
  before(async () => {
    feed = await buildFeed(posts, renderBody, 20);
  });

  test("holds the latest `limit` posts, in the order given, rendering only those", () => {
    assert.deepEqual(
      feed.items.map((item) => item.title),
      posts.slice(0, 20).map((post) => post.title),
    );
    assert.deepEqual(
      rendered,
      posts.slice(0, 20).map((post) => post.url),
    );
  });

  test("gives each item absolute links, its dates, author, tags, summary and full text", () => {
    const [item] = feed.items;
    assert.ok(item);
    assert.equal(item.id, absoluteUrl("/posts/post-0"));
    assert.equal(item.link, absoluteUrl("/posts/post-0"));
    assert.equal(item.published?.toISOString(), "2026-01-25T00:00:00.000Z");
    assert.equal(item.date.toISOString(), "2026-01-25T00:00:00.000Z");
    assert.deepEqual(item.author, [{ name: "Ada Lovelace", link: absoluteUrl("/authors/ada-lovelace") }]);
    assert.deepEqual(item.category, [{ name: "Reliability", term: "reliability" }]);
    // Escaped: Atom marks the summary as HTML and RSS readers read it so (JSON Feed gets the plain text back).
    assert.equal(item.description, "Summary of post 0.\n\nIts second paragraph, with &lt;angle&gt; &amp; ampersand.");
    assert.equal(
      item.content,
      "<p>Summary of post 0.</p><p>Its second paragraph, with &lt;angle&gt; &amp; ampersand.</p><p>Body of post 0</p>",
    );
    assert.equal(feed.items[3]?.date.toISOString(), "2026-02-14T00:00:00.000Z");
  });

  test("is dated by the latest update among its posts, so an unchanged journal gives the same feed", () => {
    assert.equal(feed.options.updated?.toISOString(), "2026-02-14T00:00:00.000Z");
  });

  test("RSS and Atom carry the publication and update dates, and their own address", () => {
    const rss = serializeFeed(feed, "rss");
    assert.match(rss, /<pubDate>Sun, 25 Jan 2026 00:00:00 GMT<\/pubDate>/);
    assert.match(rss, /<atom:link href="[^"]+\/feed\.xml" rel="self"/);
    assert.match(rss, /<content:encoded><!\[CDATA\[<p>Summary of post 0\.<\/p>/);
    const atom = serializeFeed(feed, "atom");
    // Post 3 was published on 22 January and updated on 14 February.
    assert.match(
      atom,
      /<id>[^<]+\/posts\/post-3<\/id>[\s\S]*?<updated>2026-02-14T00:00:00\.000Z<\/updated>[\s\S]*?<published>2026-01-22T00:00:00\.000Z<\/published>/,
    );
    assert.match(atom, /<link rel="self" href="[^"]+\/atom\.xml"\/>/);
  });

  test("JSON Feed is version 1.1, with authors, language, dates and HTML content", () => {
    const json: unknown = JSON.parse(serializeFeed(feed, "json"));
    assert.ok(json && typeof json === "object" && "items" in json && Array.isArray(json.items));
    assert.equal("version" in json && json.version, "https://jsonfeed.org/version/1.1");
    assert.equal("language" in json && json.language, "en");
    assert.equal(json.items.length, 20);
    assert.deepEqual(json.items[0], {
      id: absoluteUrl("/posts/post-0"),
      url: absoluteUrl("/posts/post-0"),
      title: "Post 0",
      summary: posts[0]?.summary,
      content_html: feed.items[0]?.content,
      date_published: "2026-01-25T00:00:00.000Z",
      date_modified: "2026-01-25T00:00:00.000Z",
      author: { name: "Ada Lovelace", url: absoluteUrl("/authors/ada-lovelace") },
      authors: [{ name: "Ada Lovelace", url: absoluteUrl("/authors/ada-lovelace") }],
      tags: ["Reliability"],
    });
  });
});

test("a post dated with a time is published at that instant, and is the feed's latest change", async () => {
  const [first, ...rest] = posts;
  assert.ok(first);
  const timed = { ...first, date: "2026-03-01T09:30:00+01:00", lastModified: "2026-03-01T09:30:00+01:00" };
  const feed = await buildFeed([timed, ...rest], renderBody, 3);
  assert.equal(feed.items[0]?.published?.toISOString(), "2026-03-01T08:30:00.000Z");
  assert.equal(feed.items[0]?.date.toISOString(), "2026-03-01T08:30:00.000Z");
  assert.equal(feed.options.updated?.toISOString(), "2026-03-01T08:30:00.000Z");
});

test("HTML containing ]]> cannot end the CDATA sections of RSS and Atom early", async () => {
  const [post] = posts;
  assert.ok(post);
  const feed = await buildFeed([post], async () => "<pre><code>a[b[0]]> c; d[e[1]]> f</code></pre>");
  for (const format of ["rss", "atom"] as const) {
    const xml = serializeFeed(feed, format);
    const content = xml.match(/<(?:content:encoded|content type="html")><!\[CDATA\[([\s\S]*?)\]\]><\/content/)?.[1];
    assert.ok(content?.endsWith("<pre><code>a[b[0]]&gt; c; d[e[1]]&gt; f</code></pre>"), format);
  }
});

test("an empty journal still makes valid, empty feeds", async () => {
  const feed = await buildFeed([], renderBody);
  assert.equal(feed.items.length, 0);
  assert.match(serializeFeed(feed, "rss"), /<channel>/);
});

test("jsonFeed11 rejects output it does not understand", () => {
  assert.throws(() => jsonFeed11("[]"), /expected a JSON Feed object/);
  assert.throws(() => jsonFeed11('{"version":"x"}'), /expected a JSON Feed with items/);
});

describe("feedBodyHtml, on a post with a diagram", () => {
  const file = path.resolve(import.meta.dirname, "../../content/posts/automatons-for-integrity/index.mdx");
  const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  let html: string;
  before(async () => {
    html = await feedBodyHtml(body, "/posts/automatons-for-integrity", postFilesAt(file));
  });

  test("links are absolute", () => {
    assert.doesNotMatch(html, /(?:href|src)="(?!https?:)/);
    assert.match(html, /<a href="https:\/\/[^"]+\/posts\/the-secret-life-of-a-transaction">/);
  });

  test("the diagram is its caption, description and text, linking to the drawing in the post", () => {
    assert.doesNotMatch(html, /<svg|<details/);
    assert.match(
      html,
      /<figcaption><strong>Transaction lifecycle<\/strong> \(diagram as text; <a href="[^"]+\/posts\/automatons-for-integrity">/,
    );
    assert.match(html, /<li>pending to authorized: authorize<\/li>/);
  });

  test("no heading anchors, classes or inline styles", () => {
    assert.doesNotMatch(html, /heading-anchor|class=|style=/);
    assert.match(html, /<h2 id="[^"]+">[^<#]+<\/h2>/);
  });
});

describe("a listing page's feed (an author's, a tag's)", () => {
  const scope = {
    path: "/authors/ada-lovelace",
    name: "Ada Lovelace",
    title: "Flight journal: Ada Lovelace",
    description: "Posts by Ada Lovelace.",
  };
  let feed: Feed;
  before(async () => {
    feed = await buildFeed(posts.slice(0, 2), async () => "<p>Body</p>", 20, scope);
  });

  test("is titled for the page and points at it and at its own addresses", () => {
    const rss = serializeFeed(feed, "rss");
    assert.match(rss, /<title>Flight journal: Ada Lovelace<\/title>/);
    assert.match(rss, new RegExp(`<link>${absoluteUrl("/authors/ada-lovelace")}</link>`));
    assert.match(rss, new RegExp(`<atom:link href="${absoluteUrl("/authors/ada-lovelace/feed.xml")}" rel="self"`));
    assert.match(
      serializeFeed(feed, "atom"),
      new RegExp(`<link rel="self" href="${absoluteUrl("/authors/ada-lovelace/atom.xml")}"/>`),
    );
    const json = JSON.parse(serializeFeed(feed, "json"));
    assert.equal(json.feed_url, absoluteUrl("/authors/ada-lovelace/feed.json"));
    assert.equal(json.home_page_url, absoluteUrl("/authors/ada-lovelace"));
  });

  test("lists only the posts it is given, with the same entries as the journal's feed", () => {
    assert.deepEqual(
      feed.items.map((item) => item.link),
      posts.slice(0, 2).map((post) => absoluteUrl(post.url)),
    );
  });
});
