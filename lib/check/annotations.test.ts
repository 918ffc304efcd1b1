import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { escapeData, escapeProperty, githubAnnotation } from "./annotations";
import type { CheckProblem } from "../content/problem";

const root = process.cwd();
const problem = (overrides: Partial<CheckProblem> = {}): CheckProblem => ({
  file: "content/posts/a.mdx",
  line: 4,
  field: "summary",
  message: "is missing, expected a string",
  ...overrides,
});

describe("GitHub annotations", () => {
  test("name the file from the repository root, the line and the field", () => {
    assert.equal(
      githubAnnotation(problem(), root),
      "::error file=content/posts/a.mdx,line=4,title=summary::is missing, expected a string",
    );
  });

  test("a path given from elsewhere is made relative to the root", () => {
    const file = path.join(root, "content/posts/2024/a.mdx");
    assert.match(githubAnnotation(problem({ file }), root), /^::error file=content\/posts\/2024\/a\.mdx,line=4,/);
  });

  test("carry the suggestion in the message", () => {
    const annotation = githubAnnotation(
      problem({ field: "author", message: "unknown author", suggestion: "ada" }),
      root,
    );
    assert.equal(
      annotation,
      '::error file=content/posts/a.mdx,line=4,title=author::unknown author — did you mean "ada"?',
    );
  });

  test("a problem without a line annotates the file", () => {
    assert.equal(
      githubAnnotation(problem({ file: "content/tags.yml", line: undefined, field: "tags.yml" }), root),
      "::error file=content/tags.yml,title=tags.yml::is missing, expected a string",
    );
  });

  test("a comma or colon in the path or the field cannot end the property", () => {
    const annotation = githubAnnotation(
      problem({ file: "content/posts/a,b:c.mdx", field: "<Chart title>: x,y" }),
      root,
    );
    assert.equal(
      annotation,
      "::error file=content/posts/a%2Cb%3Ac.mdx,line=4,title=<Chart title>%3A x%2Cy::is missing, expected a string",
    );
  });

  test("a multi-line message stays one command, its line breaks written as code points", () => {
    const annotation = githubAnnotation(problem({ message: "100% wrong\r\nsecond line" }), root);
    assert.equal(annotation.split("\n").length, 1);
    assert.match(annotation, /::100%25 wrong\\u\{000D\}\\u\{000A\}second line$/);
  });
});

describe("escaping, as GitHub's toolkit does", () => {
  test("data escapes %, CR and LF, and % first", () => {
    assert.equal(escapeData("%0A is not a newline\n"), "%250A is not a newline%0A");
    assert.equal(escapeData("a: b, c"), "a: b, c");
  });
  test("properties also escape : and ,", () => {
    assert.equal(escapeProperty("a: b, c%\n"), "a%3A b%2C c%25%0A");
  });
});
