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

// A post whose body starts on line 6 of its file: the line named is the file's.
const postOf = (body: string) => `---\ntitle: "Hostile"\nsummary: "x"\n---\n\n\n\n\n${body}\n`;

for (const source of hostile) {
  test(`a body with ${source} is refused when compiled for the page and for a feed`, async () => {
    await assert.rejects(
      renderMdx(postOf(source), "content/posts/hostile.mdx"),
      /^Error: content\/posts\/hostile\.mdx:9: /,
    );
    await assert.rejects(
      renderMdxToStaticHtml(postOf(source), {}, "content/posts/hostile.mdx"),
      /^Error: content\/posts\/hostile\.mdx:9: /,
    );
  });
}

test("a compile names the line in the post's file, not in its body, for the rules and for MDX's own errors", async () => {
  // The body starts on line 9 of its file (after the frontmatter): its line 3 is the file's line 11.
  const file = "content/posts/hostile.mdx";
  await assert.rejects(
    renderMdx(postOf("Intro.\n\n<script>x</script>"), file),
    /^Error: [^\n]*hostile\.mdx:11: <script>: /,
  );
  await assert.rejects(
    renderMdx(postOf("Intro.\n\nA <b>bold claim."), file),
    /^Error: [^\n]*hostile\.mdx:11: MDX: Expected a closing tag for `<b>`/,
  );
});

test("a compile refuses a body past the limits before parsing it, within the check's bounds", async () => {
  const started = performance.now();
  await assert.rejects(
    renderMdx(postOf(`${"- ".repeat(50_000)}a`), "content/posts/hostile.mdx"),
    /:9: body: nests lists and block quotes \d+ levels deep/,
  );
  await assert.rejects(
    renderMdx(postOf("Hidden\u202Etext"), "content/posts/hostile.mdx"),
    /:9: character: U\+202E RIGHT-TO-LEFT OVERRIDE/,
  );
  assert.ok(performance.now() - started < 2000);
});

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

test("a note that refers to another note has the other's reference in the list, not its copy in the margin", async () => {
  // Twenty notes, each referring twice to the one before: copies inside copies would double the page each time.
  const notes = Array.from({ length: 20 }, (_, i) =>
    i === 0 ? "[^n0]: First note." : `[^n${i}]: See [^n${i - 1}] and [^n${i - 1}].`,
  );
  const source = `Text${notes.map((_, i) => `[^n${i}]`).join("")}.\n\n${notes.join("\n")}\n`;
  const html = renderToStaticMarkup((await renderMdx(source)).content);
  // A margin copy a reference: the 20 in the text, and the 38 of the notes in the list.
  assert.equal(html.match(/class="sidenote"/g)?.length, 58);
  assert.match(html, /<span class="sidenote"[^>]*><sup>20<\/sup> See <sup>19<\/sup> and <sup>19<\/sup>.<\/span>/);
});
