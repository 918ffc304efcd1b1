import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { renderMdx } from "./mdx";

const body = [
  "# Not listed",
  "## Why it *matters*",
  "Text.",
  "### The `capture` call",
  "#### Too deep to list",
  "## Why it *matters*",
].join("\n\n");

test("collects h2 and h3 headings with the ids the page gives them, in order", async () => {
  const { content, headings } = await renderMdx(body);
  assert.deepEqual(headings, [
    { id: "why-it-matters", text: "Why it matters", depth: 2 },
    { id: "the-capture-call", text: "The capture call", depth: 3 },
    { id: "why-it-matters-1", text: "Why it matters", depth: 2 },
  ]);
  const html = renderToStaticMarkup(content);
  for (const { id } of headings) assert.match(html, new RegExp(`<h[23] id="${id}">`));
});

test("a body without sections has no headings", async () => {
  assert.deepEqual((await renderMdx("Just a paragraph.")).headings, []);
});

test("links to other sites get rel=noopener noreferrer; links inside the journal don't", async () => {
  const source = "See [the standard](https://www.pcisecuritystandards.org), [a post](/posts/x) and [below](#end).";
  const html = renderToStaticMarkup((await renderMdx(source)).content);
  assert.match(html, /<a href="https:\/\/www\.pcisecuritystandards\.org" rel="noopener noreferrer">the standard<\/a>/);
  assert.match(html, /<a href="\/posts\/x">a post<\/a>/);
  assert.match(html, /<a href="#end">below<\/a>/);
});

test("inline code stays plain inline <code>; fenced blocks are highlighted", async () => {
  const html = renderToStaticMarkup(
    (await renderMdx("Call `capture` after `authorize`.\n\n```ts\nconst amount = 100;\n```")).content,
  );
  assert.match(html, /<p>Call <code>capture<\/code> after <code>authorize<\/code>\.<\/p>/);
  assert.match(html, /<figure data-rehype-pretty-code-figure=""><pre[^>]*data-language="ts"/);
  assert.match(html, /style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}"/);
});

test("an author can still ask for a highlighted inline token", async () => {
  const html = renderToStaticMarkup((await renderMdx("The `const x = 1{:ts}` line.")).content);
  assert.match(html, /<span data-rehype-pretty-code-figure=""><code data-language="ts"/);
});
