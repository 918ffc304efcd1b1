import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { findUnsafeContent, type BodyProblem } from "./body-rules";
import { findFigureProblems } from "./figure-rules";

/**
 * Every problem of a body, for the content check and for both compiles: what the renderer would drop
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

function sourcePath(file: VFile): string {
  const raw = file.data["rawDocumentData"];
  const relative = raw && typeof raw === "object" && "sourceFilePath" in raw ? String(raw.sourceFilePath) : "";
  return relative ? `${process.env.CONTENT_DIR ?? "content"}/${relative}` : (file.path ?? "<mdx>");
}

/**
 * A remark plugin that fails on any problem findDroppedConstructs finds: in the content step, and in
 * lib/render/mdx.tsx before a body is compiled for the page or a feed. `file` names the post in the message.
 */
export function rejectDroppedConstructs(options: { file?: string | undefined } = {}) {
  return (tree: Root, vfile: VFile) => {
    const problems = findDroppedConstructs(tree);
    if (problems.length === 0) return;
    const path = options.file ?? sourcePath(vfile);
    throw new Error(problems.map((p) => `${path}:${p.line ?? "?"}: ${p.construct}: ${p.message}`).join("\n"));
  };
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

/** The syntax of a post (frontmatter, MDX, GFM): what the check and contentlayer's markdown step both parse. */
export const mdxSyntax: PluggableList = [remarkParse, remarkFrontmatter, remarkMdx, remarkGfm];

/** Parses an MDX source (frontmatter included) as the content step does. */
export function parseMdx(source: string): Root {
  return unified().use(mdxSyntax).parse(source) as Root;
}
