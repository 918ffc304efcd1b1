/**
 * The only reader of the generated content collection. Routes, feeds and every other consumer ask
 * this module, so the rules for drafts, scheduling and order live here once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  allAuthors,
  allPosts,
  seriesRegistry,
  tagRegistry,
  type Author,
  type Post,
  type SeriesEntry,
  type Tag,
} from "contentlayer/generated";
import { postsFor, statusOf, todayUtc, updatedDayOf, type PostStatus } from "./publishing";
import { lastCommitDays, lastModified } from "./history";
import { laterPageNumbers, pageOf, type Page } from "./pagination";
import { journalContentDir, postFilesAt, type PostFiles } from "./post-files";
import {
  adjacentPosts,
  groupByYear,
  postsByAuthor,
  postsTagged,
  relatedPosts,
  seriesParts,
  seriesPlace,
  type SeriesPlace,
  type YearOfPosts,
} from "./post-lists";
import { minutesFor, wordsOf } from "./reading-time";
import { POST_FILE } from "./places";
import { formatCheckProblem } from "./problem";
import { readSourceText } from "./safe-text";
import { deployment, site } from "../site";

export type { Author, SeriesEntry, Tag };
export type JournalPost = Omit<Post, "author"> & {
  author: Author;
  status: PostStatus;
  /** YYYY-MM-DD shown to readers as "Last updated": the author's `updated` only, when later than the publication day. */
  updatedDay: string | undefined;
  /** For the sitemap and feeds only: the latest of the file's last commit, `updated` and `date`. */
  lastModified: string;
  /** Minutes, from the words the one compile counted (lib/content/reading-time.ts). */
  readingTime: number;
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
  includeUnpublished: deployment.showsUnpublished,
  today,
};

const contentDir = journalContentDir();
const commitDays = lastCommitDays(contentDir);

/** Where a post's file is, from the project: what messages about it name. */
export const postFile = (post: Pick<Post, "_raw">) => path.join(contentDir, post._raw.sourceFilePath);

/**
 * A post's file as the content check read it (lib/content/safe-text.ts): the text the one compile of the post
 * is keyed by (lib/render/mdx-compile.ts). contentlayer's documents come from a vetted copy of the same files.
 */
export function postText(post: Pick<Post, "_raw">): string {
  const file = postFile(post);
  const known = texts.get(file);
  if (known !== undefined) return known;
  const read = readSourceText(readFileSync(file), POST_FILE);
  if ("problem" in read) throw new Error(formatCheckProblem({ file, ...read.problem }));
  texts.set(file, read.text);
  return read.text;
}
// Read once a process: the reading time reads every post, then a post's page and the feeds read it again.
const texts = new Map<string, string>();

const posts: JournalPost[] = postsFor(allPosts, audience).map((post) => ({
  ...post,
  readingTime: minutesFor(wordsOf(postText(post))),
  author: authorOf(post),
  status: statusOf(post, today),
  updatedDay: updatedDayOf(post),
  lastModified: lastModified(post, commitDays.get(`${contentDir}/${post._raw.sourceFilePath}`)),
}));

/** The posts a reader of this build may see, newest first. */
export function getPosts(): readonly JournalPost[] {
  return posts;
}

export function getPost(slug: string): JournalPost | undefined {
  return posts.find((post) => post.slug === slug);
}

/** The files beside a post (a chart's data), as its body's components read them, through the one resolver. */
export function postFilesOf(post: JournalPost): PostFiles {
  return postFilesAt(postFile(post), post._raw.sourceFilePath);
}

// Discovery: authors, tags, index pages, the archive and a post's neighbours, all over the posts above.

const authors = [...allAuthors].sort((a, b) => a.name.localeCompare(b.name, "en"));

/** Every author, by name, whether or not this build shows a post of theirs. */
export function getAuthors(): readonly Author[] {
  return authors;
}

export function getAuthor(slug: string): Author | undefined {
  return authors.find((author) => author.slug === slug);
}

export function getPostsByAuthor(slug: string): readonly JournalPost[] {
  return postsByAuthor(posts, slug);
}

/** The tag registry (content/tags.yml), in its own order. */
export function getTags(): readonly Tag[] {
  return tagRegistry.tags;
}

export function getTag(slug: string): Tag | undefined {
  return tagRegistry.tags.find((tag) => tag.slug === slug);
}

/** A post's tags as registry entries, in the post's order (the content check rejects unknown tags). */
export function getTagsOf(post: Pick<JournalPost, "tags">): readonly Tag[] {
  return post.tags.map((slug) => getTag(slug)).filter((tag): tag is Tag => tag !== undefined);
}

export function getPostsByTag(slug: string): readonly JournalPost[] {
  return postsTagged(posts, slug);
}

/** The numbers of the index pages after the first (which is "/"), at `site.postsPerPage` entries each. */
export function getLaterIndexPageNumbers(): number[] {
  return laterPageNumbers(posts.length, site.postsPerPage);
}

/** Page `number` of the journal index, or undefined past its last page. */
export function getIndexPage(number: number): Page<JournalPost> | undefined {
  return pageOf(posts, number, site.postsPerPage);
}

export function getArchive(): readonly YearOfPosts<JournalPost>[] {
  return groupByYear(posts);
}

/** The next older (`previous`) and next newer (`next`) post among those this build shows. */
export function getAdjacentPosts(post: JournalPost) {
  return adjacentPosts(posts, post.slug);
}

export function getRelatedPosts(post: JournalPost): readonly JournalPost[] {
  return relatedPosts(posts, post);
}

// Computed once: every post page asks for its series.
const seriesList = seriesRegistry.series.filter((series) => seriesParts(posts, series.slug).length > 0);

/** The series (content/series.yml, in its order) that have at least one part this build shows. */
export function getSeriesList(): readonly SeriesEntry[] {
  return seriesList;
}

export function getSeries(slug: string): SeriesEntry | undefined {
  return seriesList.find((series) => series.slug === slug);
}

/** A series' parts that this build shows, part 1 first. */
export function getSeriesParts(slug: string): readonly JournalPost[] {
  return seriesParts(posts, slug);
}

/** A post's series and its place in it, counting only the parts this build shows. */
export function getSeriesOf(post: JournalPost): (SeriesPlace<JournalPost> & { series: SeriesEntry }) | undefined {
  const series = post.series === undefined ? undefined : getSeries(post.series);
  const place = seriesPlace(posts, post);
  return series && place ? { ...place, series } : undefined;
}
