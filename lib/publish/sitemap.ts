/**
 * The sitemap: every page this build publishes, with the day it last changed. A new kind of page adds its
 * addresses to sitemapEntries(), the one list.
 */
import type { MetadataRoute } from "next";
import {
  getAuthors,
  getIndexPage,
  getLaterIndexPageNumbers,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getSeriesList,
  getSeriesParts,
  getTags,
} from "../content/collection";
import { authorPath, indexPagePath, seriesPath, tagPath } from "./routes";
import { latestUpdate, sitemapFilePath, splitSitemap } from "./sitemap-files";
import { absoluteUrl } from "../site";

/** A page's path and when it last changed (a day or a date-time), when it lists or is a post. */
export type SitemapEntry = { path: string; lastModified?: string };

const entry = (path: string, lastModified: string | undefined): SitemapEntry =>
  lastModified ? { path, lastModified } : { path };

/** Every published page: the index and its later pages, the archive, authors, tags, series and posts. */
export function sitemapEntries(): SitemapEntry[] {
  const posts = getPosts();
  const newest = latestUpdate(posts);
  const indexPages = [1, ...getLaterIndexPageNumbers()];
  return [
    ...indexPages.map((n) => entry(indexPagePath(n), latestUpdate(getIndexPage(n)?.items ?? []))),
    entry("/archive", newest),
    entry("/authors", newest),
    ...getAuthors().map((author) => entry(authorPath(author.slug), latestUpdate(getPostsByAuthor(author.slug)))),
    entry("/tags", newest),
    ...getTags().map((tag) => entry(tagPath(tag.slug), latestUpdate(getPostsByTag(tag.slug)))),
    entry("/series", newest),
    entry("/feeds", newest),
    ...getSeriesList().map((series) => entry(seriesPath(series.slug), latestUpdate(getSeriesParts(series.slug)))),
    ...posts.map((post) => entry(post.url, post.lastModified)),
  ];
}

const files = () => splitSitemap(sitemapEntries());

/** Sitemap file `index` as Next's metadata routes serve it, with absolute URLs; undefined past the last. */
export function sitemapFile(index: number): MetadataRoute.Sitemap | undefined {
  return files()[index]?.map(({ path, lastModified }) => ({
    url: absoluteUrl(path),
    ...(lastModified && { lastModified }),
  }));
}

/** The absolute addresses of every sitemap file, for robots.txt. */
export function sitemapUrls(): string[] {
  return files().map((_, index) => absoluteUrl(sitemapFilePath(index)));
}

/** generateSitemaps' ids for the files after /sitemap.xml: none until the journal passes the limit. */
export function furtherSitemapIds(): { id: string }[] {
  return files()
    .slice(1)
    .map((_, index) => ({ id: String(index + 1) }));
}
