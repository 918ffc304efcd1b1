// Runs the real content step (contentlayer's generation as `npm run build` runs it, with the journal's config) on
// fixture folders, proving that invalid content fails the build with a message naming the file and the field.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "test/fixtures");
// Inside the repository, so the compiled config still resolves the project's node_modules.
mkdirSync(path.join(root, ".tmp"), { recursive: true });
const workspace = mkdtempSync(path.join(root, ".tmp/content-build-"));
after(() => rmSync(workspace, { recursive: true, force: true }));

/**
 * Builds a content folder holding the fixture authors and tags and the given posts (fixture path under
 * test/fixtures/posts → target path; `raw(name)` for test/fixtures/raw/posts, kept byte for byte).
 */
function buildContent(name: string, posts: Record<string, string>) {
  const dir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), path.join(dir, "content"), { recursive: true });
  for (const [fixture, target] of Object.entries(posts)) {
    cpSync(path.join(fixtures, "posts", fixture), path.join(dir, "content/posts", target));
  }
  const result = spawnSync(
    process.execPath,
    [path.join(root, "scripts/generate-content.mjs"), "--config", path.join(root, "contentlayer.config.ts")],
    // contentlayer takes its working directory from PWD, not from the process.
    // The timeout turns a hang into a failure: a hostile post must never stall the build.
    { cwd: dir, encoding: "utf8", timeout: 180_000, env: { ...process.env, PWD: dir, CONTENT_DIR: "content" } },
  );
  return { status: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}`, dir };
}

const raw = (name: string) => path.join("../raw/posts", name);

/** What contentlayer generated for one post of a build. */
function generatedPost(dir: string, file: string): Record<string, unknown> {
  const json: unknown = JSON.parse(readFileSync(path.join(dir, ".contentlayer/generated/Post", `posts__${file}.json`), "utf8"));
  assert.ok(json && typeof json === "object" && !Array.isArray(json));
  return Object.fromEntries(Object.entries(json));
}

function assertFails(name: string, fixture: string, ...expected: RegExp[]) {
  const { status, output } = buildContent(name, { [fixture]: fixture });
  assert.notEqual(status, 0, `expected the content step to fail:\n${output}`);
  for (const pattern of expected) assert.match(output, pattern);
}

describe("the content step", { concurrency: 2 }, () => {
  test("accepts a valid post", () => {
    const { status, output } = buildContent("valid", { "valid.mdx": "valid.mdx" });
    assert.equal(status, 0, output);
    // The post, four authors, the tag registry and the series registry.
    assert.match(output, /Generated 7 documents/);
  });

  test("leaves a chart's data files beside a post alone: they are no documents", () => {
    const { status, output } = buildContent("data-files", {
      "valid.mdx": "valid.mdx",
      "rates.json": "rates.json",
      "rates.csv": "rates.csv",
    });
    assert.equal(status, 0, output);
    assert.match(output, /Generated 7 documents/);
  });

  test("fails on a missing required field", () => {
    assertFails("missing", "missing-title.mdx", /missing-title\.mdx/, /title/);
  });

  test("fails on a field of the wrong type", () => {
    assertFails("wrong-type", "wrong-type.mdx", /wrong-type\.mdx/, /draft/);
  });

  test("fails on a field the schema does not know", () => {
    assertFails("extra", "extra-field.mdx", /extra-field\.mdx/, /subtitle/);
  });

  test("fails on an unknown author", () => {
    assertFails("author", "unknown-author.mdx", /unknown-author\.mdx/, /author/, /manuel-hues/);
  });

  test("fails on an impossible calendar date", () => {
    assertFails(
      "date",
      "impossible-date.mdx",
      /content\/posts\/impossible-date\.mdx: date: "2025-02-30" is not a calendar day/,
    );
  });

  test("fails on MDX constructs that rendering would drop, naming the line", () => {
    assertFails(
      "expression",
      "expression.mdx",
      /content\/posts\/expression\.mdx:8: \{1 \+ 1\}: JavaScript expressions are not rendered/,
      /expression\.mdx:10: <Graph>: element not allowed in posts, expected one of the journal.s components/,
      /expression\.mdx:10: <Graph title>: attribute expressions are not rendered/,
    );
  });

  test("refuses a post with elements or addresses outside the allow-list, naming each", () => {
    assertFails(
      "unsafe-html",
      "unsafe-html.mdx",
      /content\/posts\/unsafe-html\.mdx:11: <script>: element not allowed in posts/,
      /unsafe-html\.mdx:13: <iframe>: element not allowed in posts/,
      /unsafe-html\.mdx:15: link: "javascript:alert\(1\)": "javascript:" addresses are refused/,
    );
  });

  test("builds a post saved on Windows (byte-order mark, CRLF, tabs, trailing spaces) exactly like its LF twin", () => {
    const lf = buildContent("editors-lf", { [raw("editors-lf.mdx")]: "editors.mdx" });
    const windows = buildContent("editors-windows", { [raw("editors-windows.mdx")]: "editors.mdx" });
    assert.equal(lf.status, 0, lf.output);
    assert.equal(windows.status, 0, windows.output);
    const [fromLf, fromWindows] = [generatedPost(lf.dir, "editors.mdx"), generatedPost(windows.dir, "editors.mdx")];
    assert.equal(fromWindows["title"], "Written on Windows");
    for (const field of ["title", "summary", "date", "updated", "tags", "body"]) {
      assert.deepEqual(fromWindows[field], fromLf[field], field);
    }
  });

  test("never runs frontmatter written as JavaScript (`---js`), and says why", () => {
    const { status, output, dir } = buildContent("js", { [raw("js-frontmatter.mdx")]: "js-frontmatter.mdx" });
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/posts\/js-frontmatter\.mdx:1: frontmatter: the first line "---js" names a frontmatter language/);
    assert.equal(existsSync(path.join(dir, "frontmatter-code-ran")), false, "the frontmatter's code ran");
  });

  test("fails on a billion-laughs post instead of expanding it", () => {
    const { status, signal, output } = buildContent("laughs", { [raw("billion-laughs.mdx")]: "billion-laughs.mdx" });
    assert.equal(signal, null, "contentlayer hung and was stopped");
    assert.notEqual(status, 0, output);
    // The yaml package's own limit (100 alias expansions); npm run check reports the alias with its line.
    assert.match(output, /posts\/billion-laughs\.mdx.*Excessive alias count/);
  });

  test("fails on frontmatter nested deep enough to make a YAML parser recurse, before parsing it", () => {
    const { status, output } = buildContent("deep", { [raw("deep-flow.mdx")]: "deep-flow.mdx" });
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/posts\/deep-flow\.mdx:6: frontmatter: is nested more than 3 levels deep/);
  });

  test("fails on two posts with the same slug in different folders", () => {
    const { status, output } = buildContent("duplicate", {
      "valid.mdx": "2024/valid.mdx",
      "impossible-date.mdx": "2025/valid.mdx",
    });
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/posts\/2025\/valid\.mdx: slug: "valid" is already used by posts\/2024\/valid\.mdx/);
  });
});
