import type { MetadataRoute } from "next";
import { notFound } from "next/navigation";
import { furtherSitemapIds, sitemapFile } from "@/lib/sitemap";

// Past the sitemap protocol's 50,000 URLs per file, the URLs after the first file's are served here as
// /sitemaps/sitemap/<n>.xml (robots.txt lists them); below it, no file is generated.
export const dynamicParams = false;

export function generateSitemaps() {
  return furtherSitemapIds();
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const file = sitemapFile(Number(await id));
  if (!file) notFound();
  return file;
}
