/**
 * The journal's feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) and the only user of the `feed` library: the
 * latest posts, newest first, each with its full body as HTML. Pure over the posts it is given;
 * lib/publish/feed-routes.ts feeds it the journal's.
 */
import { Feed } from "feed";
import { authorPath } from "./routes";
import { absoluteUrl, feeds, site, type FeedFormat } from "../site";

/** What a feed entry takes from a post. */
export type FeedPost = {
  url: string;
  title: string;
  summary: string;
  date: string;
  lastUpdated: string;
  author: { name: string; slug: string };
  tags: readonly { slug: string; label: string }[];
  /** The MDX body. */
  body: string;
};

/** Renders a post's MDX body to feed HTML; `path` is the post's address, for its links. */
export type RenderBody = (source: string, path: string) => Promise<string>;

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const feedUrl = (format: FeedFormat) => absoluteUrl(feeds[format].path);

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

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

/**
 * The feed of the first `limit` posts, in the order given (lib/content/content.ts already puts the newest
 * first). Its date is the latest update of any post listed, so an unchanged journal rebuilds the same feed.
 */
export async function buildFeed(
  posts: readonly FeedPost[],
  renderBody: RenderBody,
  limit: number = site.feedItems,
): Promise<Feed> {
  const latest = posts.slice(0, limit);
  const updated = latest.reduce((max, post) => (post.lastUpdated > max ? post.lastUpdated : max), "");
  const feed = new Feed({
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    title: site.name,
    description: site.description,
    language: site.locale,
    favicon: absoluteUrl("/icon.svg"),
    generator: false,
    feedLinks: { rss: feedUrl("rss"), atom: feedUrl("atom"), json: feedUrl("json") },
    ...(updated ? { updated: day(updated) } : {}),
  });
  const bodies = await Promise.all(latest.map((post) => renderBody(post.body, post.url)));
  latest.forEach((post, index) => {
    const url = absoluteUrl(post.url);
    feed.addItem({
      id: url,
      link: url,
      title: post.title,
      description: post.summary,
      content: cdataSafe(ledeHtml(post.summary) + (bodies[index] ?? "")),
      published: day(post.date),
      date: day(post.lastUpdated),
      author: [{ name: post.author.name, link: absoluteUrl(authorPath(post.author.slug)) }],
      category: post.tags.map((tag) => ({ name: tag.label, term: tag.slug })),
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
    items: items.map((item: unknown) =>
      isRecord(item) && isRecord(item.author) ? { ...item, authors: [item.author] } : item,
    ),
  });
}

export function serializeFeed(feed: Feed, format: FeedFormat): string {
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return jsonFeed11(feed.json1());
}
