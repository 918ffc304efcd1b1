/** What the feed routes serve: the journal's latest posts (lib/content/content.ts) in each format. */
import { getPosts, getTagsOf, type JournalPost } from "../content/content";
import { buildFeed, serializeFeed, type FeedPost } from "./feeds";
import { feedBodyHtml } from "./feed-body";
import { feeds, type FeedFormat } from "../site";

function feedPost(post: JournalPost): FeedPost {
  return {
    url: post.url,
    title: post.title,
    summary: post.summary,
    date: post.date,
    lastUpdated: post.lastUpdated,
    author: { name: post.author.name, slug: post.author.slug },
    tags: getTagsOf(post),
    body: post.body.raw,
  };
}

// The three feeds share one rendering of the latest bodies per server process.
let journalFeed: ReturnType<typeof buildFeed> | undefined;

export async function feedResponse(format: FeedFormat): Promise<Response> {
  journalFeed ??= buildFeed(getPosts().map(feedPost), feedBodyHtml);
  return new Response(serializeFeed(await journalFeed, format), {
    headers: { "Content-Type": `${feeds[format].type}; charset=utf-8` },
  });
}
