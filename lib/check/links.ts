import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { assetSizeProblem } from "../content/content-files";

export type Reference = { url: string; line: number | undefined; kind: "link" | "image" };

/** Heading ids as rehype-slug will give them (it uses github-slugger too). */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, "heading", (heading) => {
    ids.add(slugger.slug(toString(heading)));
  });
  return ids;
}

// A Map: element names come from the post, and must never reach an object's prototype (`<constructor>`).
const JSX_URL_ATTRIBUTES = new Map<string, { attribute: string; kind: Reference["kind"] }>([
  ["a", { attribute: "href", kind: "link" }],
  ["Figure", { attribute: "src", kind: "image" }],
]);

/** Every link and image a body points to: Markdown links, definitions, images and JSX href/src. */
export function references(tree: Root): Reference[] {
  const found: Reference[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === "link" || node.type === "definition") found.push({ url: node.url, line, kind: "link" });
    if (node.type === "image") found.push({ url: node.url, line, kind: "image" });
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const target = JSX_URL_ATTRIBUTES.get(node.name);
      for (const attribute of node.attributes) {
        if (target && attribute.type === "mdxJsxAttribute" && attribute.name === target.attribute) {
          if (typeof attribute.value === "string") found.push({ url: attribute.value, line, kind: target.kind });
        }
      }
    }
  });
  return found;
}

export type Site = {
  /** Published state and heading ids of every post, by slug. */
  posts: Map<string, { published: boolean; headings: Set<string> }>;
  authors: Set<string>;
  tags: Set<string>;
  /** The file under public/ at a root-relative path (its size), or undefined when there is none. */
  publicFile: (path: string) => { bytes: number } | undefined;
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Why a reference is broken, or undefined when it resolves. `from` is the linking post. */
export function brokenReason(reference: Reference, from: { headings: Set<string>; published: boolean }, site: Site) {
  const { url, kind } = reference;
  if (EXTERNAL.test(url)) return undefined;
  const [path = "", anchor] = url.split("#", 2);
  if (path === "") {
    return anchor && !from.headings.has(anchor)
      ? `no heading #${anchor} in this post, expected one of its heading ids`
      : undefined;
  }
  if (!path.startsWith("/")) return `relative ${kind} "${url}", expected a root-relative path such as /posts/<slug>`;
  const asset = site.publicFile(path);
  if (asset) {
    const tooBig = assetSizeProblem(asset.bytes);
    return tooBig && `${url} ${tooBig}`;
  }
  if (kind === "image") return `${url} does not exist, expected a file under public/`;

  const [, section, slug, ...rest] = path.replace(/\/$/, "").split("/");
  if (path === "/") return undefined;
  if (section === "posts" && slug && rest.length === 0) {
    const target = site.posts.get(slug);
    if (!target) return `no post "${slug}", expected the slug of a post in content/posts/`;
    if (from.published && !target.published) return `post "${slug}" is not published, expected a published post`;
    if (anchor && !target.headings.has(anchor))
      return `no heading #${anchor} in post "${slug}", expected one of its heading ids`;
    return undefined;
  }
  if (section === "authors" && slug && rest.length === 0) {
    return site.authors.has(slug) ? undefined : `no author "${slug}", expected a file in content/authors/`;
  }
  if (section === "tags" && slug && rest.length === 0) {
    return site.tags.has(slug) ? undefined : `no tag "${slug}", expected a tag of content/tags.yml`;
  }
  return `${url} is not a page of the journal, expected /posts/<slug>, /authors/<slug>, /tags/<tag> or a file under public/`;
}
