// Runs the real content step (contentlayer2 with the journal's config) on fixture folders, proving
// that invalid content fails the build with a message naming the file and the field.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "test/fixtures");
// Inside the repository, so the compiled config still resolves the project's node_modules.
mkdirSync(path.join(root, ".tmp"), { recursive: true });
const workspace = mkdtempSync(path.join(root, ".tmp/content-build-"));
after(() => rmSync(workspace, { recursive: true, force: true }));

/** Builds a content folder holding the fixture authors and tags and the given posts (fixture name → target path). */
function buildContent(name: string, posts: Record<string, string>) {
  const dir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), path.join(dir, "content"), { recursive: true });
  for (const [fixture, target] of Object.entries(posts)) {
    cpSync(path.join(fixtures, "posts", fixture), path.join(dir, "content/posts", target));
  }
  const result = spawnSync(
    path.join(root, "node_modules/.bin/contentlayer2"),
    ["build", "--config", path.join(root, "contentlayer.config.ts")],
    // contentlayer takes its working directory from PWD, not from the process.
    { cwd: dir, encoding: "utf8", env: { ...process.env, PWD: dir, CONTENT_DIR: "content" } },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
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
    assert.match(output, /Generated 6 documents/);
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
      /expression\.mdx:10: <Chart>: unknown component/,
      /expression\.mdx:10: <Chart title>: attribute expressions are not rendered/,
    );
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
