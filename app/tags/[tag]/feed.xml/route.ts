import { tagFeedParams, tagFeedResponse } from "@/lib/publish/feed-routes";

// The tag's latest posts as RSS 2.0, beside its page; written once at build time, one per tag.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = tagFeedParams;

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return tagFeedResponse("rss", (await params).tag);
}
