/**
 * The journal's discovery lists as pure functions over posts already filtered and ordered newest first
 * by lib/content/collection.ts: by author, by tag, neighbours, related posts and the archive.
 */
import { compareNewestFirst, dayOf } from "./publishing";

export type Listed = { slug: string; title: string; date: string; tags: readonly string[] };

export function postsByAuthor<T extends { author: { slug: string } }>(posts: readonly T[], author: string): T[] {
  return posts.filter((post) => post.author.slug === author);
}

export function postsTagged<T extends Listed>(posts: readonly T[], tag: string): T[] {
  return posts.filter((post) => post.tags.includes(tag));
}

/** The posts either side of one: `previous` is the next older post, `next` the next newer one. */
export function adjacentPosts<T extends Listed>(
  posts: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const index = posts.findIndex((post) => post.slug === slug);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: posts[index + 1], next: index > 0 ? posts[index - 1] : undefined };
}

/** Up to `limit` other posts sharing a tag with `post`: most shared tags first, then the most recent. */
export function relatedPosts<T extends Listed>(posts: readonly T[], post: Listed, limit = 3): T[] {
  const tags = new Set(post.tags);
  return posts
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: new Set(other.tags.filter((tag) => tags.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || compareNewestFirst(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

export type YearOfPosts<T> = { year: string; posts: T[] };

/** Posts grouped by the year of their publication day, newest year first; within a year, posts keep the given order. */
export function groupByYear<T extends Listed>(posts: readonly T[]): YearOfPosts<T>[] {
  const years = new Map<string, T[]>();
  for (const post of posts) {
    const year = dayOf(post.date).slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), post]);
  }
  return [...years].sort(([a], [b]) => (a < b ? 1 : -1)).map(([year, list]) => ({ year, posts: list }));
}

export type SeriesPlace<T> = { parts: T[]; number: number; next: T | undefined };

/** A series' parts among `posts` (given newest first), oldest first: part 1 is the first published. */
export function seriesParts<T extends { series?: string | undefined }>(posts: readonly T[], series: string): T[] {
  return posts.filter((post) => post.series === series).reverse();
}

/** Where `post` stands in its series: the parts a reader of this build sees, its number (from 1), the next part. */
export function seriesPlace<T extends { slug: string; series?: string | undefined }>(
  posts: readonly T[],
  post: T,
): SeriesPlace<T> | undefined {
  if (post.series === undefined) return undefined;
  const parts = seriesParts(posts, post.series);
  const index = parts.findIndex((part) => part.slug === post.slug);
  if (index === -1) return undefined;
  return { parts, number: index + 1, next: parts[index + 1] };
}
