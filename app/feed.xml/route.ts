import { feedResponse } from "@/lib/publish/feed-routes";

// RSS 2.0 of the latest posts, written once at build time.
export const dynamic = "force-static";

export function GET() {
  return feedResponse("rss");
}
