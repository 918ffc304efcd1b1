import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import {
  noPostFiles,
  postFileKind,
  postFileReferenceProblem,
  postFolder,
  postSlug,
  readPostFile,
  resolvePostFile,
} from "./post-files";

test("a post's slug is its file's stem, or its folder's name for index.mdx", () => {
  assert.equal(postSlug("posts/retries.mdx"), "retries");
  assert.equal(postSlug("posts/2017/retries.mdx"), "retries");
  assert.equal(postSlug("posts/retries/index.mdx"), "retries");
  assert.equal(postSlug("posts/2017/retries/index.mdx"), "retries");
  assert.equal(postFolder("posts/retries/index.mdx"), "posts/retries");
  assert.equal(postFolder("posts/retries.mdx"), undefined);
});

test("file kinds come from an allow-list of extensions, in any case", () => {
  assert.equal(postFileKind("a.PNG"), "image");
  assert.equal(postFileKind("a.svg"), "image");
  assert.equal(postFileKind("rates.csv"), "data");
  assert.equal(postFileKind("notes.pdf"), undefined);
  assert.equal(postFileKind("README"), undefined);
});

test("a reference is ./ and plain names inside the post's folder, of the kind asked for", () => {
  assert.equal(postFileReferenceProblem("./dashboard.png", "image"), undefined);
  assert.equal(postFileReferenceProblem("./shots/dashboard-2.webp", "image"), undefined);
  assert.match(postFileReferenceProblem("dashboard.png", "image") ?? "", /is not relative to the post/);
  assert.match(postFileReferenceProblem("/posts/x/dashboard.png", "image") ?? "", /is not relative/);
  assert.match(postFileReferenceProblem("https://example.com/a.png", "image") ?? "", /is not relative/);
  assert.match(postFileReferenceProblem("./../other/a.png", "image") ?? "", /leaves the post's folder/);
  assert.match(postFileReferenceProblem("./a/../../b.png", "image") ?? "", /leaves the post's folder/);
  assert.match(postFileReferenceProblem("./my image.png", "image") ?? "", /characters other than/);
  assert.match(postFileReferenceProblem("./a%2F..%2Fb.png", "image") ?? "", /characters other than/);
  assert.match(postFileReferenceProblem("./rates.csv", "image") ?? "", /not a kind of file this takes/);
  assert.match(postFileReferenceProblem("./shot.png", "data") ?? "", /\.\/<name>\.<csv\|json>/);
});

test("resolving looks at the disk: missing files, links and single-file posts are refused", () => {
  const content = mkdtempSync(path.join(tmpdir(), "post-files-"));
  mkdirSync(path.join(content, "posts/retries/shots"), { recursive: true });
  writeFileSync(path.join(content, "posts/retries/index.mdx"), "");
  writeFileSync(path.join(content, "posts/retries/shots/a.png"), "");
  writeFileSync(path.join(content, "outside.png"), "");
  symlinkSync(path.join(content, "outside.png"), path.join(content, "posts/retries/link.png"));
  symlinkSync(path.join(content, "posts/retries/shots"), path.join(content, "posts/retries/linked"));
  mkdirSync(path.join(content, "posts/retries/folder.png"));

  assert.deepEqual(resolvePostFile(content, "posts/retries/index.mdx", "./shots/a.png", "image"), {
    path: "posts/retries/shots/a.png",
    file: path.join(content, "posts/retries/shots/a.png"),
  });
  const problem = (reference: string, source = "posts/retries/index.mdx") => {
    const resolved = resolvePostFile(content, source, reference, "image");
    return "problem" in resolved ? resolved.problem : "resolved";
  };
  assert.match(problem("./missing.png"), /no file posts\/retries\/missing\.png/);
  assert.match(problem("./link.png"), /posts\/retries\/link\.png is a symbolic link/);
  assert.match(problem("./linked/a.png"), /posts\/retries\/linked is a symbolic link/);
  assert.match(problem("./folder.png"), /is not a file/);
  assert.match(problem("./../outside.png"), /leaves the post's folder/);
  assert.match(problem("./a.png", "posts/retries.mdx"), /moved to posts\/<slug>\/index\.mdx/);
});

test("readPostFile reads a data file of a post folder, within its limit, and nothing outside it", () => {
  const root = mkdtempSync(path.join(tmpdir(), "journal-read-post-file-"));
  const folder = path.join(root, "posts", "rates");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.mdx"), "---\n---\n");
  writeFileSync(path.join(folder, "rates.csv"), "week,Visa\n2024-01-01,94.1\n");
  writeFileSync(path.join(folder, "big.csv"), `a\n${"1\n".repeat(200_000)}`);
  writeFileSync(path.join(root, "secret.csv"), "not,yours\n");
  const post = path.join(folder, "index.mdx");
  assert.deepEqual(readPostFile(post, "./rates.csv"), {
    file: path.join(folder, "rates.csv"),
    text: "week,Visa\n2024-01-01,94.1\n",
  });
  assert.match(JSON.stringify(readPostFile(post, "../secret.csv")), /is not relative to the post/);
  assert.match(JSON.stringify(readPostFile(post, "./../secret.csv")), /leaves the post's folder/);
  assert.match(JSON.stringify(readPostFile(post, "./big.csv")), /is 391 KiB, expected at most 256 KiB/);
  // Read as a post is: a character that reorders the text is refused with its line.
  writeFileSync(path.join(folder, "bidi.csv"), "week,Visa\n2024-01-01,moc.lapyap\u202E\n2024-01-08,\u202E1\n");
  const bidi = readPostFile(post, "./bidi.csv");
  assert.ok("problem" in bidi);
  assert.match(bidi.problem, /bidi\.csv:2: character: U\+202E RIGHT-TO-LEFT OVERRIDE at column 22 .* \(and 1 more\)$/);
  assert.match(JSON.stringify(readPostFile(path.join(root, "posts", "single.mdx"), "./rates.csv")), /only a post in a folder/);
  assert.match(JSON.stringify(noPostFiles("x").read("./rates.csv")), /without its post's folder/);
});
