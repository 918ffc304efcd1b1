import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { splitFrontmatter } from "./frontmatter-block";
import { readYaml, YAML_LIMITS } from "./safe-yaml";

/** The frontmatter of a post of test/fixtures/raw/posts, read as the check reads it, with the time it took. */
function frontmatterOf(name: string) {
  const text = readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/raw/posts", name), "utf8");
  const block = splitFrontmatter(text);
  assert.ok("yaml" in block, name);
  const started = performance.now();
  const read = readYaml(block.yaml, 2);
  return { ...read, seconds: (performance.now() - started) / 1000 };
}

describe("readYaml on hostile YAML: refuses fast, never expands or recurses without end", () => {
  const cases: [string, number, RegExp][] = [
    ["billion-laughs.mdx", 7, /^\*a is an alias, expected the value written out/],
    ["deep-flow.mdx", 6, /^is nested more than 3 levels deep/],
    ["deep-block.mdx", 7, /^is nested more than 3 levels deep/],
    ["four-levels.mdx", 7, /^is nested more than 3 levels deep/],
    ["huge-frontmatter.mdx", 2, /^is \d+ bytes, expected at most 16384 \(16 KiB\)$/],
  ];
  for (const [fixture, line, message] of cases) {
    test(fixture, () => {
      const { value, errors, refused, seconds } = frontmatterOf(fixture);
      assert.equal(value, undefined);
      assert.equal(refused, true);
      assert.equal(errors[0]?.line, line);
      assert.match(errors[0]?.message ?? "", message);
      assert.ok(seconds < 1, `${fixture}: ${seconds.toFixed(3)}s`);
    });
  }

  test("a single alias is refused too: no field of ours repeats a value", () => {
    const { errors, refused } = readYaml("a: &x 1\nb: *x\n");
    assert.equal(refused, true);
    assert.deepEqual(errors, [
      { line: 2, message: "*x is an alias, expected the value written out (aliases are not allowed)" },
    ]);
  });

  test("the size limit is in bytes, and the limit itself is accepted", () => {
    const filler = (bytes: number) => `a: "${"é".repeat((bytes - 6) / 2)}"\n`;
    assert.equal(Buffer.byteLength(filler(YAML_LIMITS.bytes)), YAML_LIMITS.bytes);
    assert.equal(readYaml(filler(YAML_LIMITS.bytes)).refused, false);
    assert.equal(readYaml(filler(YAML_LIMITS.bytes + 2)).refused, true);
  });

  test("three levels pass; brackets and quotes inside strings don't count as nesting", () => {
    const { value, errors } = readYaml(
      'tags:\n  - slug: a\n    label: "[[[[[[[[[[[[[[[[[[[[ it\'s \\" [[[["\n    description: \'{{{{{{{{{{{{{{{{{{{{\'\n',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(value, {
      tags: [{ slug: "a", label: '[[[[[[[[[[[[[[[[[[[[ it\'s " [[[[', description: "{{{{{{{{{{{{{{{{{{{{" }],
    });
  });
});

describe("readYaml on ordinary YAML", () => {
  test("gives each key's and item's line, counted from the file's first line", () => {
    const { lineOf, errors } = readYaml("title: x\ntags:\n  - a\n  - b\n", 2);
    assert.deepEqual(errors, []);
    assert.equal(lineOf(["title"]), 2);
    assert.equal(lineOf(["tags"]), 3);
    assert.equal(lineOf(["tags", 1]), 5);
    assert.equal(lineOf(["nope"]), undefined);
  });

  test("tabs where YAML allows them pass; a tab as indentation is a YAML error on its line", () => {
    assert.deepEqual(readYaml('title:\t"x"  \ntags:\n  -\ta\t# comment\n').value, { title: "x", tags: ["a"] });
    const { errors, refused } = readYaml("tags:\n\t- a\n");
    assert.equal(refused, false);
    assert.equal(errors[0]?.line, 2);
    assert.match(errors[0]?.message ?? "", /tab.*, expected valid YAML$/i);
  });

  test("duplicate keys are errors, and dates stay the strings their author wrote", () => {
    assert.deepEqual(readYaml("a: 1\nb: 2\na: 3\n", 2).errors, [{ line: 4, message: "a is given twice, expected each key once" }]);
    assert.deepEqual(readYaml("date: 2024-05-01T09:30:00Z\n").value, { date: "2024-05-01T09:30:00Z" });
  });
});
