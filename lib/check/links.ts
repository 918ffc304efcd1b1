import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { mdxComponentResources } from "../content/mdx-components";
import type { PostFileKind } from "../content/post-files";

/** A link, or a file of the post (an image, a chart's data) that the post folder's rules check (post-files.ts). */
export type Reference = { url: string; line: number | undefined; kind: "link" | PostFileKind };

/** Heading ids as rehype-slug will give them (it uses github-slugger too). */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, "heading", (heading) => {
    ids.add(slugger.slug(toString(heading)));
  });
  return ids;
}

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
      const targets = JSX_URL_ATTRIBUTES[node.name] ?? {};
      for (const attribute of node.attributes) {
        const kind = attribute.type === "mdxJsxAttribute" ? targets[attribute.name] : undefined;
        if (kind && typeof attribute.value === "string") found.push({ url: attribute.value, line, kind });
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
  /** Whether a file exists under public/ for a root-relative path. */
  publicFile: (path: string) => boolean;
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Why a link is broken, or undefined when it resolves. `from` is the linking post. */
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

  const [, section, slug, ...rest] = path.replace(/\/$/, "").split("/");
  if (path === "/" || site.publicFile(path)) return undefined;
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
