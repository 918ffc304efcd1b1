import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { mdxComponentPostFiles } from "./mdx-components";

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

/** A tag as written: its component, line and literal attributes (a bare attribute is `true`, as MDX passes it). */
export type PostFileUse = { component: string; line: number | undefined; props: Record<string, string | true> };

export function postFileUses(tree: Root): PostFileUse[] {
  const uses: PostFileUse[] = [];
  visit(tree, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const component = node.name ?? "";
    if (!Object.hasOwn(mdxComponentPostFiles, component)) return;
    const props: Record<string, string | true> = {};
    for (const attribute of node.attributes) {
      // Expressions are refused by the body rules; they never reach a component.
      if (attribute.type === "mdxJsxAttribute" && typeof attribute.value !== "object")
        props[attribute.name] = attribute.value ?? true;
    }
    // Content between the tags reaches the component as `children`, which it refuses.
    if (node.children.length > 0) props["children"] = true;
    uses.push({ component, line: node.position?.start.line, props });
  });
  return uses;
}
