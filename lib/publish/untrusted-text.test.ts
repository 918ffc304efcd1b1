// Frontmatter (title, summary, author names, tag labels) comes from a pull request: wherever the journal
// publishes it, it must arrive as text, never as markup that a browser, feed reader or crawler would run.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { all, at, parseXml, textOf } from "../../e2e/feed-parse";
import { buildFeed, serializeFeed, type FeedPost } from "./feeds";
import { socialCardElement } from "./social-card";
import { blogPosting, jsonForScript } from "./structured-data";

type Feed = Awaited<ReturnType<typeof buildFeed>>;

const title = "<img src=x onerror=alert(1)> & friends";
const summary = 'A summary that tries to leave its script: </script><script>alert("x")</script> and <!-- -->.';
const author = { name: "<b>Mallory</b>", slug: "mallory" };
const tag = { slug: "security", label: "Security & risk" };

const post: FeedPost = {
  url: "/posts/hostile",
  title,
  summary,
  date: "2026-01-01",
  lastModified: "2026-01-01",
  author,
  tags: [tag],
  body: "",
};

describe("frontmatter text in the feeds", () => {
  let feed: Feed;
  before(async () => {
    feed = await buildFeed([post], async () => "<p>Body.</p>");
  });

  test("RSS and Atom carry it as escaped HTML, so a reader shows it as written and runs nothing", () => {
    const rss = serializeFeed(feed, "rss");
    const item = at(parseXml(rss), "rss", "channel", "item");
    assert.equal(textOf(at(item, "title")), "&lt;img src=x onerror=alert(1)&gt; &amp; friends");
    assert.match(
      textOf(at(item, "description")),
      /^A summary that tries to leave its script: &lt;\/script&gt;&lt;script&gt;/,
    );
    assert.doesNotMatch(rss, /<img|<script/);
    const atom = serializeFeed(feed, "atom");
    const entry = at(parseXml(atom), "feed", "entry");
    assert.match(atom, /<title type="html">/);
    assert.equal(textOf(at(entry, "title")), "&lt;img src=x onerror=alert(1)&gt; &amp; friends");
    assert.doesNotMatch(atom, /<img|<script|<svg/);
    assert.equal(textOf(at(at(entry, "author"), "name")), author.name);
    assert.deepEqual(
      all(entry, "category").map((category) => (category as Record<string, unknown>)["@label"]),
      [tag.label],
    );
  });

  test("a tag label that isn't a plain name is refused rather than written into XML", async () => {
    const hostile = { ...post, tags: [{ slug: "x", label: '<svg onload="alert(1)">' }] };
    await assert.rejects(
      buildFeed([hostile], async () => ""),
      /tag label "<svg onload=\\"alert\(1\)\\">" is not a plain name/,
    );
  });

  test("JSON Feed carries it as JSON strings, and the full text's lede escapes it", () => {
    const json = JSON.parse(serializeFeed(feed, "json"));
    assert.equal(json.items[0].title, title);
    assert.equal(json.items[0].summary, summary);
    assert.match(
      json.items[0].content_html,
      /^<p>A summary that tries to leave its script: &lt;\/script&gt;&lt;script&gt;/,
    );
  });
});

describe("frontmatter text in JSON-LD", () => {
  const data = blogPosting({ ...post, readingTime: 4, tags: [tag.slug], author: { ...author, role: "</script>" } });
  const script = jsonForScript(data);

  test("no text can close the <script> element it is written into", () => {
    assert.doesNotMatch(script, /<\/script/i);
    assert.doesNotMatch(script, /</);
  });

  test("a crawler reads back exactly what the author wrote", () => {
    const parsed = JSON.parse(script);
    assert.equal(parsed.headline, title);
    assert.equal(parsed.description, summary);
    assert.equal(parsed.author.jobTitle, "</script>");
  });
});

test("the social card draws the title as text, not markup", () => {
  const html = renderToStaticMarkup(socialCardElement({ title, eyebrow: tag.label, byline: author.name }));
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt; &amp; friends"));
  assert.ok(html.includes("&lt;b&gt;Mallory&lt;/b&gt;"));
  assert.doesNotMatch(html, /<img|<b>/);
});
