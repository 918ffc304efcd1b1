import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

const isElement = (node: ElementContent | Root): node is Element => node.type === "element";
// A footnote's reference: <sup><a data-footnote-ref>…</a></sup>.
const isNoteReference = (node: ElementContent) =>
  isElement(node) &&
  node.tagName === "sup" &&
  node.children.some((child) => isElement(child) && "dataFootnoteRef" in child.properties);

// A reference to another note, in a margin copy: its number alone (a copy of that note would nest in this one,
// doubling the page with each note that refers to the one before).
function numberOnly(node: ElementContent): ElementContent {
  if (!isElement(node) || !isNoteReference(node)) return node;
  const number = node.children
    .filter(isElement)
    .flatMap((link) => link.children.map((c) => (c.type === "text" ? c.value : "")));
  return { type: "element", tagName: "sup", properties: {}, children: [{ type: "text", value: number.join("") }] };
}

/** The content of a footnote, for the margin: its paragraphs' inline content, without the back-link. */
function marginCopy(note: Element): ElementContent[] {
  const inline = note.children.filter(isElement).flatMap((block) => (block.tagName === "p" ? block.children : [block]));
  const copy = structuredClone(inline)
    .filter((node) => !(isElement(node) && "dataFootnoteBackref" in node.properties))
    .map(numberOnly);
  visit({ type: "root", children: copy }, "element", (node: Element) => {
    node.children = node.children.map(numberOnly);
  });
  const last = copy.at(-1);
  if (last?.type === "text") last.value = last.value.trimEnd();
  // The margin copy is hidden from assistive technology (the numbered list is the accessible one), so
  // nothing in it may take keyboard focus either.
  visit({ type: "root", children: copy }, "element", (node: Element) => {
    if (node.tagName === "a") node.properties.tabIndex = -1;
  });
  return copy;
}

/**
 * GFM footnotes stay an accessible numbered list with back-links at the end of the post (and the endnotes in
 * print). On wide screens each note also shows in the margin beside its reference: a copy placed after the
 * reference, shown by CSS alone (app/globals.css, `.sidenote`), hidden from screen readers and in print.
 */
export function rehypeSidenotes() {
  return (tree: Root) => {
    const notes = new Map<string, Element>();
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "li" && typeof node.properties.id === "string") notes.set(`#${node.properties.id}`, node);
    });
    // Each note's copy is taken before any is placed: a note that refers to another never holds its copy.
    const copies = new Map([...notes].map(([href, note]) => [href, marginCopy(note)]));
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "sup" || !parent || index === undefined) return;
      const reference = node.children.find(isElement);
      const copy =
        reference && "dataFootnoteRef" in reference.properties && copies.get(String(reference.properties.href));
      if (!copy) return;
      const number = reference.children.find((child) => child.type === "text")?.value ?? "";
      const sidenote: Element = {
        type: "element",
        tagName: "span",
        properties: { className: ["sidenote"], ariaHidden: "true", dataPrintHidden: "" },
        children: [
          { type: "element", tagName: "sup", properties: {}, children: [{ type: "text", value: number }] },
          { type: "text", value: " " },
          ...structuredClone(copy),
        ],
      };
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
  };
}
