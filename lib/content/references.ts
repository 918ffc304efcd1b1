import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Every link and image a post body points to, with its line in the file: collected during the one compile
 * (lib/render/mdx-compile.ts) for the content check's link rules.
 */
export type Reference = { url: string; line: number | undefined; kind: "link" | "image" };

const JSX_URL_ATTRIBUTES: Record<string, { attribute: string; kind: Reference["kind"] }> = {
  a: { attribute: "href", kind: "link" },
  Figure: { attribute: "src", kind: "image" },
};

/** Markdown links, definitions, images and JSX href/src. */
export function references(tree: Root): Reference[] {
  const found: Reference[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "link" || node.type === "definition") found.push({ url: node.url, line, kind: "link" });
    if (node.type === "image") found.push({ url: node.url, line, kind: "image" });
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const target = JSX_URL_ATTRIBUTES[node.name];
      for (const attribute of node.attributes) {
        if (target && attribute.type === "mdxJsxAttribute" && attribute.name === target.attribute) {
          if (typeof attribute.value === "string") found.push({ url: attribute.value, line, kind: target.kind });
        }
      }
    }
  });
  return found;
}
