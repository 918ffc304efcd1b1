/**
 * Post bodies rendered for the page, with the journal's components and the headings the table of contents
 * lists. The compile itself (and the one use of next-mdx-remote) is mdx-compile.ts, which the build cache
 * keeps; the feeds' HTML is mdx-static.tsx.
 */
import { mdxComponentsFor } from "@/components/mdx";
import { noPostFiles, type PostFiles } from "../content/post-files";
import { compileBody, runBody } from "./mdx-compile";

/**
 * A post body rendered for the page, with the headings its table of contents lists. `file` names the post
 * if the body breaks the content rules (the check refuses such a post first; this is the second line);
 * `files` are the post's own, which its charts read.
 */
export async function renderMdx(source: string, file?: string, files: PostFiles = noPostFiles(file ?? "the body")) {
  const body = await compileBody(source, "page", file);
  return { content: runBody(body, mdxComponentsFor(files)), headings: body.headings };
}
