/**
 * The only user of next-mdx-remote (archived at v6): swapping it for next-mdx-remote-client touches this file
 * alone. A body is compiled here (MDX → the JavaScript of a component, code highlighted by shiki) and that
 * JavaScript is run to give the component. Compiling is the costly half and depends on nothing but the body's
 * text and this module's closure (plugins, rules, dependencies): in `npm run build` its result is kept in the
 * build cache (lib/cache/), keyed by the text, so a rebuild compiles only the bodies that changed. Which
 * components a body is rendered with is decided when it runs (lib/render/mdx.tsx), so changing a component
 * never makes a compiled body stale.
 */
import type { MDXComponents } from "mdx/types";
import { serialize } from "next-mdx-remote/serialize";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from "rehype-autolink-headings";
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from "rehype-external-links";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { createElement, type ReactElement } from "react";
import * as devRuntime from "react/jsx-dev-runtime";
import * as runtime from "react/jsx-runtime";
import type { PluggableList } from "unified";
import { cached } from "../cache/store";
import { rejectDroppedConstructs } from "../content/mdx-source";
import { rehypeCodeCopy } from "./code-copy";
import { remarkFigures } from "./figures";
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

/** For whom a body is compiled: the post's page, or a feed (no "#" anchors, no Copy buttons, no sidenotes). */
export type BodyTarget = "page" | "feed";

export type CompiledBody = { code: string; headings: TocHeading[] };

async function compile(source: string, target: BodyTarget, file: string | undefined): Promise<CompiledBody> {
  const headings: TocHeading[] = [];
  const rehypePlugins: PluggableList =
    target === "page"
      ? [
          rehypeSlug,
          collectHeadings(headings),
          [rehypeAutolinkHeadings, headingAnchors],
          [rehypeExternalLinks, externalLinks],
          [rehypePrettyCode, prettyCode],
          rehypeCodeCopy,
          rehypeSidenotes,
        ]
      : [rehypeSlug, [rehypeExternalLinks, externalLinks], [rehypePrettyCode, prettyCode]];
  const { compiledSource } = await serialize(
    source,
    {
      // Expressions and imports are refused by the content rules (lib/content/mdx-source.ts), checked again
      // here before anything is compiled, so nothing is stripped silently and nothing unsafe renders.
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm, [rejectDroppedConstructs, { file }], remarkFigures],
        rehypePlugins,
        remarkRehypeOptions: footnotes,
      },
    },
    // The React Server Components form: no provider import, components come as a prop.
    true,
  );
  return { code: compiledSource, headings };
}

/**
 * A body compiled for `target`, from the build cache when this text was compiled before. Only a body that
 * passed the content rules is ever stored (a refused one throws), so an entry is a body that passed them under
 * the same code; `file` names the post in that error.
 */
export async function compileBody(source: string, target: BodyTarget, file?: string): Promise<CompiledBody> {
  const body = await cached(
    "mdx",
    // next-mdx-remote compiles for React's development runtime outside production builds.
    `${target}\0${process.env.NODE_ENV}\0${source}`,
    () => compile(source, target, file),
    (body) => JSON.stringify(body),
    (bytes) => JSON.parse(bytes.toString("utf8")) as CompiledBody,
  );
  // A compile takes the page past at least one turn of the event loop, and so must a body from the cache:
  // Next streams what is ready first (the metadata, the page's rows) in the order it gets ready, and the
  // page must come out the same bytes either way (scripts/build/same-output.test.ts).
  await new Promise((resolve) => setImmediate(resolve));
  return body;
}

/**
 * The compiled body run as next-mdx-remote's `compileMDX` runs it: the function body gets the JSX runtime and
 * returns the module, whose default export is the content component, rendered with `components`.
 */
export function runBody(body: CompiledBody, components: MDXComponents): ReactElement {
  const scope = { opts: process.env.NODE_ENV === "production" ? runtime : devRuntime, frontmatter: {} };
  const run = Reflect.construct(Function, [...Object.keys(scope), body.code]) as (...values: unknown[]) => {
    default: (props: { components: MDXComponents }) => ReactElement;
  };
  return createElement(run(...Object.values(scope)).default, { components });
}
