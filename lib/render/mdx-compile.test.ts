// A post is parsed once per version of its text: the content check compiles it, and the reading time, the page
// and the feeds use what that compile left in the build cache, as `npm run build` runs them.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { CACHE_ENV } from "../cache/store";
import { checkContent } from "../check/check-content";
import { parseCount } from "../content/body-tree";
import { wordsOf } from "../content/reading-time";
import { POST_FILE } from "../content/places";
import { readSourceText } from "../content/safe-text";
import { compiledPost, compilePost } from "./mdx-compile";

const root = path.resolve(import.meta.dirname, "../..");
const cacheDir = mkdtempSync(path.join(tmpdir(), "journal-parses-"));
after(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  delete process.env[CACHE_ENV];
});

test("each post is parsed once: by the check's compile, then read by the reading time, the page and the feeds", async (t) => {
  const cache = process.env[CACHE_ENV];
  process.env[CACHE_ENV] = JSON.stringify({ dir: cacheDir, versions: { mdx: "test", words: "test" } });
  t.after(() => {
    if (cache === undefined) delete process.env[CACHE_ENV];
    else process.env[CACHE_ENV] = cache;
  });
  const contentDir = path.join(root, "content");
  const posts = readdirSync(path.join(contentDir, "posts"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => path.join(contentDir, "posts", file));
  assert.ok(posts.length >= 6);

  const before = parseCount();
  assert.deepEqual(await checkContent({ contentDir, publicDir: path.join(root, "public") }), []);
  assert.equal(parseCount() - before, posts.length, "the check parses each post once");

  for (const file of posts) {
    const read = readSourceText(readFileSync(file), POST_FILE);
    assert.ok("text" in read);
    const compiled = await compilePost(read.text);
    assert.ok("post" in compiled);
    assert.equal(wordsOf(read.text), compiled.post.words);
    // What the page and each feed run (lib/render/mdx.tsx, mdx-static.tsx): the compiled body, from the cache.
    assert.deepEqual(await compiledPost(read.text, file), compiled.post);
    assert.deepEqual(await compiledPost(read.text, file), compiled.post);
  }
  assert.equal(parseCount() - before, posts.length, "nothing after the check parses a post again");
});

test("without the build cache, the word count parses the text but compiles nothing", (t) => {
  const cache = process.env[CACHE_ENV];
  delete process.env[CACHE_ENV];
  t.after(() => {
    if (cache !== undefined) process.env[CACHE_ENV] = cache;
  });
  const before = parseCount();
  assert.equal(wordsOf("---\ntitle: x\n---\n\nFour words of prose.\n\n```ts\nconst a = 1;\n```\n"), 8);
  assert.equal(parseCount() - before, 1);
});

test("a problem is reported on its line in the file, frontmatter counted", async () => {
  const result = await compilePost('---\ntitle: "x"\n---\n\nText.\n\n<script>alert(1)</script>\n');
  assert.ok("problems" in result);
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.construct]),
    [[7, "<script>"]],
  );
  const broken = await compilePost("---\ntitle: x\n---\n\nText\n\n<Callout>\n");
  assert.ok("problems" in broken);
  assert.equal(broken.problems[0]?.construct, "MDX");
  assert.equal(broken.problems[0]?.line, 7, JSON.stringify(broken.problems));
});
