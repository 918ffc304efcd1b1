import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkContent } from "./check-content";
import { formatCheckProblem } from "./problem";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "test/fixtures/check");
const publicDir = path.join(fixtures, "public");
const workspace = mkdtempSync(path.join(tmpdir(), "journal-check-"));
after(() => rmSync(workspace, { recursive: true, force: true }));

/** The valid base corpus plus the given fixture cases (case file → path under posts/); returns printed lines. */
function check(name: string, cases: Record<string, string> = {}): string[] {
  const contentDir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
  for (const [fixture, target] of Object.entries(cases)) {
    mkdirSync(path.dirname(path.join(contentDir, "posts", target)), { recursive: true });
    cpSync(path.join(fixtures, "cases", fixture), path.join(contentDir, "posts", target));
  }
  return checkContent({ contentDir, publicDir, today: "2026-01-01" }).map((problem) =>
    formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
  );
}

const only = (fixture: string) => check(fixture.replace(/\W/g, "-"), { [fixture]: fixture });

describe("npm run check", () => {
  test("a valid corpus passes", () => {
    assert.deepEqual(check("valid"), []);
  });

  test("the journal's own content passes", () => {
    assert.deepEqual(
      checkContent({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public") }),
      [],
    );
  });

  const cases: [string, string[]][] = [
    ["missing-field.mdx", ["posts/missing-field.mdx:1: summary: is missing, expected a string"]],
    ["wrong-type.mdx", ['posts/wrong-type.mdx:7: draft: "yes" has the wrong type, expected true or false']],
    [
      "unknown-field.mdx",
      [
        'posts/unknown-field.mdx:7: sumary: is not a known field, expected one of: title, date, updated, author, summary, tags, draft — did you mean "summary"?',
      ],
    ],
    [
      "no-frontmatter.mdx",
      ["posts/no-frontmatter.mdx:1: frontmatter: no frontmatter, expected the file to start with a --- YAML block ---"],
    ],
    [
      "impossible-dates.mdx",
      [
        'posts/impossible-dates.mdx:3: date: "2025-02-30" is not a calendar day, expected YYYY-MM-DD',
        'posts/impossible-dates.mdx:4: updated: "2025-13-01" is not a calendar day, expected YYYY-MM-DD',
      ],
    ],
    [
      "malformed-date.mdx",
      ['posts/malformed-date.mdx:3: date: "yesterday" is not a calendar day, expected YYYY-MM-DD'],
    ],
    [
      "updated-before-date.mdx",
      [
        "posts/updated-before-date.mdx:4: updated: 2023-12-31 is before date 2024-01-10, expected the same day or later",
      ],
    ],
    [
      "unknown-author.mdx",
      [
        'posts/unknown-author.mdx:4: author: unknown author "authors/manuel-hues.yml", expected one of: authors/gregoire-delpit.yml, authors/guillaume-merindol.yml, authors/louis-paul-dareau.yml, authors/manuel-huez.yml — did you mean "authors/manuel-huez.yml"?',
      ],
    ],
    [
      "unknown-tag.mdx",
      [
        'posts/unknown-tag.mdx:6: tags: unknown tag "testng", expected one of content/tags.yml — did you mean "testing"?',
      ],
    ],
    [
      "duplicate-title.mdx",
      [
        'posts/good.mdx:2: title: "A good post" is already the title of posts/duplicate-title.mdx, expected a unique title',
      ],
    ],
    ["empty-summary.mdx", ["posts/empty-summary.mdx:5: summary: is empty, expected at least 50"]],
    ["long-title.mdx", ["posts/long-title.mdx:2: title: is 109 characters, expected at most 90"]],
    [
      "dropped-construct.mdx",
      [
        "posts/dropped-construct.mdx:9: {1 + 1}: JavaScript expressions are not rendered, expected text (write \\{ or `code` for a literal brace)",
      ],
    ],
    [
      "broken-links.mdx",
      [
        'posts/broken-links.mdx:11: link: no post "nope", expected the slug of a post in content/posts/',
        'posts/broken-links.mdx:11: link: no heading #nope in post "good", expected one of its heading ids',
        "posts/broken-links.mdx:11: link: no heading #missing in this post, expected one of its heading ids",
        'posts/broken-links.mdx:11: link: no author "nobody", expected a file in content/authors/',
        'posts/broken-links.mdx:12: link: no tag "nope", expected a tag of content/tags.yml',
        'posts/broken-links.mdx:12: link: relative link "good", expected a root-relative path such as /posts/<slug>',
        "posts/broken-links.mdx:12: link: /nowhere is not a page of the journal, expected /posts/<slug>, /authors/<slug>, /tags/<tag> or a file under public/",
        "posts/broken-links.mdx:14: image: /posts/good/missing.png does not exist, expected a file under public/",
      ],
    ],
    [
      "Bad_Name.mdx",
      [
        'posts/Bad_Name.mdx:1: file name: "Bad_Name" is not a slug, expected lowercase letters, digits and single hyphens',
      ],
    ],
    ["notes.txt", ["posts/notes.txt: file name: is not an .mdx file, expected posts to be <slug>.mdx"]],
  ];
  for (const [fixture, expected] of cases) {
    test(`rejects ${fixture}`, () => {
      assert.deepEqual(only(fixture), expected);
    });
  }

  test("rejects malformed YAML with its line", () => {
    const [problem, ...rest] = only("malformed-yaml.mdx");
    assert.match(problem ?? "", /^posts\/malformed-yaml\.mdx:\d+: frontmatter: .+, expected valid YAML$/);
    assert.deepEqual(rest, []);
  });

  test("rejects MDX that does not compile, with its line", () => {
    const problems = only("broken-mdx.mdx");
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? "", /^posts\/broken-mdx\.mdx:11: MDX: .*div.*, expected MDX that compiles$/);
  });

  test("rejects a duplicate slug in another folder", () => {
    assert.deepEqual(check("duplicate-slug", { "duplicate-slug.mdx": "2024/good.mdx" }), [
      'posts/good.mdx:1: slug: "good" is already used by posts/2024/good.mdx, expected a unique file name',
    ]);
  });

  test("rejects a published post linking to a draft, but not the draft itself", () => {
    assert.deepEqual(
      check("draft-link", { "draft-target.mdx": "draft-target.mdx", "links-to-draft.mdx": "links-to-draft.mdx" }),
      ['posts/links-to-draft.mdx:9: link: post "draft-target" is not published, expected a published post'],
    );
  });

  test("reports every problem of a corpus in one run", () => {
    const problems = check("many", {
      "unknown-tag.mdx": "unknown-tag.mdx",
      "malformed-date.mdx": "malformed-date.mdx",
      "long-title.mdx": "long-title.mdx",
    });
    assert.equal(problems.length, 3);
  });
});
