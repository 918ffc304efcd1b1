/**
 * The only user of next-mdx-remote (archived at v6): swapping it for next-mdx-remote-client
 * touches this file alone. Bodies are compiled here once, at render, on the server.
 */
import { compileMDX } from "next-mdx-remote/rsc";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { mdxComponents } from "@/components/mdx";

const prettyCode: PrettyCodeOptions = {
  // A theme whose every token colour meets WCAG AA contrast on the page's code background.
  theme: "github-light-high-contrast",
  keepBackground: false,
  defaultLang: "plaintext",
};

export async function renderMdx(source: string) {
  const { content } = await compileMDX({
    source,
    components: mdxComponents,
    options: {
      // Expressions and imports are rejected by the content check (lib/mdx-source.ts), not stripped here silently.
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [rehypeSlug, [rehypePrettyCode, prettyCode]],
      },
    },
  });
  return content;
}
