import assert from "node:assert/strict";
import { test } from "node:test";
import { tableOfContents, type TocHeading } from "./table-of-contents";

const h = (id: string, depth: 2 | 3): TocHeading => ({ id, text: id, depth });

test("nests each h3 under the h2 before it", () => {
  const toc = tableOfContents([h("a", 2), h("a1", 3), h("a2", 3), h("b", 2), h("c", 2), h("c1", 3)]);
  assert.deepEqual(
    toc.map((section) => [section.id, section.subsections.map((sub) => sub.id)]),
    [
      ["a", ["a1", "a2"]],
      ["b", []],
      ["c", ["c1"]],
    ],
  );
});

test("an h3 before any h2 is a section of its own", () => {
  assert.deepEqual(
    tableOfContents([h("intro", 3), h("a", 2)]).map((section) => section.id),
    ["intro", "a"],
  );
});

test("no headings, no sections", () => {
  assert.deepEqual(tableOfContents([]), []);
});
