/**
 * The one place a post's text is parsed: the content check, the reading time, the page and the feeds all use
 * what `compilePost` makes of it. One unified run parses the whole file (frontmatter skipped, so every position
 * is a line of the file the author has open), runs the content rules on the tree, collects what the check and
 * the page need (links, heading ids, the table of contents, the word count) and compiles the body to the
 * JavaScript of a component, code highlighted by shiki. In `npm run build` the result is kept in the build cache
 * (lib/cache/), keyed by the text: the check makes it, every later step reads it.
 *
 * The only user of next-mdx-remote (archived at v6): swapping it for next-mdx-remote-client touches this file
 * alone. Which components a body is rendered with is decided when it runs (`runBody`), so changing a component
 * never makes a compiled body stale.
 */
import type { Root as HastRoot, Element } from "hast";
import type { Root } from "mdast";
import type { MDXComponents } from "mdx/types";
import { serialize } from "next-mdx-remote/serialize";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from "rehype-autolink-headings";
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from "rehype-external-links";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { createHighlighter } from "shiki";
import { createElement, type ReactElement } from "react";
import * as devRuntime from "react/jsx-dev-runtime";
import * as runtime from "react/jsx-runtime";
import { visit } from "unist-util-visit";
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { cached } from "../cache/store";
import type { BodyProblem } from "../content/body-rules";
import { splitFrontmatter } from "../content/frontmatter-block";
import { hiddenCharacterProblems } from "../content/invisible-characters";
import { findDroppedConstructs, noteParse, plainText } from "../content/body-tree";
import { readingTime, rememberWords } from "../content/reading-time";
import { postFileUses, references, type PostFileUse, type Reference } from "../content/references";
import { formatCheckProblem } from "../content/problem";
import { markdownLimitProblems } from "../content/safe-markdown";
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
  // styles; an author who wants colours writes `code{:ts}`.
  defaultLang: { block: "plaintext" },
  // Shiki stops colouring a line after 500 ms by default, so a busy machine could colour the same text another
  // way. No time limit makes the output depend on the text alone; long lines are left uncoloured instead,
  // which keeps the work bounded.
  getHighlighter: async (options) => {
    const highlighter = await createHighlighter(options);
    const codeToHtml: typeof highlighter.codeToHtml = (code, codeOptions) =>
      highlighter.codeToHtml(code, { ...codeOptions, tokenizeTimeLimit: 0, tokenizeMaxLineLength: 1000 });
    return { ...highlighter, codeToHtml };
  },
};

// GFM footnotes end the post as a list under a visible "Notes" heading (listed in the table of contents),
// each with a back-link to its reference.
const footnotes = {
  footnoteLabel: "Notes",
  footnoteLabelProperties: { className: ["footnotes-label"] },
  footnoteBackLabel: (index: number) => `Back to reference ${index + 1}`,
};

// A "#" after each h2/h3 links to the section; its name says which section, for screen readers. Like the Copy
// buttons and the margin notes, it belongs to the page alone: print and the feeds leave out data-print-hidden.
const headingAnchors: AutolinkOptions = {
  behavior: "append",
  test: ["h2", "h3"],
  properties: (heading) => ({
    className: ["heading-anchor"],
    ariaLabel: `Link to the section “${textOf(heading)}”`,
    dataPrintHidden: "",
  }),
  content: { type: "text", value: "#" },
};

// Links that leave the journal (an address with a scheme or host) open the other site without a handle on
// this page (noopener) and without telling it where the reader came from (noreferrer).
const externalLinks: ExternalLinksOptions = { rel: ["noopener", "noreferrer"] };

type HastNode = HastRoot | HastRoot["children"][number];
function textOf(node: HastNode): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/** What one compile of a post gives every consumer. */
export type CompiledPost = {
  /** The body as the JavaScript of a component (run it with `runBody`). */
  code: string;
  /** The h2/h3 headings, for the table of contents. */
  headings: TocHeading[];
  /** Every heading id of the body, for links to #anchors. */
  ids: string[];
  /** Every link and image of the body, with its line in the file. */
  references: Reference[];
  /** Every tag that reads a file beside the post (a chart's data), for the check to run its rules. */
  fileUses: PostFileUse[];
  /** The words a reader reads (prose, code, text inside components), for the reading time. */
  words: number;
};
/**
 * A refused body still tells what it links to (and its heading ids, as rehype-slug would give them), so that the
 * check reports its broken links in the same run as its other problems.
 */
export type RefusedPost = { problems: BodyProblem[]; references?: Reference[]; ids?: string[] };
export type CompileResult = { post: CompiledPost } | RefusedPost;

/** The line of an MDX syntax error: next-mdx-remote formats it with a code frame whose marked line is `> 11 |`. */
function errorLine(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const marked = /^>\s*(\d+)\s*\|/m.exec(message) ?? /\((\d+):\d+/.exec(message);
  return marked ? Number(marked[1]) : undefined;
}

function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/^\[next-mdx-remote\] error compiling MDX:\n/, "").split("\n")[0] ?? message;
  return `${reason.trim()}, expected MDX that compiles`;
}

async function compile(text: string): Promise<CompileResult> {
  noteParse();
  const found: {
    problems: BodyProblem[];
    facts?: Omit<CompiledPost, "code" | "headings" | "ids">;
    slugIds?: string[];
  } = {
    problems: [],
  };
  const headings: TocHeading[] = [];
  const ids: string[] = [];
  // Runs first on the parsed tree: the rules, then what the check and the reading time need.
  const inspect = () => (tree: Root) => {
    found.problems = findDroppedConstructs(tree);
    found.facts = {
      references: references(tree),
      fileUses: postFileUses(tree),
      words: readingTime(plainText(tree)).words,
    };
    // A refused body goes no further: nothing of it is compiled, highlighted or stored.
    if (found.problems.length) {
      const slugger = new GithubSlugger();
      found.slugIds = [];
      visit(tree, "heading", (heading) => void found.slugIds?.push(slugger.slug(toString(heading))));
      throw new RefusedBody();
    }
  };
  // After rehype-slug, before the "#" anchors are appended: every id, and the h2/h3 for the contents.
  const collectHeadings = () => (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      const id = node.properties.id;
      if (!/^h[1-6]$/.test(node.tagName) || typeof id !== "string") return;
      ids.push(id);
      if (node.tagName === "h2" || node.tagName === "h3") {
        headings.push({ id, text: textOf(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
    });
  };
  try {
    const { compiledSource } = await serialize(
      text,
      {
        // Expressions and imports are refused by the content rules before anything is compiled, so nothing is
        // stripped silently and nothing unsafe renders.
        blockJS: true,
        mdxOptions: {
          remarkPlugins: [remarkFrontmatter, remarkGfm, inspect, remarkFigures],
          rehypePlugins: [
            rehypeSlug,
            collectHeadings,
            [rehypeAutolinkHeadings, headingAnchors],
            [rehypeExternalLinks, externalLinks],
            [rehypePrettyCode, prettyCode],
            rehypeCodeCopy,
            rehypeSidenotes,
          ],
          remarkRehypeOptions: footnotes,
        },
      },
      // The React Server Components form: no provider import, components come as a prop.
      true,
    );
    if (!found.facts) throw new Error("the body's facts were not collected");
    return { post: { code: compiledSource, headings, ids, ...found.facts } };
  } catch (error) {
    if (found.problems.length)
      return { problems: found.problems, references: found.facts?.references, ids: found.slugIds };
    return { problems: [{ line: errorLine(error), construct: "MDX", message: errorReason(error) }] };
  }
}

class RefusedBody extends Error {}

/**
 * What must not reach the parser: a body past the limits of lib/content/safe-markdown.ts, or text hidden by
 * invisible characters, refused here in linear time: for the check (which reads every post through this compile)
 * and for a build that skipped it.
 */
function refusalOf(text: string): BodyProblem[] {
  const block = splitFrontmatter(text);
  const [body, firstLine] = "body" in block ? [block.body, block.closeLine + 1] : [text, 1];
  return [...markdownLimitProblems(body, firstLine), ...hiddenCharacterProblems(body, firstLine)].map(
    ({ line, field, message }) => ({ line, construct: field, message }),
  );
}

/**
 * A post's whole text (frontmatter included, "\n" line endings: lib/content/safe-text.ts) compiled, or the
 * problems that refuse it, each with its line in the file. From the build cache when this text was compiled
 * before under the same code.
 */
export async function compilePost(text: string): Promise<CompileResult> {
  const refused = refusalOf(text);
  if (refused.length) return { problems: refused };
  const result = await cached(
    "mdx",
    // next-mdx-remote compiles for React's development runtime outside production builds.
    `${process.env.NODE_ENV}\0${text}`,
    () => compile(text),
    (result) => JSON.stringify(result),
    (bytes) => JSON.parse(bytes.toString("utf8")) as CompileResult,
  );
  if ("post" in result) rememberWords(text, result.post.words);
  return result;
}

/** `compilePost` for a post that must render: its problems, if any, fail with `file:line` each. */
export async function compiledPost(text: string, file: string): Promise<CompiledPost> {
  const result = await compilePost(text);
  if ("post" in result) return result.post;
  throw new Error(
    result.problems
      .map((p) => formatCheckProblem({ file, line: p.line, field: p.construct, message: p.message }))
      .join("\n"),
  );
}

/**
 * The compiled body run as next-mdx-remote's `compileMDX` runs it: the function body gets the JSX runtime and
 * returns the module, whose default export is the content component, rendered with `components`.
 */
export function runBody(body: Pick<CompiledPost, "code">, components: MDXComponents): ReactElement {
  const scope = { opts: process.env.NODE_ENV === "production" ? runtime : devRuntime, frontmatter: {} };
  const run = Reflect.construct(Function, [...Object.keys(scope), body.code]) as (...values: unknown[]) => {
    default: (props: { components: MDXComponents }) => ReactElement;
  };
  return createElement(run(...Object.values(scope)).default, { components });
}
