/**
 * Rendered post HTML made fit for a feed: a feed reader shows it out of the journal, without its styles,
 * on another origin.
 */
import type { Element, ElementContent, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

/** Where a post's addresses are resolved: the post's URL, and the journal's root (which may hold a path). */
type Base = { postUrl: string; siteRoot: string };

/**
 * A link or image address of a post, absolute: root-relative paths against the journal's root, anchors
 * ("#x") and relative paths against the post's own URL. Addresses with a scheme (https:, mailto:) and
 * protocol-relative ones are left as written.
 */
export function absoluteIn(address: string, postUrl: string, siteRoot = new URL(postUrl).origin): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(address) || address.startsWith("//")) return address;
  if (address.startsWith("/")) return `${siteRoot.replace(/\/$/, "")}${address}`;
  return new URL(address, postUrl).toString();
}

/** A srcset's candidates ("url 640w, url 750w"), each address made absolute. */
function absoluteSrcset(srcset: string, base: Base): string {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [address = "", ...descriptor] = candidate.split(/\s+/);
      return [absoluteIn(address, base.postUrl, base.siteRoot), ...descriptor].join(" ");
    })
    .join(", ");
}

// Hooks for the journal's stylesheet (classes, inline custom properties, data-* markers) mean nothing in a
// reader; tabindex serves scrolling boxes that a reader doesn't draw.
const PAGE_ONLY_PROPERTY = /^(?:className|style|tabIndex|data[A-Z].*)$/;
// Resource hints and anything executable or styling never belong in a feed item.
const DROPPED_ELEMENTS = new Set(["link", "meta", "script", "style", "template"]);

// hast reads aria-hidden="true" as the string or, for some parsers, the boolean.
const isHiddenFromScreenReaders = (node: Element) => String(node.properties.ariaHidden) === "true";
// What the page alone needs (Copy buttons, the headings' "#" links, margin notes) is marked for print to leave
// out; a feed leaves it out too.
const isPageOnly = (node: Element) => "dataPrintHidden" in node.properties;
const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * Children as the feed shows them. Text for screen readers only ("sr-only") stays as plain text and what
 * is hidden from them (aria-hidden: decorative arrows) goes, so sighted and screen-reader users of a
 * reader, which has no CSS to hide either, get the same sentence once.
 */
function feedChildren(nodes: readonly RootContent[], base: Base): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    // Text and elements only: comments (React's text separators among them) are dropped.
    if (node.type === "text") return [node];
    if (node.type !== "element") return [];
    if (DROPPED_ELEMENTS.has(node.tagName) || isHiddenFromScreenReaders(node) || isPageOnly(node)) return [];
    if (hasClass(node, "sr-only")) return feedChildren(node.children, base);
    const element = feedElement(node, base);
    // A span left without attributes (syntax highlighting's tokens, once uncoloured) carries nothing.
    return element.tagName === "span" && Object.keys(element.properties).length === 0 ? element.children : [element];
  });
}

function feedElement(node: Element, base: Base): Element {
  const properties: Element["properties"] = {};
  for (const [name, value] of Object.entries(node.properties)) {
    if (PAGE_ONLY_PROPERTY.test(name)) continue;
    if ((name === "href" || name === "src" || name === "poster") && typeof value === "string") {
      properties[name] = absoluteIn(value, base.postUrl, base.siteRoot);
    } else if (name === "srcSet") {
      properties[name] = absoluteSrcset(Array.isArray(value) ? value.join(", ") : String(value), base);
    } else {
      properties[name] = value;
    }
  }
  return { ...node, properties, children: feedChildren(node.children, base) };
}

/** `html` (a rendered post body) for a feed item of the post at `postUrl`, in a journal rooted at `siteRoot`. */
export function feedHtml(html: string, postUrl: string, siteRoot = new URL(postUrl).origin): string {
  const tree = fromHtml(html, { fragment: true });
  return toHtml({ ...tree, children: feedChildren(tree.children, { postUrl, siteRoot }) });
}
