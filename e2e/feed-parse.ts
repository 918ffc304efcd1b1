/**
 * Reading the feeds and the sitemap as a feed reader or crawler would: with a real XML parser
 * (fast-xml-parser, used only here), refusing anything that is not well-formed.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The document as nested objects: elements by name, attributes as "@name", text as "#text". */
export function parseXml(text: string): unknown {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const document: unknown = parser.parse(text);
  return document;
}

/** The element at `path` under `node` (the first, where there are several). */
export function at(node: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((current, name) => {
    const child = isNode(current) ? current[name] : undefined;
    return Array.isArray(child) ? child[0] : child;
  }, node);
}

/** Every `name` element directly under `node`, in document order. */
export function all(node: unknown, name: string): unknown[] {
  const child = isNode(node) ? node[name] : undefined;
  if (child === undefined) return [];
  return Array.isArray(child) ? child : [child];
}

/** An element's text (CDATA included); "" for a missing element. */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  const text = isNode(node) ? node["#text"] : undefined;
  return typeof text === "string" ? text : "";
}

export function attribute(node: unknown, name: string): string | undefined {
  const value = isNode(node) ? node[`@${name}`] : undefined;
  return typeof value === "string" ? value : undefined;
}
