import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/publish/robots";
import { sitemapUrls } from "@/lib/publish/sitemap";
import { deployment } from "@/lib/site";

// Generated once at build time (a static export requires it to be said).
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return robotsRules({ indexable: deployment.indexable, sitemaps: sitemapUrls() });
}
