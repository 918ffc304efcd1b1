/**
 * The only reader of the generated content collection. Routes, feeds and every other consumer ask
 * this module, so the rules for drafts, scheduling and order live here once.
 */
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
import { postsFor, statusOf, todayUtc, updatedDayOf, type PostStatus } from "./content-query";
import { lastCommitDays, lastModified } from "./history";
import { laterPageNumbers, pageOf, type Page } from "./pagination";
import { readPostFile, type PostFile, type PostFiles } from "./post-files";
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
import { deployment, site } from "../site";
import { readRecorder } from "../cache/page-reads";
import { pagesToRender, pageVersion } from "../cache/page-reuse";
import { buildDir } from "../deploy/build-output";

export type { Author, SeriesEntry, Tag };
export type JournalPost = Omit<Post, "author"> & {
  author: Author;
  status: PostStatus;
  /** YYYY-MM-DD shown to readers as "Last updated": the author's `updated` only, when later than the publication day. */
  updatedDay: string | undefined;
  /** For the sitemap and feeds only: the latest of the file's last commit, `updated` and `date`. */
  lastModified: string;
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

const contentDir = process.env.CONTENT_DIR ?? "content";
const commitDays = lastCommitDays(contentDir);

const posts: JournalPost[] = postsFor(allPosts, audience).map((post) => ({
  ...post,
  author: authorOf(post),
  status: statusOf(post, today),
  updatedDay: updatedDayOf(post),
  lastModified: lastModified(post, commitDays.get(`${contentDir}/${post._raw.sourceFilePath}`)),
}));

// Every query below is noted while a page renders (lib/cache/page-reads.ts), so that a later build can tell
// whether the page would come out the same. A post passed to a query is noted by its slug.
const postsBySlug = new Map(posts.map((post) => [post.slug, post]));
const slugsOfPosts = new Map<object, string>(posts.map((post) => [post, post.slug]));
const recorder = readRecorder({
  refOf: (value) => {
    const slug = slugsOfPosts.get(value);
    return slug === undefined ? undefined : `post:${slug}`;
  },
  resolve: (ref) => (ref.startsWith("post:") ? postsBySlug.get(ref.slice("post:".length)) : undefined),
});
const { query } = recorder;

/**
 * Of a route's prerendered pages (their paths), those this build renders: the others are kept from the previous
 * `npm run build`, every content read they made giving the same answer (lib/cache/page-reuse.ts). Their version
 * covers the settings the pages read and the content folder. A static export renders every page.
 */
export function pagesToRenderOf(route: string, pages: readonly string[]): string[] {
  const version =
    deployment.output === "export"
      ? undefined
      : pageVersion(buildDir(), JSON.stringify({ deployment, site, contentDir }));
  return pagesToRender(route, pages, version, recorder.replay);
}

/** The posts a reader of this build may see, newest first. */
export const getPosts = query("getPosts", (): readonly JournalPost[] => {
  return posts;
});

export const getPost = query("getPost", (slug: string): JournalPost | undefined => {
  return posts.find((post) => post.slug === slug);
});

/** A file beside a post (a chart's data), through the one resolver; noted, so a kept page follows the file's edits. */
const getPostFile = query("getPostFile", (post: JournalPost, reference: string): PostFile => {
  return readPostFile(`${contentDir}/${post._raw.sourceFilePath}`, reference);
});

/** The files beside a post, as its body's components read them. */
export function postFilesOf(post: JournalPost): PostFiles {
  return { post: `${contentDir}/${post._raw.sourceFilePath}`, read: (reference) => getPostFile(post, reference) };
}

// Discovery: authors, tags, index pages, the archive and a post's neighbours, all over the posts above.

const authors = [...allAuthors].sort((a, b) => a.name.localeCompare(b.name, "en"));

/** Every author, by name, whether or not this build shows a post of theirs. */
export const getAuthors = query("getAuthors", (): readonly Author[] => {
  return authors;
});

export const getAuthor = query("getAuthor", (slug: string): Author | undefined => {
  return authors.find((author) => author.slug === slug);
});

export const getPostsByAuthor = query("getPostsByAuthor", (slug: string): readonly JournalPost[] => {
  return postsByAuthor(posts, slug);
});

/** The tag registry (content/tags.yml), in its own order. */
export const getTags = query("getTags", (): readonly Tag[] => {
  return tagRegistry.tags;
});

export const getTag = query("getTag", (slug: string): Tag | undefined => {
  return tagRegistry.tags.find((tag) => tag.slug === slug);
});

/** A post's tags as registry entries, in the post's order (the content check rejects unknown tags). */
export const getTagsOf = query("getTagsOf", (post: Pick<JournalPost, "tags">): readonly Tag[] => {
  return post.tags.map((slug) => getTag(slug)).filter((tag): tag is Tag => tag !== undefined);
});

export const getPostsByTag = query("getPostsByTag", (slug: string): readonly JournalPost[] => {
  return postsTagged(posts, slug);
});

/** The numbers of the index pages after the first (which is "/"), at `site.postsPerPage` entries each. */
export const getLaterIndexPageNumbers = query("getLaterIndexPageNumbers", (): number[] => {
  return laterPageNumbers(posts.length, site.postsPerPage);
});

/** Page `number` of the journal index, or undefined past its last page. */
export const getIndexPage = query("getIndexPage", (number: number): Page<JournalPost> | undefined => {
  return pageOf(posts, number, site.postsPerPage);
});

export const getArchive = query("getArchive", (): readonly YearOfPosts<JournalPost>[] => {
  return groupByYear(posts);
});

/** The next older (`previous`) and next newer (`next`) post among those this build shows. */
export const getAdjacentPosts = query("getAdjacentPosts", (post: JournalPost) => adjacentPosts(posts, post.slug));

export const getRelatedPosts = query("getRelatedPosts", (post: JournalPost): readonly JournalPost[] => {
  return relatedPosts(posts, post);
});

// Computed once: every post page asks for its series.
const seriesList = seriesRegistry.series.filter((series) => seriesParts(posts, series.slug).length > 0);

/** The series (content/series.yml, in its order) that have at least one part this build shows. */
export const getSeriesList = query("getSeriesList", (): readonly SeriesEntry[] => {
  return seriesList;
});

export const getSeries = query("getSeries", (slug: string): SeriesEntry | undefined => {
  return seriesList.find((series) => series.slug === slug);
});

/** A series' parts that this build shows, part 1 first. */
export const getSeriesParts = query("getSeriesParts", (slug: string): readonly JournalPost[] => {
  return seriesParts(posts, slug);
});

/** A post's series and its place in it, counting only the parts this build shows. */
export const getSeriesOf = query(
  "getSeriesOf",
  (post: JournalPost): (SeriesPlace<JournalPost> & { series: SeriesEntry }) | undefined => {
    const series = post.series === undefined ? undefined : getSeries(post.series);
    const place = seriesPlace(posts, post);
    return series && place ? { ...place, series } : undefined;
  },
);
