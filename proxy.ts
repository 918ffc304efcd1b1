import { NextResponse, type NextRequest } from "next/server";

/**
 * The journal is read-only: every page answers GET and HEAD, anything else 405 with the methods it allows.
 * Without this, `next start` renders a page for POST, PUT or PROPFIND as if it were GET (status 200, or the
 * 404 page with status 200 on a post route) and answers OPTIONS with an empty 400. A static export has no
 * server to run this: its host answers other methods itself.
 *
 * TRACE never reaches this function: the Fetch API refuses to build such a request, and Next answers 500
 * ("Internal Server Error", no details). A CDN or nginx in front refuses TRACE first.
 */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.next();
  return new NextResponse(null, { status: 405, headers: { Allow: "GET, HEAD" } });
}

// Hashed assets and images are served by Next itself, which already refuses other methods there.
export const config = { matcher: "/((?!_next/static|_next/image).*)" };
