import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { isPostFileName, noPostFiles, postFilesAt, postFolderDigest, readPostFile } from "./post-files";

const root = mkdtempSync(path.join(tmpdir(), "journal-post-files-"));
after(() => rmSync(root, { recursive: true, force: true }));

const posts = path.join(root, "posts");
const post = path.join(posts, "rates.mdx");
mkdirSync(path.join(posts, "data"), { recursive: true });
writeFileSync(path.join(posts, "rates.csv"), "week,Visa\n2024-01-01,94.1\n");
writeFileSync(path.join(root, "secret.csv"), "not,yours\n");
writeFileSync(path.join(posts, "data", "inner.csv"), "a\n1\n");
symlinkSync(path.join(root, "secret.csv"), path.join(posts, "linked.csv"));
mkdirSync(path.join(posts, "folder.csv"));

describe("readPostFile: the one resolver of a post's files", () => {
  test("reads a file beside the post, its path as messages name it", () => {
    assert.deepEqual(readPostFile(post, "./rates.csv"), {
      file: path.join(posts, "rates.csv"),
      text: "week,Visa\n2024-01-01,94.1\n",
    });
  });

  test("refuses any reference that could leave the post's folder, whatever is there", () => {
    for (const reference of ["../secret.csv", "./../secret.csv", path.join(root, "secret.csv"), "./data/inner.csv", "rates.csv"]) {
      const read = readPostFile(post, reference);
      assert.ok("problem" in read, reference);
      assert.match(read.problem, /is not a file beside the post, expected \.\/<name>\.csv/);
    }
  });

  test("refuses other kinds of files, by extension", () => {
    assert.deepEqual(readPostFile(post, "./rates.mdx"), {
      problem: '"./rates.mdx" is not a .csv or .json file, expected ./<name>.csv',
    });
  });

  test("refuses a missing file, a symbolic link and a folder, naming the path", () => {
    assert.deepEqual(readPostFile(post, "./missing.csv"), {
      problem: `"./missing.csv": ${path.join(posts, "missing.csv")} does not exist, expected a file beside the post`,
    });
    assert.deepEqual(readPostFile(post, "./linked.csv"), {
      problem: `"./linked.csv": ${path.join(posts, "linked.csv")} is a symbolic link, expected a regular file beside the post`,
    });
    assert.deepEqual(readPostFile(post, "./folder.csv"), {
      problem: `"./folder.csv": ${path.join(posts, "folder.csv")} is not a file, expected a regular file beside the post`,
    });
  });

  test("checks the size before reading, and the encoding after", () => {
    const big = path.join(posts, "big.csv");
    writeFileSync(big, `a\n${"1\n".repeat(128 * 1024)}`);
    assert.deepEqual(readPostFile(post, "./big.csv"), { problem: `${big} is 257 KiB, expected at most 256 KiB` });
    writeFileSync(path.join(posts, "latin1.csv"), Buffer.from([0x61, 0x0a, 0xe9, 0x0a]));
    assert.deepEqual(readPostFile(post, "./latin1.csv"), {
      problem: `${path.join(posts, "latin1.csv")}:2: byte 0xE9 at offset 2 is not UTF-8, expected UTF-8 text (save the file as UTF-8)`,
    });
    writeFileSync(path.join(posts, "empty.json"), "\n");
    assert.deepEqual(readPostFile(post, "./empty.json"), {
      problem: `${path.join(posts, "empty.json")}:1: is empty, expected rows of data`,
    });
  });

  test("postFilesAt binds the resolver to a post; a body without a post reads nothing", () => {
    assert.deepEqual(postFilesAt(post).read("./rates.csv"), readPostFile(post, "./rates.csv"));
    assert.equal(postFilesAt(post).post, post);
    assert.deepEqual(noPostFiles("a test").read("./rates.csv"), {
      problem: `"./rates.csv": this body is rendered without its post's folder`,
    });
  });

  test("the content folder may hold .csv and .json files beside posts, nothing else", () => {
    assert.deepEqual(["a.csv", "a.JSON", "a.txt", "a.csv.png", "csv"].map(isPostFileName), [true, true, false, false, false]);
  });

  test("the folder's digest changes with any data file beside the post, and with nothing else", () => {
    const before = postFolderDigest(post);
    writeFileSync(path.join(posts, "notes.txt"), "ignored");
    assert.equal(postFolderDigest(post), before);
    writeFileSync(path.join(posts, "rates.csv"), "week,Visa\n2024-01-01,94.2\n");
    assert.notEqual(postFolderDigest(post), before);
  });
});
