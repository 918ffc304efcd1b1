// The copy of the content folder that contentlayer reads (vetted-copy.ts), on fixture files and a
// temporary folder. lib/content/content-build.test.ts runs contentlayer on it.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { UNKNOWN_FILE } from "./places";
import { prepareFile, syncContent } from "./vetted-copy";

const raw = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/raw/posts", name));
const dir = mkdtempSync(path.join(tmpdir(), "vetted-copy-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("prepareFile", () => {
  test("gives contentlayer a Windows file as its LF twin", () => {
    const windows = prepareFile("posts/a.mdx", raw("editors-windows.mdx"), "content/posts/a.mdx");
    assert.ok("bytes" in windows);
    assert.deepEqual(Buffer.from(windows.bytes), raw("editors-lf.mdx"));
  });

  test("refuses frontmatter that gray-matter would run as JavaScript", () => {
    assert.deepEqual(prepareFile("posts/x.mdx", raw("js-frontmatter.mdx"), "content/posts/x.mdx"), {
      problems: [
        'content/posts/x.mdx:1: frontmatter: the first line "---js" names a frontmatter language, expected a line of exactly --- (YAML only)',
      ],
    });
  });

  test("refuses what would harm a parser: binary, nesting, size, an unclosed block", () => {
    for (const [fixture, expected] of [
      ["binary.mdx", /:3: encoding: has a NUL byte/],
      ["deep-flow.mdx", /:6: frontmatter: is nested more than 3 levels deep/],
      ["huge-frontmatter.mdx", /:2: frontmatter: is 20163 bytes/],
      ["unclosed.mdx", /:1: frontmatter: is not closed/],
    ] as const) {
      const prepared = prepareFile("posts/x.mdx", raw(fixture), "content/posts/x.mdx");
      assert.ok("problems" in prepared, fixture);
      assert.match(prepared.problems.join("\n"), expected);
    }
  });

  test("leaves the rest to the schema and the check; refuses a file with no place in the folder", () => {
    assert.ok("bytes" in prepareFile("posts/x.mdx", Buffer.from("No frontmatter.\n"), "x"));
    // Aliases are the check's to report: contentlayer's YAML library stops their expansion itself.
    assert.ok("bytes" in prepareFile("posts/x.mdx", raw("billion-laughs.mdx"), "x"));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]);
    assert.deepEqual(prepareFile("notes.md", png, "content/notes.md"), {
      problems: [`content/notes.md: file: ${UNKNOWN_FILE}`],
    });
    assert.deepEqual(prepareFile("tags.yml", Buffer.from(`tags: ${"[".repeat(40)}`), "content/tags.yml"), {
      problems: [
        "content/tags.yml:1: YAML: is nested more than 3 levels deep, expected fields of plain values and lists",
      ],
    });
  });
});

describe("syncContent", () => {
  const from = path.join(dir, "content");
  const to = path.join(dir, "copy");
  mkdirSync(path.join(from, "posts"), { recursive: true });
  writeFileSync(path.join(from, "posts/windows.mdx"), raw("editors-windows.mdx"));
  writeFileSync(path.join(from, "posts/code.mdx"), raw("js-frontmatter.mdx"));
  symlinkSync("/etc/hostname", path.join(from, "posts/linked.mdx"));
  mkdirSync(path.join(from, "posts/charted"));
  writeFileSync(path.join(from, "posts/charted/index.mdx"), raw("editors-lf.mdx"));
  writeFileSync(path.join(from, "posts/charted/rates.json"), "[]");
  writeFileSync(path.join(from, "posts/charted/shot.png"), "");
  const modified = new Date("2024-03-01T10:00:00Z");
  utimesSync(path.join(from, "posts/windows.mdx"), modified, modified);
  const problems = syncContent(from, to, "content");
  const copied = path.join(to, "posts/windows.mdx");

  test("copies what contentlayer may read, normalised", () => {
    assert.deepEqual(readFileSync(copied), raw("editors-lf.mdx"));
  });

  test("writes a copy again only when its bytes change, so contentlayer's watcher sees only edits", () => {
    const before = statSync(copied).mtimeMs;
    syncContent(from, to, "content");
    assert.equal(statSync(copied).mtimeMs, before);
  });

  test("an edit reaches the copy, even one that keeps the original's modification time", () => {
    const original = path.join(from, "posts/windows.mdx");
    const { mtime } = statSync(original);
    writeFileSync(original, `${readFileSync(original, "utf8")}\nOne more line.\n`);
    utimesSync(original, mtime, mtime);
    syncContent(from, to, "content");
    assert.match(readFileSync(copied, "utf8"), /One more line\./);
  });

  test("leaves a post's own files out: contentlayer would read a .json as a document", () => {
    assert.equal(existsSync(path.join(to, "posts/charted/index.mdx")), true);
    assert.equal(existsSync(path.join(to, "posts/charted/rates.json")), false);
    assert.equal(existsSync(path.join(to, "posts/charted/shot.png")), false);
  });

  test("leaves refused files and symbolic links out, and names them", () => {
    assert.equal(existsSync(path.join(to, "posts/code.mdx")), false);
    assert.equal(existsSync(path.join(to, "posts/linked.mdx")), false);
    assert.deepEqual(
      problems.map((problem) => problem.replace(/: .*/, "")),
      ["content/posts/linked.mdx", "content/posts/code.mdx:1"],
    );
  });

  test("follows deletions", () => {
    rmSync(path.join(from, "posts/windows.mdx"));
    syncContent(from, to, "content");
    assert.equal(existsSync(path.join(to, "posts/windows.mdx")), false);
  });
});
