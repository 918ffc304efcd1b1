/**
 * The only user of next-mdx-remote (archived at v6): swapping it for next-mdx-remote-client
 * touches this file alone. Bodies are compiled here once, at render, on the server.
 */
import type { MDXComponents } from "mdx/types";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from "rehype-autolink-headings";
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from "rehype-external-links";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { prerender } from "react-dom/static";
import { mdxComponents } from "@/components/mdx";
import { rejectDroppedConstructs } from "../content/mdx-source";
import { rehypeCodeCopy } from "./code-copy";
import { rehypeSidenotes } from "./sidenotes";
import type { TocHeading } from "./table-of-contents";

const prettyCode: PrettyCodeOptions = {
  // Themes whose every token colour meets WCAG AA contrast on the code background; both are emitted as
  // CSS variables and globals.css picks the one of the page's theme.
  theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
  keepBackground: false,
  // Fenced blocks without a language are still laid out as code blocks. Inline `code` is left to the prose
  // styles: highlighting it as plaintext only wrapped each one in spans (and cost a highlight per span);
  // an author who wants colours writes `code{:ts}`.
  defaultLang: { block: "plaintext" },
};

// GFM footnotes end the post as a list under a visible "Notes" heading (listed in the table of contents),
// each with a back-link to its reference.
const footnotes = {
  footnoteLabel: "Notes",
  footnoteLabelProperties: { className: ["footnotes-label"] },
  footnoteBackLabel: (index: number) => `Back to reference ${index + 1}`,
};

// A "#" after each h2/h3 links to the section; its name says which section, for screen readers.
const headingAnchors: AutolinkOptions = {
  behavior: "append",
  test: ["h2", "h3"],
  properties: (heading) => ({ className: ["heading-anchor"], ariaLabel: `Link to the section “${textOf(heading)}”` }),
  content: { type: "text", value: "#" },
};

// Links that leave the journal (an address with a scheme or host) open the other site without a handle on
// this page (noopener) and without telling it where the reader came from (noreferrer).
const externalLinks: ExternalLinksOptions = { rel: ["noopener", "noreferrer"] };

type HastNode = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};
function textOf(node: HastNode): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

// Collects the h2/h3 headings during the one compile (after rehype-slug, before the "#" anchors are
// appended), so the table of contents costs no second pass over the body.
function collectHeadings(into: TocHeading[]) {
  return () => (tree: HastNode) => {
    const visit = (node: HastNode) => {
      const id = node.properties?.id;
      if (node.type === "element" && (node.tagName === "h2" || node.tagName === "h3") && typeof id === "string") {
        into.push({ id, text: textOf(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

/**
 * A post body rendered for the page, with the headings its table of contents lists. `file` names the post
 * if the body breaks the content rules (the check refuses such a post first; this is the second line).
 */
export async function renderMdx(source: string, file?: string) {
  const headings: TocHeading[] = [];
  const { content } = await compileMDX({
    source,
    components: mdxComponents,
    options: {
      // Expressions and imports are refused by the content rules (lib/content/mdx-source.ts), checked again
      // here before anything is compiled, so nothing is stripped silently and nothing unsafe renders.
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm, [rejectDroppedConstructs, { file }]],
        rehypePlugins: [
          rehypeSlug,
          collectHeadings(headings),
          [rehypeAutolinkHeadings, headingAnchors],
          [rehypeExternalLinks, externalLinks],
          [rehypePrettyCode, prettyCode],
          rehypeCodeCopy,
          rehypeSidenotes,
        ],
        remarkRehypeOptions: footnotes,
      },
    },
  });
  return { content, headings };
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
  const { content } = await compileMDX({
    source,
    components,
    options: {
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm, [rejectDroppedConstructs, { file }]],
        // No "#" heading anchors: outside the page (a feed reader) they are stray characters.
        rehypePlugins: [rehypeSlug, [rehypeExternalLinks, externalLinks], [rehypePrettyCode, prettyCode]],
        remarkRehypeOptions: footnotes,
      },
    },
  });
  const { prelude } = await prerender(content);
  return new Response(prelude).text();
}
