import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { findUnsafeContent, type BodyProblem } from "./body-rules";
import { findFigureProblems } from "./figure-rules";

/**
 * Every problem of a body, run by the one compile (lib/render/mdx-compile.ts): what the renderer would drop
 * without a word (next-mdx-remote 6 removes `{expressions}`, attribute expressions and import/export), whatever
 * is not known to be safe (./body-rules.ts: elements, attributes, addresses) and images without alt text or
 * outside a figure's place (./figure-rules.ts).
 */
export function findDroppedConstructs(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case "mdxjsEsm":
        problems.push({
          line,
          construct: "import/export",
          message: "is not supported in posts, expected plain Markdown and the journal's components",
        });
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problems.push({
          line,
          construct: `{${node.value}}`,
          message: "JavaScript expressions are not rendered, expected text (write \\{ or `code` for a literal brace)",
        });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "<>";
        for (const attribute of node.attributes) {
          // A bare attribute (`<State initial />`) has the value null: a literal `true`, kept by the renderer.
          const isExpression = attribute.value !== null && typeof attribute.value === "object";
          if (attribute.type === "mdxJsxExpressionAttribute" || isExpression) {
            const label = attribute.type === "mdxJsxAttribute" ? attribute.name : "{...}";
            problems.push({
              line,
              construct: `<${name} ${label}>`,
              message: 'attribute expressions are not rendered, expected a literal value (name="value")',
            });
          }
        }
        break;
      }
    }
  });
  return [...problems, ...findUnsafeContent(tree), ...findFigureProblems(tree)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
}

const READABLE = new Set(["text", "inlineCode", "code"]);

/**
 * The words a reader reads: prose, table cells, code and the text inside components, without Markdown
 * syntax or component attributes (a diagram's markup is not read like prose).
 */
export function plainText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (READABLE.has(node.type) && "value" in node) parts.push(node.value);
  });
  return parts.join(" ");
}

let parses = 0;
/** How many post texts this process has parsed (here and in the compile): a test proves each is parsed once. */
export const parseCount = () => parses;
/** Counts one parse of a post's text. */
export const noteParse = () => void parses++;

/**
 * Parses a post's text (frontmatter included) as the compile does, without compiling it: for the word count
 * where no compile was kept (./reading-time.ts) and for tests of the rules.
 */
export function parseMdx(source: string): Root {
  noteParse();
  return unified().use([remarkParse, remarkFrontmatter, remarkMdx, remarkGfm]).parse(source) as Root;
}
