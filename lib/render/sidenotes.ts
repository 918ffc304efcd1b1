import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

const isElement = (node: ElementContent | Root): node is Element => node.type === "element";
/** A footnote's reference, `<sup><a data-footnote-ref href="#…">1</a></sup>`: the note it points at, its number. */
function noteReference(node: ElementContent): { href: string; number: string } | undefined {
  if (!isElement(node) || node.tagName !== "sup") return undefined;
  const link = node.children.find(isElement);
  if (!link || !("dataFootnoteRef" in link.properties)) return undefined;
  const number = link.children.map((child) => (child.type === "text" ? child.value : "")).join("");
  return { href: String(link.properties.href), number };
}

const numberSup = (number: string): Element => ({
  type: "element",
  tagName: "sup",
  properties: {},
  children: [{ type: "text", value: number }],
});

// A reference to another note, in a margin copy: its number alone (a copy of that note would nest in this one,
// doubling the page with each note that refers to the one before).
function numberOnly(node: ElementContent): ElementContent {
  const reference = noteReference(node);
  return reference ? numberSup(reference.number) : node;
}

/** The content of a footnote, for the margin: its paragraphs' inline content, without the back-link. */
function marginCopy(note: Element): ElementContent[] {
  const inline = note.children.filter(isElement).flatMap((block) => (block.tagName === "p" ? block.children : [block]));
  const copy = structuredClone(inline)
    .filter((node) => !(isElement(node) && "dataFootnoteBackref" in node.properties))
    .map(numberOnly);
  const last = copy.at(-1);
  if (last?.type === "text") last.value = last.value.trimEnd();
  // The margin copy is hidden from assistive technology (the numbered list is the accessible one), so
  // nothing in it may take keyboard focus either.
  visit({ type: "root", children: copy }, "element", (node: Element) => {
    node.children = node.children.map(numberOnly);
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
      const reference = noteReference(node);
      const copy = reference && copies.get(reference.href);
      if (!copy || !parent || index === undefined) return;
      const sidenote: Element = {
        type: "element",
        tagName: "span",
        properties: { className: ["sidenote"], ariaHidden: "true", dataPrintHidden: "" },
        children: [numberSup(reference.number), { type: "text", value: " " }, ...structuredClone(copy)],
      };
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
  };
}
