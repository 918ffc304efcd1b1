import type { Metadata } from "next";
import { absoluteUrl, feedFormats, feedPath, feeds, site } from "../site";
import { cardPath, journalCard, socialCardSize, type Card } from "./card-address";

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
  /** What the page's social card draws: a post's own, else the journal's. */
  card?: Card;
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

/** A card as OpenGraph describes an image. Its alt text says what it shows: the title and, for a post, the byline. */
export function socialImage(card: Card) {
  return {
    url: absoluteUrl(cardPath(card)),
    ...socialCardSize,
    type: "image/png",
    alt: card.byline ? `${card.title}, by ${card.byline}` : `${site.name}: ${card.title}`,
  };
}

/**
 * The one builder of page metadata: title, description, one canonical URL, OpenGraph (an article's dates,
 * author and tags) and a large Twitter card, with the page's social card (card-address.ts; Next repeats it as the
 * Twitter card's image).
 */
export function pageMetadata(options: PageMetadata): Metadata {
  const { title, description, path, article, pagination, feeds: own, card = journalCard } = options;
  const url = absoluteUrl(path);
  const shared = {
    title: title ?? site.name,
    description,
    url,
    siteName: site.name,
    locale: "en_GB",
    images: [socialImage(card)],
  };
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
