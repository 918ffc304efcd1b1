import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { mdxComponentResources } from "./mdx-components";
import type { PostFileKind } from "./post-files";

/**
 * Every link and image a post body points to, with its line in the file: collected during the one compile
 * (lib/render/mdx-compile.ts) for the content check's link rules.
 */
/** A link, or a file of the post (an image, a chart's data) that the post folder's rules check (lib/check/post-files.ts). */
export type Reference = { url: string; line: number | undefined; kind: "link" | PostFileKind };

const JSX_URL_ATTRIBUTES: Record<string, Readonly<Record<string, Reference["kind"]>>> = {
  a: { href: "link" },
  ...mdxComponentResources,
};

/** Every link and file a body points to: Markdown links, definitions, images, `<a href>` and components' files. */
export function references(tree: Root): Reference[] {
  const found: Reference[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "link" || node.type === "definition") found.push({ url: node.url, line, kind: "link" });
    if (node.type === "image") found.push({ url: node.url, line, kind: "image" });
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      // Own keys only: element and attribute names come from the post.
      const targets = Object.hasOwn(JSX_URL_ATTRIBUTES, node.name) ? (JSX_URL_ATTRIBUTES[node.name] ?? {}) : {};
      for (const attribute of node.attributes) {
        const kind =
          attribute.type === "mdxJsxAttribute" && Object.hasOwn(targets, attribute.name) ? targets[attribute.name] : undefined;
        if (kind && typeof attribute.value === "string") found.push({ url: attribute.value, line, kind });
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
    const files = Object.hasOwn(mdxComponentResources, component) ? mdxComponentResources[component as keyof typeof mdxComponentResources] : undefined;
    if (!files || !Object.values(files).includes("data")) return;
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
