/**
 * The journal's feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) and the only user of the `feed` library: the
 * latest posts, newest first, each with its full body as HTML. Pure over the posts it is given;
 * lib/publish/feed-routes.ts feeds it the journal's.
 */
import { Feed } from "feed";
import { instantOf } from "../content/publishing";
import { LABEL } from "../content/field-rules";
import { authorPath } from "./routes";
import { absoluteUrl, feedPath, site, type FeedFormat } from "../site";

/** What a feed entry takes from a post. */
export type FeedPost = {
  url: string;
  title: string;
  summary: string;
  /** As written: a day or a date-time. */
  date: string;
  /** When the post last changed (lib/content/history.ts lastModified): the entry's `updated`. */
  lastModified: string;
  author: { name: string; slug: string };
  tags: readonly { slug: string; label: string }[];
  /** The post's text, frontmatter included (lib/content/collection.ts `postText`). */
  body: string;
};

/** Renders a post's MDX body to feed HTML; `path` is the post's address, for its links. */
export type RenderBody = (source: string, path: string) => Promise<string>;

const instant = (date: string) => new Date(instantOf(date));

/**
 * Which feed: the journal's (path "", the default) or a listing page's (an author's, a tag's), which lists
 * that page's posts and lives beside it (`/authors/<slug>/feed.xml`).
 */
export type FeedScope = { path: string; name: string; title: string; description: string };
const journal: FeedScope = { path: "", name: site.name, title: site.name, description: site.description };

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** The exact inverse of escapeHtml, for JSON Feed, whose title and summary are plain text. */
const unescapeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");

/**
 * RSS and Atom carry the HTML in CDATA sections, and xml-js (under `feed`) splits only the first "]]>" out
 * of one: a second would end the section early and break the XML. As a character reference it means the same.
 */
const cdataSafe = (html: string) => html.replaceAll("]]>", "]]&gt;");

/** The page opens with the summary as its lede; the feed's full text does too. */
const ledeHtml = (summary: string) =>
  summary
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join("");

/** The check refuses a label that isn't plain text; a build that skipped it must not write one into XML either. */
function plainLabel(label: string): string {
  if (!LABEL.test(label)) throw new Error(`feeds: tag label ${JSON.stringify(label)} is not a plain name`);
  return label;
}

function latestModified(posts: readonly FeedPost[]): string | undefined {
  let latest: string | undefined;
  for (const { lastModified } of posts)
    if (!latest || instantOf(lastModified) > instantOf(latest)) latest = lastModified;
  return latest;
}

/**
 * The feed of the first `limit` posts, in the order given (lib/content/collection.ts already puts the newest
 * first). Its date is the latest update of any post listed, so an unchanged journal rebuilds the same feed.
 */
export async function buildFeed(
  posts: readonly FeedPost[],
  renderBody: RenderBody,
  limit: number = site.feedItems,
  scope: FeedScope = journal,
): Promise<Feed> {
  const latest = posts.slice(0, limit);
  const updated = latestModified(latest);
  const page = absoluteUrl(scope.path || "/");
  const feedUrl = (format: FeedFormat) => absoluteUrl(feedPath(format, scope.path));
  const feed = new Feed({
    id: page,
    link: page,
    title: scope.title,
    description: scope.description,
    language: site.locale,
    favicon: absoluteUrl("/icon.svg"),
    generator: false,
    feedLinks: { rss: feedUrl("rss"), atom: feedUrl("atom"), json: feedUrl("json") },
    ...(updated ? { updated: instant(updated) } : {}),
  });
  const bodies = await Promise.all(latest.map((post) => renderBody(post.body, post.url)));
  latest.forEach((post, index) => {
    const url = absoluteUrl(post.url);
    feed.addItem({
      id: url,
      link: url,
      // Atom marks both as type="html" and RSS readers read a description as HTML: they go in escaped, so
      // a title like "<img onerror=…>" is shown as written (jsonFeed11 turns them back into JSON's plain text).
      title: escapeHtml(post.title),
      description: escapeHtml(post.summary),
      content: cdataSafe(ledeHtml(post.summary) + (bodies[index] ?? "")),
      published: instant(post.date),
      date: instant(post.lastModified),
      author: [{ name: post.author.name, link: absoluteUrl(authorPath(post.author.slug)) }],
      category: post.tags.map((tag) => ({ name: plainLabel(tag.label), term: tag.slug })),
    });
  });
  return feed;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `feed` writes JSON Feed 1.0. Version 1.1 lists authors (`authors`) and adds the feed's `language`; the
 * 1.0 `author` stays beside `authors`, as 1.1 allows, for readers that only know 1.0.
 */
export function jsonFeed11(json10: string, language: string = site.locale): string {
  const parsed: unknown = JSON.parse(json10);
  if (!isRecord(parsed)) throw new Error("feed: expected a JSON Feed object");
  const { items, ...channel } = parsed;
  if (!Array.isArray(items)) throw new Error("feed: expected a JSON Feed with items");
  return JSON.stringify({
    ...channel,
    version: "https://jsonfeed.org/version/1.1",
    language,
    items: items.map((item: unknown) => {
      if (!isRecord(item)) return item;
      const text = (value: unknown) => (typeof value === "string" ? unescapeHtml(value) : value);
      const plain = { ...item, title: text(item.title), summary: text(item.summary) };
      return isRecord(item.author) ? { ...plain, authors: [item.author] } : plain;
    }),
  });
}

export function serializeFeed(feed: Feed, format: FeedFormat): string {
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return jsonFeed11(feed.json1());
}
