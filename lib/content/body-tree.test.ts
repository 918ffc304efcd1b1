import assert from "node:assert/strict";
import { test } from "node:test";
import type { Root } from "mdast";
import { findDroppedConstructs, parseMdx, plainText } from "./body-tree";

const parse = (source: string): Root => parseMdx(source);
const constructs = (source: string) => findDroppedConstructs(parse(source)).map((p) => `${p.line}: ${p.construct}`);

test("plain Markdown, code and escaped braces pass", () => {
  assert.deepEqual(
    constructs("# Title\n\nText with `{code}` and \\{ escaped.\n\n```ts\nconst a = { b: 1 };\n```\n"),
    [],
  );
});

test("expressions are reported with their line", () => {
  assert.deepEqual(constructs("Line one\n\nTotal: {1 + 1}\n\n{flow}\n"), ["3: {1 + 1}", "5: {flow}"]);
});

test("imports and exports are reported", () => {
  assert.deepEqual(constructs('import X from "x"\n\nexport const y = 1\n'), ["1: import/export", "3: import/export"]);
});

test("attribute expressions and spreads are reported; literal attributes pass", () => {
  assert.deepEqual(constructs('<abbr title="ok">PAN</abbr> <abbr title={"no"}>x</abbr> <abbr {...rest}>y</abbr>'), [
    "1: <abbr title>",
    "1: <abbr {...}>",
  ]);
});

test("bare boolean attributes are literals and pass", () => {
  assert.deepEqual(constructs("<details open>\n\ntext\n\n</details>\n"), []);
});

test("unknown components are reported; HTML elements pass", () => {
  assert.deepEqual(constructs("<Graph />\n\n<kbd>Ctrl</kbd>\n"), ["1: <Graph>"]);
});

test("plain text keeps what a reader reads and drops markup", () => {
  const source = [
    "---",
    "title: Not counted",
    "---",
    "## Capture the payment",
    "",
    "| Stage | When |",
    "| --- | --- |",
    "| Capture | Later |",
    "",
    '<Note kind="warning">Check the `amount` first.</Note>',
    "",
    "```ts",
    "capture(tx);",
    "```",
  ].join("\n");
  assert.equal(
    plainText(parse(source)).split(/\s+/).join(" "),
    "Capture the payment Stage When Capture Later Check the amount first. capture(tx);",
  );
});
