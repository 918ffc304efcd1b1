import type { Metadata } from "next";
import { absoluteUrl, site } from "./site";

type Article = { publishedTime: string; modifiedTime: string; authors: readonly string[]; tags: readonly string[] };
type PageMetadata = { title?: string; description: string; path: string; article?: Article };

/**
 * The one builder of page metadata: title, description, one canonical URL, OpenGraph (an article's dates,
 * author and tags) and a large Twitter card. Social images come from the opengraph-image routes.
 */
export function pageMetadata({ title, description, path, article }: PageMetadata): Metadata {
  const url = absoluteUrl(path);
  const shared = { title: title ?? site.name, description, url, siteName: site.name, locale: "en_GB" };
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url },
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
  };
}
