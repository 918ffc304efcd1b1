import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { after, describe, test } from "node:test";
import { buildSearchIndex, isBundleFileNeeded, withoutScripts } from "./build-index";

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const post = (title: string, text: string) =>
  page(
    `<header>Flight journal</header><main><article data-pagefind-body><h1>${title}</h1>` +
      `<p data-print-hidden><a href="/">Back to the journal</a></p><p>${text}</p></article></main>`,
  );

describe("isBundleFileNeeded", () => {
  test("keeps the engine, the entry, the metadata and the index chunks", () => {
    for (const file of [
      "pagefind.js",
      "pagefind-entry.json",
      "wasm.en.pagefind",
      "wasm.unknown.pagefind",
      "pagefind.en_613182cef1.pf_meta",
      "index/en_68b7fa4.pf_index",
      "fragment/en_02a3417.pf_fragment",
      "filter/en_1a2b3c.pf_filter",
    ]) {
      assert.equal(isBundleFileNeeded(file), true, file);
    }
  });
  test("leaves out Pagefind's ready-made interfaces, highlighter and worker", () => {
    for (const file of [
      "pagefind-worker.js",
      "pagefind-ui.js",
      "pagefind-ui.css",
      "pagefind-modular-ui.js",
      "pagefind-component-ui.js",
      "pagefind-highlight.js",
      "playground/index.html",
    ]) {
      assert.equal(isBundleFileNeeded(file), false, file);
    }
  });
});

describe("withoutScripts", () => {
  test("removes every script element and nothing else", () => {
    const html =
      '<head><script src="/a.js" async=""></script><script type="application/ld+json">{"a":1}</script></head>' +
      "<body><article data-pagefind-body><h1>Retries</h1><pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>" +
      '<p title="a &lt;script&gt; b">Idempotency keys.</p></article>' +
      '<script>self.__next_f.push([1,"\\u003cscript\\u003e"])</script><SCRIPT >x</SCRIPT ></body>';
    assert.equal(
      withoutScripts(html),
      "<head></head><body><article data-pagefind-body><h1>Retries</h1><pre><code>&lt;script&gt;alert(1)&lt;/script&gt;" +
        '</code></pre><p title="a &lt;script&gt; b">Idempotency keys.</p></article></body>',
    );
  });
});

describe("buildSearchIndex", () => {
  const root = mkdtempSync(join(tmpdir(), "search-index-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  const pages = join(root, "server", "app");
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(pages, file)), { recursive: true });
    writeFileSync(join(pages, file), html);
  };

  test("indexes the marked post bodies only and writes the bundle to every output", async () => {
    write("index.html", page("<h1>Flight journal</h1><p>The interchange post and the retries post.</p>"));
    write("tags/fees.html", page("<h1>Fees</h1><p>Posts about interchange.</p>"));
    write("posts/interchange.html", post("Interchange explained", "Interchange fees are set by the schemes."));
    write("posts/retries.html", post("Retries", "Idempotency keys make retries safe."));
    write("posts/retries.rsc", "not html");
    write("_not-found.html", post("Not found", "This page could not be found."));
    const outputs = [join(root, "static", "pagefind"), join(root, "out", "_next", "static", "pagefind")];
    mkdirSync(outputs[0] ?? "", { recursive: true });
    writeFileSync(join(outputs[0] ?? "", "stale.pf_index"), "from an earlier build");

    const report = await buildSearchIndex(pages, outputs);

    assert.deepEqual(report.pages.map((p) => [p.route, p.title]).sort(), [
      ["/posts/interchange", "Interchange explained"],
      ["/posts/retries", "Retries"],
    ]);
    assert.equal(report.skipped, 2);
    for (const output of outputs) {
      const files = readdirSync(output, { recursive: true }).map(String);
      assert.ok(files.includes("pagefind.js"), output);
      assert.ok(files.includes("pagefind-entry.json"), output);
      assert.ok(
        files.every((file) => !file.startsWith("pagefind-ui")),
        output,
      );
      assert.equal(existsSync(join(output, "stale.pf_index")), false, "earlier output is replaced");
      const entry: unknown = JSON.parse(readFileSync(join(output, "pagefind-entry.json"), "utf8"));
      assert.match(JSON.stringify(entry), /"page_count":2/);
    }
  });

  test("fails when a post page has no marker, rather than leave the post out of search", async () => {
    const bare = join(root, "bare");
    mkdirSync(join(bare, "posts"), { recursive: true });
    writeFileSync(join(bare, "posts", "marked.html"), post("Marked", "Searchable."));
    writeFileSync(join(bare, "posts", "x.html"), page("<article><h1>X</h1><p>Not marked for search.</p></article>"));
    await assert.rejects(buildSearchIndex(bare, [join(root, "bare-out")]), /posts\/x\.html.*data-pagefind-body/);
  });

  test("pages sent to Pagefind sixteen at a time give the index of pages sent one by one", async () => {
    const many = join(root, "many");
    const words = ["ledger", "capture", "refund", "chargeback", "settlement", "interchange", "token", "retry"];
    for (let i = 0; i < 40; i++) {
      const file = join(many, "posts", `post-${String(i).padStart(2, "0")}.html`);
      mkdirSync(dirname(file), { recursive: true });
      const text = words.map((word, j) => `${word}${(i * 7 + j) % 13}`).join(" ");
      writeFileSync(file, post(`Post ${i}`, `${text} ${words[i % words.length]}.`));
    }
    const bundle = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort()
        .map((file) => [file, readFileSync(join(dir, file)).toString("base64")]);
    const one = await buildSearchIndex(many, [join(root, "many-one")], { pagesInFlight: 1 });
    const sixteen = await buildSearchIndex(many, [join(root, "many-sixteen")], { pagesInFlight: 16 });
    assert.equal(sixteen.pages.length, 40);
    assert.deepEqual(sixteen.pages, one.pages);
    assert.deepEqual(bundle(join(root, "many-sixteen")), bundle(join(root, "many-one")));
  });

  test("writes an empty index for a journal with no post yet", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, "index.html"), page("<h1>Flight journal</h1><p>No posts yet.</p>"));
    const report = await buildSearchIndex(empty, [join(root, "empty-out")]);
    assert.equal(report.pages.length, 0);
    assert.ok(existsSync(join(root, "empty-out", "pagefind-entry.json")));
  });
});
