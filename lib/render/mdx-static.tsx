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
import { compiledPost, runBody } from "./mdx-compile";

/** A post's text (frontmatter included) as HTML; `file` names the post if its body breaks the content rules. */
export async function renderMdxToStaticHtml(text: string, components: MDXComponents, file = "<mdx>"): Promise<string> {
  const body = await compiledPost(text, file);
  const { prelude } = await prerender(runBody(body, components));
  return new Response(prelude).text();
}
