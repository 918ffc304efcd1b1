import { NextResponse, type NextRequest } from "next/server";

/**
 * The journal is read-only: every page answers GET and HEAD, anything else 405 with the methods it allows.
 * Next does so for its static pages, but on routes prerendered from generateStaticParams `next start`
 * renders the page for POST, PUT or PROPFIND as if it were GET (status 200) and answers OPTIONS with an
 * empty 400. A static export has no
 * server to run this: its host answers other methods itself.
 *
 * TRACE never reaches this function: the Fetch API refuses to build such a request, and Next answers 500
 * ("Internal Server Error", no details). A CDN or nginx in front refuses TRACE first.
 */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.next();
  return new NextResponse(null, { status: 405, headers: { Allow: "GET, HEAD" } });
}

// Only the routes built from generateStaticParams: Next already answers 405 on its other pages, feeds and
// files, and every request through a proxy costs (docs/performance.md).
export const config = {
  matcher: ["/posts/:path*", "/tags/:path+", "/authors/:path+", "/page/:path*", "/sitemaps/:path*"],
};
