/** Splitting the sitemap into files within the protocol's limit, and their addresses. Pure, so it is tested alone. */
import { instantOf } from "../content/publishing";

/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_LIMIT = 50_000;

/** `entries` in files of at most `limit`, in order; an empty list still makes one (empty) file. */
export function splitSitemap<T>(entries: readonly T[], limit: number = SITEMAP_LIMIT): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit: ${limit} is not a positive integer`);
  const files: T[][] = [];
  for (let start = 0; start < entries.length; start += limit) files.push(entries.slice(start, start + limit));
  return files.length > 0 ? files : [[]];
}

/**
 * The path of sitemap file `index`: the first is /sitemap.xml (app/sitemap.ts); any further ones, past the
 * limit, are served by app/sitemaps/sitemap.ts's generateSitemaps at /sitemaps/sitemap/<index>.xml.
 */
export function sitemapFilePath(index: number): string {
  return index === 0 ? "/sitemap.xml" : `/sitemaps/sitemap/${index}.xml`;
}

/** The most recent change among `posts` (a day or a date-time): a listing changes when a post it lists does. */
export function latestUpdate(posts: readonly { lastModified: string }[]): string | undefined {
  let latest: string | undefined;
  for (const { lastModified } of posts)
    if (!latest || instantOf(lastModified) > instantOf(latest)) latest = lastModified;
  return latest;
}
