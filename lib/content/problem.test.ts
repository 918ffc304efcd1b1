import assert from "node:assert/strict";
import { test } from "node:test";
import { githubAnnotation } from "../check/annotations";
import { formatCheckProblem } from "./problem";

test("a problem prints as one line: line breaks and invisible characters from the content are written as code points", () => {
  // A file named with a line break, a parser quoting the text: neither may start a line (a workflow command).
  const problem = {
    file: "posts/p/x\n::warning::named.png",
    line: 3,
    field: "JSON",
    message: 'Unexpected token \':\', "[\r\n1,\u2028::error fi"... is not valid JSON, expected \u202Evalid JSON',
  };
  const printed = formatCheckProblem(problem);
  assert.equal(
    printed,
    'posts/p/x\\u{000A}::warning::named.png:3: JSON: Unexpected token \':\', "[\\u{000D}\\u{000A}1,\\u{2028}::error fi"... is not valid JSON, expected \\u{202E}valid JSON',
  );
  assert.equal(githubAnnotation(problem, ".").split("\n").length, 1);
  assert.doesNotMatch(githubAnnotation(problem, "."), /%0A|\u2028|\u202E/);
  // What authors write in any language passes as it is.
  const plain = { file: "posts/é.mdx", line: 1, field: "title", message: "« Paiements » 支付 🇫🇷 is fine" };
  assert.equal(formatCheckProblem(plain), "posts/é.mdx:1: title: « Paiements » 支付 🇫🇷 is fine");
});
