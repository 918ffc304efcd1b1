import assert from "node:assert/strict";
import { test } from "node:test";
import { splitFrontmatter } from "./frontmatter-block";

test("splits the block, the closing line and the body; fences may carry trailing spaces", () => {
  assert.deepEqual(splitFrontmatter("---  \ntitle: x\ndate: y\n---\t\n\nBody\n"), {
    yaml: "title: x\ndate: y\n",
    closeLine: 4,
    body: "\nBody\n",
  });
  assert.deepEqual(splitFrontmatter("---\n---\nBody"), { yaml: "", closeLine: 2, body: "Body" });
});

test("refuses a frontmatter language, which contentlayer's gray-matter would run as code", () => {
  for (const opening of ["---js", "---javascript", "--- coffee", "---yaml"]) {
    const problem = splitFrontmatter(`${opening}\n{ title: "x" }\n---\nBody`);
    assert.ok("refused" in problem && problem.refused, opening);
    assert.match("message" in problem ? problem.message : "", /names a frontmatter language/);
  }
});

test("a block must be closed by a line of exactly ---", () => {
  assert.deepEqual(splitFrontmatter("---\ntitle: x\nBody"), {
    line: 1,
    message: "is not closed, expected a line of exactly --- after the fields",
    refused: false,
  });
  assert.deepEqual(splitFrontmatter("---\ntitle: x\n---x\nBody"), {
    line: 3,
    message: '"---x" ends the frontmatter early, expected a line of exactly --- to end it',
    refused: false,
  });
  const none = splitFrontmatter("# No frontmatter\n");
  assert.ok("message" in none && !none.refused && /^no frontmatter/.test(none.message));
});
