import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkContent } from "../check/check-content";
import { scaffoldPost, slugify } from "./new-post";

const root = path.resolve(import.meta.dirname, "../..");
const known = { authors: ["manuel-huez", "gregoire-delpit"], tags: ["reliability", "payments-101"] };
const input = {
  title: "Retries without double charges",
  author: "manuel-huez",
  tags: ["reliability"],
  date: "2026-11-23",
};

test("slugs are lowercase ASCII words joined by hyphens", async () => {
  assert.equal(slugify("Zero-downtime Elasticsearch migrations"), "zero-downtime-elasticsearch-migrations");
  assert.equal(slugify("  Café: 3-D Secure — v2!  "), "cafe-3-d-secure-v2");
});

describe("scaffoldPost", () => {
  test("writes a draft with today's date and the author reference", async () => {
    const post = scaffoldPost(input, known);
    assert.ok(!("errors" in post));
    assert.equal(post.slug, "retries-without-double-charges");
    assert.match(
      post.source,
      /^---\ntitle: "Retries without double charges"\ndate: "2026-11-23"\nauthor: authors\/manuel-huez\.yml\n/,
    );
    assert.match(post.source, /\ntags: \[reliability\]\ndraft: true\n---\n/);
  });

  test("names unknown authors and tags with a suggestion and the known values", async () => {
    const result = scaffoldPost({ ...input, author: "manuel-hues", tags: ["relability"] }, known);
    assert.ok("errors" in result);
    assert.equal(result.errors.length, 2);
    assert.match(
      result.errors[0] ?? "",
      /unknown author "manuel-hues" — did you mean "manuel-huez"\?\n {2}known authors: manuel-huez, gregoire-delpit/,
    );
    assert.match(result.errors[1] ?? "", /unknown tag "relability" — did you mean "reliability"\?/);
  });

  test("refuses a missing title", async () => {
    const result = scaffoldPost({ ...input, title: " " }, known);
    assert.ok("errors" in result);
    assert.match(result.errors[0] ?? "", /--title is required/);
  });
});

describe("npm run new-post", () => {
  const workspace = mkdtempSync(path.join(tmpdir(), "journal-new-post-"));
  after(() => rmSync(workspace, { recursive: true, force: true }));
  const contentDir = path.join(workspace, "content");
  cpSync(path.join(root, "content/authors"), path.join(contentDir, "authors"), { recursive: true });
  cpSync(path.join(root, "content/tags.yml"), path.join(contentDir, "tags.yml"));
  cpSync(path.join(root, "content/series.yml"), path.join(contentDir, "series.yml"));
  mkdirSync(path.join(contentDir, "posts"));
  const run = (...args: string[]) =>
    spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/new-post.ts"), ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
  const file = path.join(contentDir, "posts/idempotency-keys-in-practice.mdx");

  test("creates a post that passes the content check", async () => {
    const result = run(
      "--title",
      "Idempotency keys: in practice",
      "--author",
      "manuel-huez",
      "--tags",
      "reliability,payments-101",
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(file, "utf8"), /^title: "Idempotency keys: in practice"$/m);
    assert.deepEqual((await checkContent({ contentDir, publicDir: path.join(root, "public") })), []);
  });

  test("refuses to overwrite an existing post", async () => {
    writeFileSync(file, "mine");
    const result = run("--title", "Idempotency keys in practice", "--author", "manuel-huez");
    assert.equal(result.status, 1);
    assert.match(result.stderr, /already exists/);
    assert.equal(readFileSync(file, "utf8"), "mine");
  });

  test("lists the authors when the author is unknown", async () => {
    const result = run("--title", "Anything", "--author", "nobody");
    assert.equal(result.status, 1);
    assert.match(result.stderr, /known authors: gregoire-delpit, guillaume-merindol, louis-paul-dareau, manuel-huez/);
  });
});
