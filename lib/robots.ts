import type { MetadataRoute } from "next";

/**
 * robots.txt: production invites every crawler and points to the sitemaps; a preview deployment, which
 * shows drafts, turns every crawler away.
 */
export function robotsRules({
  preview,
  sitemaps,
}: {
  preview: boolean;
  sitemaps: readonly string[];
}): MetadataRoute.Robots {
  if (preview) return { rules: { userAgent: "*", disallow: "/" } };
  return { rules: { userAgent: "*", allow: "/" }, sitemap: [...sitemaps] };
}
