import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { readSourceText } from "./safe-text";

const raw = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/raw/posts", name));
const textOf = (bytes: Uint8Array) => {
  const read = readSourceText(bytes, { empty: "a post", maxBytes: 64 * 1024 });
  assert.ok("text" in read, JSON.stringify(read));
  return read.text;
};
const problemOf = (bytes: Uint8Array) => {
  const read = readSourceText(bytes, { empty: "a post", maxBytes: 64 * 1024 });
  assert.ok("problem" in read, "expected a problem");
  return read.problem;
};

describe("readSourceText", () => {
  test("a file saved on Windows (byte-order mark, CRLF) reads exactly like its LF twin", () => {
    const windows = raw("editors-windows.mdx");
    // The fixture really is what a Windows editor writes (git and Prettier are told to leave it alone).
    assert.deepEqual([...windows.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(windows.includes("\r\n"));
    assert.equal(textOf(windows), textOf(raw("editors-lf.mdx")));
    assert.ok(!textOf(windows).includes("\r"));
  });

  test("an old Mac line ending (CR alone) is a line ending too", () => {
    assert.equal(textOf(Buffer.from("a\rb\r\nc")), "a\nb\nc");
  });

  test("refuses UTF-16, binary and non-UTF-8 files, naming the line of the first bad byte", () => {
    assert.deepEqual(problemOf(raw("utf16.mdx")), {
      line: 1,
      field: "encoding",
      message: "is UTF-16, expected UTF-8 (save the file as UTF-8 in your editor)",
    });
    assert.equal(problemOf(raw("binary.mdx")).message, "has a NUL byte at offset 8 (a binary file?), expected UTF-8 text");
    const latin1 = problemOf(raw("not-utf8.mdx"));
    assert.equal(latin1.line, 2);
    assert.match(latin1.message, /^byte 0xE9 at offset 15 is not UTF-8/);
  });

  test("finds the first invalid byte after valid multi-byte characters", () => {
    const bytes = Buffer.concat([Buffer.from("é€😀\nok\n"), Buffer.from([0xe2, 0x82]), Buffer.from("\n")]);
    assert.deepEqual(problemOf(bytes), {
      line: 3,
      field: "encoding",
      message: "byte 0xE2 at offset 13 is not UTF-8, expected UTF-8 text (save the file as UTF-8)",
    });
    // Overlong and surrogate encodings are not UTF-8 either.
    assert.equal(problemOf(Buffer.from([0x61, 0xc0, 0xaf])).field, "encoding");
    assert.equal(problemOf(Buffer.from([0xed, 0xa0, 0x80])).field, "encoding");
  });

  test("an empty or blank file says what was expected", () => {
    assert.deepEqual(problemOf(raw("empty.mdx")), { line: 1, field: "file", message: "is empty, expected a post" });
    assert.equal(problemOf(Buffer.from("\ufeff \r\n\t\n")).field, "file");
  });
});
