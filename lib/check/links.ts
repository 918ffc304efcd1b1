import type { Reference } from "../content/references";
import { assetSizeProblem } from "../content/places";
import { decodedEscapes, linkProblem } from "../content/body-rules";

export type { Reference };

export type Site = {
  /** Published state and heading ids of every post, by slug. */
  posts: Map<string, { published: boolean; headings: Set<string> }>;
  authors: Set<string>;
  tags: Set<string>;
  /** The file under public/ at a root-relative path, decoded (its size), or undefined when there is none. */
  publicFile: (path: string) => { bytes: number } | undefined;
};

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Why a link is broken, or undefined when it resolves. `from` is the linking post. */
export function brokenReason(reference: Reference, from: { headings: Set<string>; published: boolean }, site: Site) {
  const { url, kind } = reference;
  // Another site's address, or one the body rules refuse with their own message (body-rules.ts).
  if (EXTERNAL.test(url) || linkProblem(url)) return undefined;
  // Compared as a browser reads them: `#r%C3%A9sum%C3%A9` is the heading `résumé`. linkProblem has seen they decode.
  const [path = "", anchor] = url.split("#", 2).map((part) => decodedEscapes(part) ?? part);
  if (path === "") {
    return anchor && !from.headings.has(anchor)
      ? `no heading #${anchor} in this post, expected one of its heading ids`
      : undefined;
  }
  if (!path.startsWith("/")) return `relative ${kind} "${url}", expected a root-relative path such as /posts/<slug>`;

  const [, section, slug, ...rest] = path.replace(/\/$/, "").split("/");
  if (path === "/") return undefined;
  const asset = site.publicFile(path);
  if (asset) {
    const tooBig = assetSizeProblem(asset.bytes);
    return tooBig && `${url} ${tooBig}`;
  }
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
