/**
 * Post bodies rendered: for the page, with the journal's components and the headings its table of contents
 * lists, and as one HTML string for the feeds. The compile itself (and the one use of next-mdx-remote) is
 * mdx-compile.ts, which the build cache keeps.
 */
import type { MDXComponents } from "mdx/types";
import { prerender } from "react-dom/static";
import { mdxComponents } from "@/components/mdx";
import { compileBody, runBody } from "./mdx-compile";

/**
 * A post body rendered for the page, with the headings its table of contents lists. `file` names the post
 * if the body breaks the content rules (the check refuses such a post first; this is the second line).
 */
export async function renderMdx(source: string, file?: string) {
  const body = await compileBody(source, "page", file);
  return { content: runBody(body, mdxComponents), headings: body.headings };
}

/**
 * A body as one HTML string, for readers outside the page (the feeds: lib/publish/feed-body.ts), with the
 * components the caller gives. Feed route handlers are bundled by Next as React Server Components: there
 * `renderToString` is refused, and the renderers Next allows (react-dom/static, react-dom/server's streams)
 * bring a React of their own, so hooks that server components call reach the RSC React instead (`useId` in
 * <Callout> and the diagrams fails). Callers therefore pass hook-free components, and the tree is rendered
 * with react-dom/static's `prerender`, React's API for static generation, which waits for the whole tree.
 */
export async function renderMdxToStaticHtml(source: string, components: MDXComponents, file?: string): Promise<string> {
  const body = await compileBody(source, "feed", file);
  const { prelude } = await prerender(runBody(body, components));
  return new Response(prelude).text();
}
