/**
 * What the feed routes serve: the journal's latest posts (lib/content/collection.ts) in each format, and the
 * same for each author and each tag, beside their pages.
 */
import {
  getAuthors,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getTags,
  getTagsOf,
  postFilesOf,
  postText,
  type JournalPost,
} from "../content/collection";
import type { PostFiles } from "../content/post-files";
import { feedBodyHtml } from "./feed-body";
import { authorFeedScope, tagFeedScope } from "./feed-scopes";
import { buildFeed, serializeFeed, type FeedPost, type FeedScope } from "./feeds";
import { feeds, site, type FeedFormat } from "../site";

// A post is in several feeds (the journal's, its author's, its tags'): its body is rendered once per process.
const bodies = new Map<string, Promise<string>>();
// The files beside each post listed (a chart's data), by the post's address.
const filesByPath = new Map<string, PostFiles>();
const renderBody = (source: string, path: string) => {
  const files = filesByPath.get(path);
  if (!files) throw new Error(`feeds: ${path} is not a post listed in a feed`);
  const body = bodies.get(path) ?? feedBodyHtml(source, path, files);
  bodies.set(path, body);
  return body;
};

function feedPost(post: JournalPost): FeedPost {
  filesByPath.set(post.url, postFilesOf(post));
  return {
    url: post.url,
    title: post.title,
    summary: post.summary,
    date: post.date,
    lastModified: post.lastModified,
    author: { name: post.author.name, slug: post.author.slug },
    tags: getTagsOf(post),
    body: postText(post),
  };
}

// The three formats of one feed share one build of it.
const built = new Map<string, ReturnType<typeof buildFeed>>();

async function respond(format: FeedFormat, scope: FeedScope | undefined, posts: () => readonly JournalPost[]) {
  const key = scope?.path ?? "";
  const feed = built.get(key) ?? buildFeed(posts().map(feedPost), renderBody, site.feedItems, scope);
  built.set(key, feed);
  return new Response(serializeFeed(await feed, format), {
    headers: { "Content-Type": `${feeds[format].type}; charset=utf-8` },
  });
}

export function feedResponse(format: FeedFormat): Promise<Response> {
  return respond(format, undefined, getPosts);
}

export const authorFeedParams = () => getAuthors().map((author) => ({ slug: author.slug }));
export const tagFeedParams = () => getTags().map((tag) => ({ tag: tag.slug }));

const notFound = () => new Response("Not found", { status: 404 });

export async function authorFeedResponse(format: FeedFormat, slug: string): Promise<Response> {
  const scope = authorFeedScope(slug);
  return scope ? respond(format, scope, () => getPostsByAuthor(slug)) : notFound();
}

export async function tagFeedResponse(format: FeedFormat, slug: string): Promise<Response> {
  const scope = tagFeedScope(slug);
  return scope ? respond(format, scope, () => getPostsByTag(slug)) : notFound();
}
