import { authorFeedParams, authorFeedResponse } from "@/lib/publish/feed-routes";

// The author's latest posts as RSS 2.0, beside their page; written once at build time, one per author.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = authorFeedParams;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return authorFeedResponse("rss", (await params).slug);
}
