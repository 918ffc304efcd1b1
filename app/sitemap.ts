import type { MetadataRoute } from "next";
import { sitemapFile } from "@/lib/publish/sitemap";

// Generated once at build time (a static export requires it to be said).
export const dynamic = "force-static";

// The first 50,000 URLs, today all of them; app/sitemaps/sitemap.ts serves any beyond.
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapFile(0) ?? [];
}
