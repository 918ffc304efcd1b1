import type { Metadata } from "next";
import { absoluteUrl, site } from "./site";

type PageMetadata = { title?: string; description: string; path: string };

/** The one builder of page metadata: every page gets a canonical URL and matching OpenGraph tags. */
export function pageMetadata({ title, description, path }: PageMetadata): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: absoluteUrl(path) },
    openGraph: { title: title ?? site.name, description, url: absoluteUrl(path), siteName: site.name, type: "website" },
  };
}
