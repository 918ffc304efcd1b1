import type { Metadata } from "next";
import { absoluteUrl, feedFormats, feedPath, feeds, site } from "../site";

type Article = { publishedTime: string; modifiedTime: string; authors: readonly string[]; tags: readonly string[] };
/** Paths of the neighbouring pages of a paginated list, emitted as <link rel="prev"/"next">. */
type Pagination = { previous?: string | undefined; next?: string | undefined };
/** A listing page's own feeds (an author's, a tag's), announced beside the journal's. */
type PageFeeds = { path: string; title: string };
type PageMetadata = {
  title?: string;
  description: string;
  path: string;
  article?: Article;
  pagination?: Pagination;
  feeds?: PageFeeds | undefined;
};

/**
 * The feeds' autodiscovery links (<link rel="alternate" type="application/rss+xml" …>). Next replaces a
 * layout's `alternates` with a page's instead of merging them, so the root layout sets them for pages
 * without metadata of their own (the 404) and pageMetadata for every other page.
 */
export const feedAlternates = alternatesFor();

function alternatesFor(own?: PageFeeds) {
  return Object.fromEntries(
    feedFormats.map((format) => {
      const { type, name } = feeds[format];
      const journal = { url: absoluteUrl(feedPath(format)), title: `${site.name} (${name})` };
      const page = own && { url: absoluteUrl(feedPath(format, own.path)), title: `${own.title} (${name})` };
      return [type, page ? [page, journal] : [journal]];
    }),
  );
}

/**
 * The one builder of page metadata: title, description, one canonical URL, OpenGraph (an article's dates,
 * author and tags) and a large Twitter card. Social images come from the opengraph-image routes.
 */
export function pageMetadata({ title, description, path, article, pagination, feeds: own }: PageMetadata): Metadata {
  const url = absoluteUrl(path);
  const shared = { title: title ?? site.name, description, url, siteName: site.name, locale: "en_GB" };
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url, types: own ? alternatesFor(own) : feedAlternates },
    openGraph: article
      ? {
          ...shared,
          type: "article",
          publishedTime: article.publishedTime,
          modifiedTime: article.modifiedTime,
          authors: [...article.authors],
          tags: [...article.tags],
        }
      : { ...shared, type: "website" },
    twitter: { card: "summary_large_image", title: title ?? site.name, description },
    ...(pagination && {
      pagination: {
        previous: pagination.previous && absoluteUrl(pagination.previous),
        next: pagination.next && absoluteUrl(pagination.next),
      },
    }),
  };
}
