import { feedResponse } from "@/lib/publish/feed-routes";

// JSON Feed 1.1 of the latest posts, written once at build time.
export const dynamic = "force-static";

export function GET() {
  return feedResponse("json");
}
