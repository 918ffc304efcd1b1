/**
 * A body as one HTML string, for readers outside the page (the feeds: lib/publish/feed-body.ts), with the
 * components the caller gives. Feed route handlers are bundled by Next as React Server Components: there
 * `renderToString` is refused, and the renderers Next allows (react-dom/static, react-dom/server's streams)
 * bring a React of their own, so hooks that server components call reach the RSC React instead (`useId` in
 * <Callout> and the diagrams fails). Callers therefore pass hook-free components, and the tree is rendered
 * with react-dom/static's `prerender`, React's API for static generation, which waits for the whole tree.
 * Apart from lib/render/mdx.tsx so that what the feeds make depends on the feed's components only.
 */
import type { MDXComponents } from "mdx/types";
import { prerender } from "react-dom/static";
import type { BodyOrigin } from "../content/mdx-source";
import { compileBody, runBody } from "./mdx-compile";

export async function renderMdxToStaticHtml(
  source: string,
  components: MDXComponents,
  origin?: BodyOrigin,
): Promise<string> {
  const body = await compileBody(source, "feed", origin);
  const { prelude } = await prerender(runBody(body, components));
  return new Response(prelude).text();
}
