/**
 * The only user of next-mdx-remote (archived at v6): swapping it for next-mdx-remote-client
 * touches this file alone. Bodies are compiled here once, at render, on the server.
 */
import { compileMDX } from "next-mdx-remote/rsc";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from "rehype-autolink-headings";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { mdxComponents } from "@/components/mdx";

const prettyCode: PrettyCodeOptions = {
  // Themes whose every token colour meets WCAG AA contrast on the code background; both are emitted as
  // CSS variables and globals.css picks the one of the page's theme.
  theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
  keepBackground: false,
  defaultLang: "plaintext",
};

// A "#" after each h2/h3 links to the section; its name says which section, for screen readers.
const headingAnchors: AutolinkOptions = {
  behavior: "append",
  test: ["h2", "h3"],
  properties: (heading) => ({ className: ["heading-anchor"], ariaLabel: `Link to the section “${textOf(heading)}”` }),
  content: { type: "text", value: "#" },
};

type HastNode = { type: string; value?: string; children?: HastNode[] };
function textOf(node: HastNode): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

export async function renderMdx(source: string) {
  const { content } = await compileMDX({
    source,
    components: mdxComponents,
    options: {
      // Expressions and imports are rejected by the content check (lib/mdx-source.ts), not stripped here silently.
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, headingAnchors], [rehypePrettyCode, prettyCode]],
      },
    },
  });
  return content;
}
