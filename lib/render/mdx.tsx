/**
 * Post bodies rendered for the page, with the journal's components and the headings the table of contents
 * lists. The text was compiled once, by the content check (mdx-compile.ts, kept in the build cache); the feeds'
 * HTML is mdx-static.tsx.
 */
import { mdxComponentsFor } from "@/components/mdx";
import { noPostFiles, type PostFiles } from "../content/post-files";
import { compiledPost, runBody } from "./mdx-compile";

/**
 * A post's text (lib/content/collection.ts `postText`) as its page's body, with the headings its table of contents
 * lists. `file` names the post if the body breaks the content rules (the check refuses such a post first);
 * `files` are the post's own, which its charts read.
 */
export async function renderMdx(text: string, file = "<mdx>", files: PostFiles = noPostFiles(file)) {
  const body = await compiledPost(text, file);
  return { content: runBody(body, mdxComponentsFor(files)), headings: body.headings };
}
