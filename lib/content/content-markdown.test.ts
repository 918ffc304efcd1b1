import assert from "node:assert/strict";
import { test } from "node:test";
import { unified } from "unified";
import { bodyFactsOf, mdxSourceStep } from "./content-markdown";
import { parseMdx, plainText } from "./mdx-source";
import { readingTime } from "./reading-time";

const emit = (source: string) => {
  const builder = unified();
  mdxSourceStep(builder);
  return String(builder.processSync(source));
};

test("contentlayer's markdown step leaves the words a reader reads and the body's first line, which bodyFactsOf reads back", () => {
  const source = '---\ntitle: T\n---\n\n# Capture\n\nAuthorize, then <abbr title="Primary account number">PAN</abbr> **capture**.\n\n```ts\nconst a = 1;\n```\n';
  const facts = bodyFactsOf(emit(source), "posts/a.mdx");
  assert.deepEqual(facts, { words: readingTime(plainText(parseMdx(source))).words, bodyLine: 4 });
  assert.equal(facts.words, 10);
  // body.raw (contentlayer's) is the text after the closing fence's line: its line 1 is the file's line 4 here.
  assert.equal(source.split("\n")[facts.bodyLine - 1], "");
  assert.equal(source.split("\n")[facts.bodyLine], "# Capture");
});

test("a body that is not what the markdown step leaves is refused, naming the file", () => {
  assert.throws(() => bodyFactsOf("812", "posts/a.mdx"), /posts\/a\.mdx: body: .*no word count/);
  assert.throws(() => bodyFactsOf("", "posts/a.mdx"), /posts\/a\.mdx/);
});
