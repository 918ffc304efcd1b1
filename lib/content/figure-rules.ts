/**
 * How a post shows an image: `<Figure src="./x.png" alt="…" />` on its own lines, or Markdown's `![alt](./x.png)`
 * alone in its paragraph, which the compile turns into the same Figure (lib/render/figures.ts). Both need an alt
 * text. A post draws at most MAX_CHARTS charts. Run with the other body rules (body-tree.ts), by the content check
 * and by both compiles.
 */
import type { Image, Paragraph, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { BodyProblem } from "./body-rules";

const ALT_EXPECTED = "expected what the image shows, for readers who can't see it";

/** The image a paragraph holds alone (`![alt](./x.png)` between blank lines), which becomes a Figure. */
export function imageAlone(paragraph: Paragraph): Image | undefined {
  const [only, ...rest] = paragraph.children;
  return only?.type === "image" && rest.length === 0 ? only : undefined;
}

/** The most charts a post draws: each is drawn into the page twice (wide and narrow), from up to 1,000 rows. */
export const MAX_CHARTS = 20;

export function findFigureProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let charts = 0;
  const alone = new Set<Image>();
  visit(tree, "paragraph", (paragraph) => {
    const image = imageAlone(paragraph);
    if (image) alone.add(image);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "image") {
      if (!node.alt?.trim()) problems.push({ line, construct: "image", message: `has no alt text, ${ALT_EXPECTED}: ![…](${node.url})` });
      if (!alone.has(node)) {
        problems.push({ line, construct: "image", message: "shares its paragraph, expected the image alone between blank lines" });
      }
    } else if (node.type === "imageReference") {
      problems.push({ line, construct: "image", message: "is a reference (![alt][name]), expected ![alt](./file.png)" });
    } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Chart") {
      if (++charts === MAX_CHARTS + 1) {
        const message = `is chart ${charts} of this post, expected at most ${MAX_CHARTS} charts in a post`;
        problems.push({ line, construct: "<Chart>", message });
      }
    } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Figure") {
      if (node.type === "mdxJsxTextElement") {
        problems.push({ line, construct: "<Figure>", message: "is inside a paragraph, expected it on its own lines" });
      }
      const attributes = new Map(
        node.attributes.flatMap((a) => (a.type === "mdxJsxAttribute" ? [[a.name, a.value] as const] : [])),
      );
      if (!attributes.has("src")) problems.push({ line, construct: "<Figure src>", message: 'is missing, expected src="./<file>"' });
      const alt = attributes.get("alt");
      if (typeof alt !== "string" || !alt.trim()) {
        problems.push({ line, construct: "<Figure alt>", message: `is ${alt === undefined ? "missing" : "empty"}, ${ALT_EXPECTED}` });
      }
    }
  });
  return problems;
}
