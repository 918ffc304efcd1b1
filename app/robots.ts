import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/robots";
import { sitemapUrls } from "@/lib/sitemap";
import { isPreview } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return robotsRules({ preview: isPreview(), sitemaps: sitemapUrls() });
}
