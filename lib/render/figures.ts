/**
 * Figures in the compile (lib/render/mdx-compile.ts), after the body rules have passed: Markdown's
 * `![alt](./x.png "caption")` alone in its paragraph becomes `<Figure src alt caption>`, so both spellings render
 * the same way on the page and in the feeds; and the first figure of a body is marked `priority`: the likeliest to
 * be in view on arrival, it loads at once instead of lazily.
 */
import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { imageAlone } from "../content/figure-rules";

type JsxElement = Extract<RootContent, { type: "mdxJsxFlowElement" }>;

const attribute = (name: string, value: string) => ({ type: "mdxJsxAttribute" as const, name, value });

export function remarkFigures() {
  return (tree: Root) => {
    visit(tree, "paragraph", (paragraph, index, parent) => {
      const image = imageAlone(paragraph);
      if (!image || !parent || index === undefined) return;
      const figure: JsxElement = {
        type: "mdxJsxFlowElement",
        name: "Figure",
        attributes: [
          attribute("src", image.url),
          attribute("alt", image.alt ?? ""),
          ...(image.title ? [attribute("caption", image.title)] : []),
        ],
        children: [],
        position: paragraph.position,
      };
      parent.children[index] = figure;
    });
    let first = true;
    visit(tree, "mdxJsxFlowElement", (node) => {
      if (!first || node.name !== "Figure") return;
      node.attributes.push(attribute("priority", "true"));
      first = false;
    });
  };
}
