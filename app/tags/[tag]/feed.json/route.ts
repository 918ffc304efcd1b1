import { tagFeedParams, tagFeedResponse } from "@/lib/publish/feed-routes";

// The tag's latest posts as JSON Feed 1.1, beside its page; written once at build time, one per tag.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = tagFeedParams;

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return tagFeedResponse("json", (await params).tag);
}
