/**
 * Post bodies rendered for the page, with the journal's components and the headings the table of contents
 * lists. The compile itself (and the one use of next-mdx-remote) is mdx-compile.ts, which the build cache
 * keeps; the feeds' HTML is mdx-static.tsx.
 */
import { mdxComponents } from "@/components/mdx";
import type { BodyOrigin } from "../content/mdx-source";
import { compileBody, runBody } from "./mdx-compile";

/**
 * A post body rendered for the page, with the headings its table of contents lists. `origin` names the post and
 * its lines if the body breaks the content rules (the check refuses such a post first; this is the second line).
 */
export async function renderMdx(source: string, origin?: BodyOrigin) {
  const body = await compileBody(source, "page", origin);
  return { content: runBody(body, mdxComponents), headings: body.headings };
}
