import type { MetadataRoute } from "next";

/**
 * robots.txt: production invites every crawler and points to the sitemaps; any other deployment (a preview,
 * which shows drafts, or a development build) turns every crawler away.
 */
export function robotsRules({
  indexable,
  sitemaps,
}: {
  indexable: boolean;
  sitemaps: readonly string[];
}): MetadataRoute.Robots {
  if (!indexable) return { rules: { userAgent: "*", disallow: "/" } };
  return { rules: { userAgent: "*", allow: "/" }, sitemap: [...sitemaps] };
}
