import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { splitFrontmatter } from "./frontmatter-block";
import { MARKDOWN_LIMITS, markdownLimitProblems } from "./safe-markdown";

const root = path.resolve(import.meta.dirname, "../..");
const fields = (body: string) => markdownLimitProblems(body).map((p) => `${p.line}: ${p.field}`);
const messages = (body: string) => markdownLimitProblems(body, 10).map((p) => `${p.line}: ${p.message}`);

/** `count` of `unit`, as lines of `perLine` units between blank lines, so that no other limit is reached first. */
const spread = (unit: string, count: number, perLine = 50) =>
  Array.from({ length: Math.ceil(count / perLine) }, (_, line) =>
    unit.repeat(Math.min(perLine, count - line * perLine)),
  ).join("\n\n");

describe("a body's limits: the limit itself passes, one more is refused, naming the limit and the count", () => {
  const { depth, lines, containers, brackets, delimiters, tags, tagDepth, cells } = MARKDOWN_LIMITS;
  const cases: [string, (n: number) => string, number, RegExp][] = [
    ["nested list items on one line", (n) => `${"- ".repeat(n)}a`, depth, /nests lists and block quotes 9 levels deep/],
    ["nested block quotes", (n) => `${"> ".repeat(n)}a`, depth, /nests lists and block quotes 9 levels deep/],
    ["nested ordered items", (n) => `${"1. ".repeat(n)}a`, depth, /9 levels deep/],
    [
      "sublists nested by indentation",
      (n) => Array.from({ length: n }, (_, level) => `${"  ".repeat(level)}- a`).join("\n"),
      depth,
      /9 levels deep .*expected at most 8$/,
    ],
    ["lines", (n) => "a\n".repeat(n - 1) + "a", lines, /has 3001 lines of Markdown outside fenced code blocks/],
    ["list items", (n) => "- a\n".repeat(n), containers, /has 2001 list items/],
    ["links", (n) => spread("[a](/b) ", n), brackets, /has 1001 links, images and footnote references/],
    ["emphasis", (n) => spread("*a ", n), delimiters, /has 2001 characters of emphasis and code/],
    ["tags", (n) => spread("<b>a</b>", n / 2), tags, /has 1002 JSX and HTML tags/],
    ["table cells", (n) => spread("|", n), cells, /has 2001 table cells/],
    [
      "nested elements",
      (n) => `${"<span>".repeat(n)}a${"</span>".repeat(n)}`,
      tagDepth,
      /nests JSX and HTML elements 17 deep here, expected at most 16/,
    ],
  ];
  for (const [name, make, limit, refusal] of cases) {
    test(name, () => {
      assert.deepEqual(markdownLimitProblems(make(limit)), [], `${limit} ${name}`);
      const problems = messages(make(limit + (name === "tags" ? 2 : 1)));
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.match(problems[0] ?? "", refusal);
    });
  }

  test("markup counts wherever the scan takes it to be: in a tag it thinks open, a link's address, inline code", () => {
    const over = "[".repeat(MARKDOWN_LIMITS.brackets + 1);
    const cases: [string, string][] = [
      [`<a\n>\n${over}`, "3: body"],
      [`[a](${over}`, "1: body"],
      [`\`${over}\``, "1: body"],
    ];
    for (const [body, expected] of cases) assert.deepEqual(fields(body), [expected], body.slice(0, 20));
  });

  test("a problem is named on the line of the file where it is", () => {
    assert.deepEqual(fields("Intro.\n\n" + "- ".repeat(9) + "a\n"), ["3: body"]);
    assert.match(messages("Intro.\n\n" + "- ".repeat(9) + "a\n")[0] ?? "", /^12: /);
  });
});

describe("an MDX expression is refused before any parser sees it, unless it is surely code", () => {
  test("braces in code are text: fenced blocks (top level or in a list), inline code, escapes, attribute strings", () => {
    const body = [
      "```json",
      '{ "amount": 100 }',
      "- - - - - - - - - - - - - [[[[",
      "```",
      "",
      "1. Send it:",
      "   ```json",
      '   { "currency": "EUR" }',
      "   ```",
      "",
      "Use `{}` or `map[string]interface{}` here, \\{ literally, and <abbr title=\"{x}\">x</abbr>.",
      "",
      "> ~~~",
      "> {",
      "> ~~~",
    ].join("\n");
    assert.deepEqual(markdownLimitProblems(body), []);
  });

  const refused: [string, string][] = [
    ["an expression", "The total is {1 + 1}."],
    ["one over many lines", "{\n{a:\n{a:\n1\n}\n}\n}"],
    ["an attribute expression", '<Callout title={"x"}>a</Callout>'],
    ["a fence left by a new list item", "- ```\n- {'a'}"],
    ["a fence left by less indentation", "- ```\n{'a'}"],
    ["a code span that a table cell splits", "| `a | {'b` |"],
    ["a code span closed on the next line only", "a `b\nc` {'d` e"],
    ["a backtick inside a link's title", '[a](x "a) `") {\'b `'],
    ["a backtick inside an attribute's string", "<a title=\"`\">{'x`</a>"],
  ];
  for (const [name, body] of refused) {
    test(`refused: ${name}`, () => {
      const [problem] = markdownLimitProblems(body);
      assert.equal(problem?.field, "{", body);
      assert.match(problem?.message ?? "", /^starts a JavaScript expression, which posts can't use/);
    });
  }
});

describe("what the journal writes is far inside the limits", () => {
  test("every post, fixture post and doc passes", () => {
    const files = ["content/posts", "e2e/fixtures/posts", "docs"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => path.join(root, dir, name)),
    );
    assert.ok(files.length > 8);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const block = splitFrontmatter(text);
      assert.deepEqual(markdownLimitProblems("body" in block ? block.body : text), [], file);
    }
  });
});
