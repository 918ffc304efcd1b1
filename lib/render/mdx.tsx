/**
 * Post bodies rendered for the page, with the journal's components and the headings the table of contents
 * lists. The compile itself (and the one use of next-mdx-remote) is mdx-compile.ts, which the build cache
 * keeps; the feeds' HTML is mdx-static.tsx.
 */
import { mdxComponentsFor } from "@/components/mdx";
import { compileBody, runBody } from "./mdx-compile";

/**
 * A post body rendered for the page, with the headings its table of contents lists. `file` is the post's source
 * file: its figures are found beside it, and it is named if the body breaks the content rules (the check refuses
 * such a post first; this is the second line).
 */
export async function renderMdx(source: string, file?: string) {
  const body = await compileBody(source, "page", file);
  return { content: runBody(body, mdxComponentsFor(file)), headings: body.headings };
}
