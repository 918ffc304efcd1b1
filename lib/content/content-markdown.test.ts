import assert from "node:assert/strict";
import { test } from "node:test";
import { unified } from "unified";
import { mdxSourceStep, wordCountOf } from "./content-markdown";
import { parseMdx, plainText } from "./mdx-source";
import { readingTime } from "./reading-time";

test("contentlayer's markdown step leaves the count of the words a reader reads, which wordCountOf reads back", () => {
  const source = '---\ntitle: T\n---\n\n# Capture\n\nAuthorize, then <abbr title="Primary account number">PAN</abbr> **capture**.\n\n```ts\nconst a = 1;\n```\n';
  const builder = unified();
  mdxSourceStep(builder);
  const emitted = String(builder.processSync(source));
  assert.equal(emitted, String(readingTime(plainText(parseMdx(source))).words));
  assert.equal(wordCountOf(emitted, "posts/a.mdx"), 10);
});

test("a body that is not a word count is refused, naming the file", () => {
  assert.throws(() => wordCountOf("Authorize, then capture.", "posts/a.mdx"), /posts\/a\.mdx: body: .*no word count/);
  assert.throws(() => wordCountOf("", "posts/a.mdx"), /posts\/a\.mdx/);
});
