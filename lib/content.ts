/**
 * The only reader of the generated content collection. Routes, feeds and every other consumer ask
 * this module, so the rules for drafts, scheduling and order live here once.
 */
import { allAuthors, allPosts, type Author, type Post } from "contentlayer/generated";
import { postsFor, statusOf, todayUtc, type PostStatus } from "./content-query";
import { lastCommitDays, lastUpdated } from "./history";

export type { Author };
export type JournalPost = Omit<Post, "author"> & {
  author: Author;
  status: PostStatus;
  /** YYYY-MM-DD: frontmatter `updated`, else the file's last commit, else `date`. */
  lastUpdated: string;
};

const authorsById = new Map(allAuthors.map((author) => [author._id, author]));

function authorOf(post: Post): Author {
  const author = authorsById.get(post.author);
  // contentlayer's strict mode already rejects unknown references; this guards the invariant.
  if (!author) throw new Error(`${post._raw.sourceFilePath}: author: "${post.author}" is not a known author`);
  return author;
}

const today = todayUtc();
const audience = {
  includeUnpublished: process.env.NODE_ENV !== "production" || process.env.SITE_ENV === "preview",
  today,
};

const contentDir = process.env.CONTENT_DIR ?? "content";
const commitDays = lastCommitDays(contentDir);

const posts: JournalPost[] = postsFor(allPosts, audience).map((post) => ({
  ...post,
  author: authorOf(post),
  status: statusOf(post, today),
  lastUpdated: lastUpdated(post, commitDays.get(`${contentDir}/${post._raw.sourceFilePath}`)),
}));

/** The posts a reader of this build may see, newest first. */
export function getPosts(): readonly JournalPost[] {
  return posts;
}

export function getPost(slug: string): JournalPost | undefined {
  return posts.find((post) => post.slug === slug);
}
