// Runs the real content step (the check, and contentlayer's generation as `npm run build` runs it, with the journal's
// config) on fixture folders, proving that invalid content fails the build with a message naming the file and the field.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkContent } from "../check/check-content";
import { formatCheckProblem } from "./problem";

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
function copyContent(name: string, posts: Record<string, string>): string {
  const dir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), path.join(dir, "content"), { recursive: true });
  for (const [fixture, target] of Object.entries(posts)) {
    cpSync(path.join(fixtures, "posts", fixture), path.join(dir, "content/posts", target));
  }
  return dir;
}

function buildContent(name: string, posts: Record<string, string>) {
  const dir = copyContent(name, posts);
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/.bin/contentlayer2"), "build", "--config", path.join(root, "contentlayer.config.ts")],
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

// Each build is a contentlayer run of a second or more: problems that one run reports together share a build.
describe("the content step", { concurrency: 2 }, () => {
  test("runs the check: an impossible date and a slug used twice fail the build's step, with their lines", () => {
    const dir = copyContent("step", {
      "valid.mdx": "2024/valid.mdx",
      [raw("editors-lf.mdx")]: "2025/valid.mdx",
      "impossible-date.mdx": "impossible-date.mdx",
    });
    // The step `npm run build` runs, on this folder's content.
    const step = path.join(root, "scripts/build/content-step.ts");
    const run = `import(${JSON.stringify(step)}).then(async (s) => { process.exitCode = await s.journalContentStep(${JSON.stringify(root)}); })`;
    const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["-e", run], {
      cwd: dir,
      encoding: "utf8",
      timeout: 180_000,
      env: { ...process.env, PWD: dir, CONTENT_DIR: "content" },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 1, output);
    assert.match(output, /content\/posts\/impossible-date\.mdx:\d+: date: "2025-02-30" is not a calendar day/);
    assert.match(output, /content\/posts\/2025\/valid\.mdx:\d+: slug: "valid" is already used by posts\/2024\/valid\.mdx/);
  });

  test("fails on a missing field, a wrong type, an unknown field or author, and a billion-laughs post unexpanded", () => {
    const posts = ["missing-title.mdx", "wrong-type.mdx", "extra-field.mdx", "unknown-author.mdx"];
    const { status, signal, output } = buildContent("schema", {
      ...Object.fromEntries(posts.map((post) => [post, post])),
      [raw("billion-laughs.mdx")]: "billion-laughs.mdx",
    });
    assert.equal(signal, null, "contentlayer hung and was stopped");
    assert.notEqual(status, 0, `expected the content step to fail:\n${output}`);
    assert.match(output, /"posts\/missing-title\.mdx" \(of type "Post"\) is missing [^\n]*\n[^•]*• title: string/);
    assert.match(output, /"posts\/wrong-type\.mdx" of type "Post" has the following incompatible fields:[^•]*• draft/);
    assert.match(output, /"posts\/extra-field\.mdx" of type "Post" has the following extra fields:[^•]*• subtitle/);
    assert.match(output, /"posts\/unknown-author\.mdx" of type "Post" with field "author" [^\n]*manuel-hues/);
    // The yaml package's own limit (100 alias expansions); npm run check reports the alias with its line.
    assert.match(output, /posts\/billion-laughs\.mdx.*Excessive alias count/);
  });

  test("refuses hostile files before any parser sees them, naming each: an expression, `---js`, deep nesting", () => {
    const { status, output, dir } = buildContent("hostile", {
      "expression.mdx": "expression.mdx",
      [raw("js-frontmatter.mdx")]: "js-frontmatter.mdx",
      [raw("deep-flow.mdx")]: "deep-flow.mdx",
    });
    assert.notEqual(status, 0, output);
    // MDX parses an expression again at each `}` it holds: refused by the copy contentlayer reads (safe-markdown.ts),
    // so that nothing that parses a body from the collection ever sees it.
    assert.match(output, /content\/posts\/expression\.mdx:8: \{: starts a JavaScript expression/);
    assert.match(output, /content\/posts\/js-frontmatter\.mdx:1: frontmatter: the first line "---js" names a frontmatter language/);
    assert.equal(existsSync(path.join(dir, "frontmatter-code-ran")), false, "the frontmatter's code ran");
    assert.match(output, /content\/posts\/deep-flow\.mdx:6: frontmatter: is nested more than 3 levels deep/);
  });

  // A body is parsed once, by the check's compile (lib/render/mdx-compile.ts): its rules are the check's.
  async function assertRefused(name: string, fixture: string, ...expected: RegExp[]) {
    const dir = copyContent(name, { [fixture]: fixture });
    const problems = await checkContent({ contentDir: path.join(dir, "content"), publicDir: path.join(root, "public") });
    const output = problems.map((p) => formatCheckProblem({ ...p, file: path.relative(dir, p.file) })).join("\n");
    for (const pattern of expected) assert.match(output, pattern);
  }

  test("refuses a JavaScript expression before any parser sees it, naming the line", async () => {
    // Refused by the check's compile (safe-markdown.ts), with its line, before it parses anything.
    await assertRefused("expression", "expression.mdx", /content\/posts\/expression\.mdx:8: \{: starts a JavaScript expression/);
  });

  test("refuses a post with elements or addresses outside the allow-list, naming each", async () => {
    await assertRefused(
      "unsafe-html",
      "unsafe-html.mdx",
      /content\/posts\/unsafe-html\.mdx:11: <script>: element not allowed in posts/,
      /unsafe-html\.mdx:13: <iframe>: element not allowed in posts/,
      /unsafe-html\.mdx:15: link: "javascript:alert\(1\)": "javascript:" addresses are refused/,
    );
  });

  test("accepts valid posts, leaves a chart's data files alone (no documents), builds a Windows file like its twin", () => {
    const lf = buildContent("editors-lf", {
      "valid.mdx": "valid.mdx",
      [raw("editors-lf.mdx")]: "editors/index.mdx",
      "rates.json": "editors/rates.json",
      "rates.csv": "editors/rates.csv",
    });
    const windows = buildContent("editors-windows", { [raw("editors-windows.mdx")]: "editors/index.mdx" });
    assert.equal(lf.status, 0, lf.output);
    // Two posts, four authors, the tag registry and the series registry: the data files are none of them.
    assert.match(lf.output, /Generated 8 documents/);
    assert.equal(windows.status, 0, windows.output);
    const file = "editors__index.mdx";
    const [fromLf, fromWindows] = [generatedPost(lf.dir, file), generatedPost(windows.dir, file)];
    assert.equal(fromWindows["title"], "Written on Windows");
    for (const field of ["title", "summary", "date", "updated", "tags", "body"]) {
      assert.deepEqual(fromWindows[field], fromLf[field], field);
    }
  });
});
