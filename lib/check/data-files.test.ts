// content/authors/*.yml and content/tags.yml under `npm run check`: the valid base corpus of
// test/fixtures/check plus one case file each (test/fixtures/check/data, or test/fixtures/raw/data for
// files kept byte for byte), each problem printed as the author reads it.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkContent } from "./check-content";
import { formatCheckProblem } from "../content/problem";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "test/fixtures");
const workspace = mkdtempSync(path.join(tmpdir(), "journal-data-files-"));
after(() => rmSync(workspace, { recursive: true, force: true }));

/** Checks the base corpus with one fixture (a path under test/fixtures) copied to `target` in content/. */
async function check(fixture: string, target: string): Promise<{ lines: string[]; seconds: number }> {
  const contentDir = path.join(workspace, `${target}-${path.basename(fixture)}`.replace(/\W/g, "-"));
  cpSync(path.join(fixtures, "check/base"), contentDir, { recursive: true });
  cpSync(path.join(fixtures, fixture), path.join(contentDir, target));
  const started = performance.now();
  const problems = await checkContent({
    contentDir,
    publicDir: path.join(fixtures, "check/public"),
    today: "2026-01-01",
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    lines: problems.map((problem) => formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) })),
    seconds,
  };
}

const author = async (name: string, as = name) => (await check(`check/data/authors/${name}`, `authors/${as}`)).lines;
const tags = async (name: string) => (await check(`check/data/tags/${name}`, "tags.yml")).lines;

describe("author files", () => {
  const expected = "expected a file under public/ as a path such as /authors/ada-lovelace.jpg";
  const cases: [string, string[]][] = [
    ["no-role.yml", ["authors/no-role.yml:1: role: is missing, expected a string"]],
    [
      "empty-name.yml",
      [
        "authors/empty-name.yml:1: name: is empty, expected some text",
        "authors/empty-name.yml:2: role: is empty, expected some text",
      ],
    ],
    [
      "unknown-field.yml",
      [
        'authors/unknown-field.yml:3: avatr: is not a known field, expected one of: name, role, avatar, bio — did you mean "avatar"?',
      ],
    ],
    [
      "wrong-type.yml",
      [
        'authors/wrong-type.yml:1: name: ["Ada","Lovelace"] has the wrong type, expected a string',
        "authors/wrong-type.yml:2: role: 42 has the wrong type, expected a string",
      ],
    ],
    [
      "Ada_Lovelace.yml",
      [
        'authors/Ada_Lovelace.yml:1: file name: "Ada_Lovelace" is not a slug, expected lowercase letters, digits and single hyphens',
      ],
    ],
    [
      "ada.yaml",
      [
        "authors/ada.yaml: file: is not a file the journal reads, expected one of posts/<slug>.mdx, posts/<slug>/<file>.png|jpg|jpeg|webp|avif|gif|svg|csv|json (beside posts/<slug>/index.mdx), authors/<slug>.yml, tags.yml, series.yml (in content/)",
      ],
    ],
    ["list.yml", ["authors/list.yml:1: YAML: is not a mapping of fields, expected name: and role: fields"]],
    ["good-avatar.yml", []],
    [
      "remote-avatar.yml",
      [
        `authors/remote-avatar.yml:3: avatar: "https://cdn.example.com/ada.jpg" is not a path on this site, ${expected}`,
      ],
    ],
    [
      "protocol-relative-avatar.yml",
      [
        `authors/protocol-relative-avatar.yml:3: avatar: "//cdn.example.com/ada.jpg" is not a path on this site, ${expected}`,
      ],
    ],
    [
      "relative-avatar.yml",
      [`authors/relative-avatar.yml:3: avatar: "authors/ada-lovelace.svg" is not a path on this site, ${expected}`],
    ],
    ["missing-avatar.yml", [`authors/missing-avatar.yml:3: avatar: /authors/missing.jpg does not exist, ${expected}`]],
    [
      "escaping-avatar.yml",
      [`authors/escaping-avatar.yml:3: avatar: /../base/tags.yml leads out of public/, ${expected}`],
    ],
    ["folder-avatar.yml", [`authors/folder-avatar.yml:3: avatar: /authors does not exist, ${expected}`]],
  ];
  for (const [fixture, lines] of cases) {
    test(`${lines.length ? "rejects" : "accepts"} ${fixture}`, async () =>
      assert.deepEqual(await author(fixture), lines));
  }
});

describe("author files from any editor, or hostile", () => {
  const raw = async (name: string) => await check(`raw/data/${name}`, `authors/${name}`);

  test("a byte-order mark, CRLF line endings, tabs after colons and trailing spaces are fine", async () => {
    assert.deepEqual((await raw("author-windows.yml")).lines, []);
  });

  test("an invisible character is named with its line: a name shown reversed is not the name reviewed", async () => {
    assert.deepEqual((await raw("author-invisible.yml")).lines, [
      'authors/author-invisible.yml:1: character: U+202E RIGHT-TO-LEFT OVERRIDE at column 12 draws nothing or reorders the text around it, so the page would not show what the file\'s diff shows, expected visible text (docs/authoring.md, "Invisible characters")',
    ]);
  });

  test("an alias fails fast with its line, never expanded", async () => {
    const { lines, seconds } = await raw("author-laughs.yml");
    assert.deepEqual(lines, [
      "authors/author-laughs.yml:2: YAML: *n is an alias, expected the value written out (aliases are not allowed)",
    ]);
    assert.ok(seconds < 1, `${seconds}s`);
  });

  test("an oversized file is refused before parsing, naming the limit", async () => {
    const { lines, seconds } = await raw("author-huge.yml");
    assert.deepEqual(lines, [
      "authors/author-huge.yml:1: file: is 20033 bytes (20 KiB), expected at most 16384 bytes (16 KiB)",
    ]);
    assert.ok(seconds < 1, `${seconds}s`);
  });

  test("a binary file is refused with the line of its first NUL byte", async () => {
    assert.deepEqual((await raw("author-binary.yml")).lines, [
      "authors/author-binary.yml:1: encoding: has a NUL byte at offset 9 (a binary file?), expected UTF-8 text",
    ]);
  });

  test("a key given twice is a YAML error on its line", async () => {
    const [line, ...rest] = (await raw("author-duplicate-key.yml")).lines;
    assert.match(
      line ?? "",
      /^authors\/author-duplicate-key\.yml:3: YAML: name is given twice, expected each key once$/,
    );
    assert.deepEqual(rest, []);
  });
});

describe("the tag registry", () => {
  test("rejects a slug that is not one and a slug used twice, on their lines", async () => {
    assert.deepEqual(await tags("bad-slugs.yml"), [
      'tags.yml:8: slug: "Card Schemes" is not a slug, expected lowercase letters, digits and single hyphens',
      'tags.yml:11: slug: "testing" is already the slug of the tag on line 2, expected a unique slug (case-insensitive)',
    ]);
  });

  test("rejects a label used twice, whatever its case", async () => {
    assert.deepEqual(await tags("duplicate-labels.yml"), [
      'tags.yml:9: label: "TESTING" is already the label of the tag on line 3, expected a unique label (case-insensitive)',
    ]);
  });

  test("rejects missing, empty and unknown fields and items that are not mappings", async () => {
    assert.deepEqual(await tags("missing-fields.yml"), [
      "tags.yml:5: description: is missing, expected a string",
      "tags.yml:6: label: is empty, expected some text",
      "tags.yml:10: colour: is not a known field, expected one of: slug, label, description",
      'tags.yml:11: tags: item 4 is "just a string", expected a mapping of slug, label, description',
    ]);
  });

  test("rejects a field beside `tags`", async () => {
    assert.deepEqual(await tags("unknown-top-field.yml"), [
      "tags.yml:8: categories: is not a known field, expected one of: tags",
    ]);
  });

  test("rejects a registry without a `tags` list, and every post's tags with it", async () => {
    const lines = await tags("no-tags-list.yml");
    assert.ok(
      lines.includes("tags.yml:1: tags: is missing, expected a list of `field: value` mappings"),
      lines.join("\n"),
    );
    assert.ok(
      lines.includes('tags.yml:1: tag: is not a known field, expected one of: tags — did you mean "tags"?'),
      lines.join("\n"),
    );
    assert.ok(
      lines.some((line) => /^posts\/good\.mdx:6: tags: unknown tag "testing"/.test(line)),
      lines.join("\n"),
    );
  });

  test("refuses aliases and deep nesting fast, on their lines", async () => {
    for (const [fixture, expected] of [
      ["tags-laughs.yml", /^tags\.yml:5: YAML: \*t0 is an alias, expected the value written out/],
      ["tags-deep.yml", /^tags\.yml:4: YAML: is nested more than 3 levels deep/],
    ] as const) {
      const { lines, seconds } = await check(`raw/data/${fixture}`, "tags.yml");
      assert.match(lines.find((line) => line.startsWith("tags.yml")) ?? "", expected, lines.join("\n"));
      assert.ok(seconds < 1, `${fixture}: ${seconds}s`);
    }
  });
});
