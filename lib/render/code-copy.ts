import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Gives every highlighted code block a "Copy" button and a status line for screen readers, in the
 * prerendered HTML. The button is `hidden` until components/copy-code.tsx runs, so a page without
 * JavaScript shows no button that does nothing; it sits in the block's corner, so showing it moves nothing.
 * Print and the search index leave it out (data-print-hidden).
 */
export function rehypeCodeCopy() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      // rehype-pretty-code names the property as the attribute is written, not in hast's camelCase.
      const props = node.properties;
      if (
        node.tagName !== "figure" ||
        !("data-rehype-pretty-code-figure" in props || "dataRehypePrettyCodeFigure" in props)
      )
        return;
      node.children.push(
        {
          type: "element",
          tagName: "button",
          properties: { type: "button", hidden: true, dataCopyCode: "", dataPrintHidden: "" },
          children: [{ type: "text", value: "Copy" }],
        },
        {
          type: "element",
          tagName: "span",
          properties: { role: "status", className: ["sr-only"], dataCopyStatus: "", dataPrintHidden: "" },
          children: [],
        },
      );
    });
  };
}
