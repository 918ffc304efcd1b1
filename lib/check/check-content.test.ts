import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
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

const DATE_FORMATS = "YYYY-MM-DD or a date-time with its zone such as 2024-05-01T09:30:00Z or 2024-05-01T09:30+02:00";

/**
 * The valid base corpus plus the given fixture cases (case file → path under posts/; a case file is under
 * test/fixtures/check/cases unless `from` says otherwise); returns printed lines.
 */
function check(name: string, cases: Record<string, string> = {}, from = path.join(fixtures, "cases")): string[] {
  const contentDir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
  for (const [fixture, target] of Object.entries(cases)) {
    mkdirSync(path.dirname(path.join(contentDir, "posts", target)), { recursive: true });
    cpSync(path.join(from, fixture), path.join(contentDir, "posts", target));
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
        'posts/unknown-field.mdx:7: sumary: is not a known field, expected one of: title, date, updated, author, summary, tags, series, draft — did you mean "summary"?',
      ],
    ],
    [
      "no-frontmatter.mdx",
      ["posts/no-frontmatter.mdx:1: frontmatter: no frontmatter, expected the file to start with a --- YAML block ---"],
    ],
    [
      "impossible-dates.mdx",
      [
        `posts/impossible-dates.mdx:3: date: "2025-02-30" is not a calendar day, expected ${DATE_FORMATS}`,
        `posts/impossible-dates.mdx:4: updated: "2025-13-01" is not a calendar day, expected ${DATE_FORMATS}`,
      ],
    ],
    ["malformed-date.mdx", [`posts/malformed-date.mdx:3: date: "yesterday" is not a date, expected ${DATE_FORMATS}`]],
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
        'posts/broken-links.mdx:14: image: "/posts/good/missing.png" is not relative to the post, expected a file beside the post, written ./<name>.<png|jpg|jpeg|webp|avif|gif|svg>',
      ],
    ],
    [
      "Bad_Name.mdx",
      [
        'posts/Bad_Name.mdx:1: file name: "Bad_Name" is not a slug, expected lowercase letters, digits and single hyphens',
      ],
    ],
    [
      "notes.txt",
      [
        "posts/notes.txt: file: is not a kind of file a post may hold, expected an image (png, jpg, jpeg, webp, avif, gif, svg) or data (csv, json)",
      ],
    ],
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

describe("npm run check on a post's files", () => {
  /** The base corpus with `files` written under posts/ (path → content), and `more` done to it; printed lines. */
  function withFiles(name: string, files: Record<string, string>, more: (contentDir: string) => void = () => {}) {
    const contentDir = path.join(workspace, `files-${name}`);
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(contentDir, "posts", file)), { recursive: true });
      writeFileSync(path.join(contentDir, "posts", file), text);
    }
    more(contentDir);
    return checkContent({ contentDir, publicDir, today: "2026-01-01" }).map((problem) =>
      formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
    );
  }
  const post = (body: string) =>
    `---\ntitle: "Files"\ndate: "2024-03-01"\nauthor: authors/manuel-huez.yml\nsummary: "A post that shows files of its own, some of them wrongly."\n---\n\n${body}\n`;

  test("a file no post uses, a file of an unknown kind and a file outside any post folder fail, named", () => {
    assert.deepEqual(
      withFiles("unused", {
        "files/index.mdx": post("No figure."),
        "files/left-over.png": "",
        "files/notes.pdf": "",
        "loose/photo.jpg": "",
      }),
      [
        "posts/files/left-over.png: file: is not used by posts/files/index.mdx, expected the post to show it (e.g. ![alt](./left-over.png)) or the file removed",
        "posts/files/notes.pdf: file: is not a kind of file a post may hold, expected an image (png, jpg, jpeg, webp, avif, gif, svg) or data (csv, json)",
        "posts/loose/photo.jpg: file: belongs to no post, expected it beside the post that uses it, in posts/<slug>/ with index.mdx",
      ],
    );
  });

  test("a missing file, a single-file post's ./ file, an empty alt and a linked file fail with their line", () => {
    const lines = withFiles(
      "references",
      {
        "files/index.mdx": post('![](./missing.png)\n\n<Figure src="./real.svg" alt="" />\n\n![Linked](./linked.svg)'),
        "files/real.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
        "single.mdx": post("![A chart](./chart.png)").replace('"Files"', '"Single"'),
      },
      (contentDir) => symlinkSync("/etc/hostname", path.join(contentDir, "posts/files/linked.svg")),
    );
    assert.deepEqual(lines, [
      'posts/files/index.mdx:8: image: "./missing.png": no file posts/files/missing.png, expected a file beside the post',
      "posts/files/index.mdx:8: image: has no alt text, expected what the image shows, for readers who can't see it: ![…](./missing.png)",
      "posts/files/index.mdx:10: <Figure alt>: is empty, expected what the image shows, for readers who can't see it",
      "posts/files/index.mdx:12: image: posts/files/linked.svg is a symbolic link, expected a regular file",
      "posts/files/linked.svg: file: is a symbolic link, expected a regular file",
      'posts/single.mdx:8: image: "./chart.png": only a post in a folder has files of its own, expected the post moved to posts/<slug>/index.mdx with the file beside it',
    ]);
  });

  test("an SVG is refused with its line and the element or attribute, a file over the size limit with its size", () => {
    const lines = withFiles(
      "svg",
      {
        "files/index.mdx": post("![Scope](./scope.svg)\n\n![Huge](./huge.png)"),
        "files/scope.svg":
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<script>alert(1)</script>\n</svg>',
        "files/huge.png": "",
      },
      // A sparse file: 11 MB on paper, nothing on disk.
      (contentDir) => truncateSync(path.join(contentDir, "posts/files/huge.png"), 11 * 1024 * 1024),
    );
    assert.deepEqual(lines, [
      "posts/files/huge.png: file: is 11.0 MB (11534336 bytes), expected at most 10.0 MB: export it smaller or as WebP/AVIF",
      "posts/files/scope.svg:2: <script>: would run or link from the journal's origin, expected shapes, text, gradients and filters",
    ]);
  });

  test("a post folder holds one post", () => {
    assert.deepEqual(
      withFiles("nested", {
        "files/index.mdx": post("One."),
        "files/other.mdx": post("Two.").replace('"Files"', '"Other"'),
      }),
      ["posts/files/other.mdx: file name: is inside the folder of posts/files/index.mdx, expected one post a folder"],
    );
  });
});

/** One file of test/fixtures/raw/posts (kept byte for byte) beside the base corpus, timed. */
function raw(fixture: string): { lines: string[]; seconds: number } {
  const started = performance.now();
  const lines = check(
    `raw-${fixture.replace(/\W/g, "-")}`,
    { [fixture]: fixture },
    path.join(root, "test/fixtures/raw/posts"),
  );
  return { lines, seconds: (performance.now() - started) / 1000 };
}

describe("npm run check on files from any editor", () => {
  test("a byte-order mark, CRLF endings, tabs after colons and trailing spaces are fine", () => {
    assert.deepEqual(raw("editors-windows.mdx").lines, []);
    assert.deepEqual(raw("editors-lf.mdx").lines, []);
  });

  const cases: [string, string][] = [
    ["empty.mdx", "posts/empty.mdx:1: file: is empty, expected frontmatter (--- … ---) and the post's text after it"],
    ["frontmatter-only.mdx", "posts/frontmatter-only.mdx:6: body: is empty, expected the post's text after ---"],
    ["binary.mdx", "posts/binary.mdx:3: encoding: has a NUL byte at offset 8 (a binary file?), expected UTF-8 text"],
    [
      "not-utf8.mdx",
      "posts/not-utf8.mdx:2: encoding: byte 0xE9 at offset 15 is not UTF-8, expected UTF-8 text (save the file as UTF-8)",
    ],
    ["utf16.mdx", "posts/utf16.mdx:1: encoding: is UTF-16, expected UTF-8 (save the file as UTF-8 in your editor)"],
    [
      "unclosed.mdx",
      "posts/unclosed.mdx:1: frontmatter: is not closed, expected a line of exactly --- after the fields",
    ],
    [
      "js-frontmatter.mdx",
      'posts/js-frontmatter.mdx:1: frontmatter: the first line "---js" names a frontmatter language, expected a line of exactly --- (YAML only)',
    ],
  ];
  for (const [fixture, expected] of cases) {
    test(`rejects ${fixture} with one clear line`, () => assert.deepEqual(raw(fixture).lines, [expected]));
  }

  test("refuses a symbolic link, which could make the build read any file", () => {
    const contentDir = path.join(workspace, "symlink");
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    symlinkSync(path.join(fixtures, "base/posts/good.mdx"), path.join(contentDir, "posts/linked.mdx"));
    const lines = checkContent({ contentDir, publicDir, today: "2026-01-01" }).map((problem) =>
      formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
    );
    assert.deepEqual(lines, ["posts/linked.mdx: file: is a symbolic link, expected a regular file"]);
  });
});

describe("npm run check on hostile frontmatter: fails in well under a second, never hangs", () => {
  const cases: [string, string][] = [
    [
      "billion-laughs.mdx",
      "posts/billion-laughs.mdx:7: frontmatter: *a is an alias, expected the value written out (aliases are not allowed)",
    ],
    [
      "deep-flow.mdx",
      "posts/deep-flow.mdx:6: frontmatter: is nested more than 3 levels deep, expected fields of plain values and lists",
    ],
    [
      "deep-block.mdx",
      "posts/deep-block.mdx:7: frontmatter: is nested more than 3 levels deep, expected fields of plain values and lists",
    ],
    [
      "four-levels.mdx",
      "posts/four-levels.mdx:7: frontmatter: is nested more than 3 levels deep, expected fields of plain values and lists",
    ],
    [
      "huge-frontmatter.mdx",
      "posts/huge-frontmatter.mdx:2: frontmatter: is 20163 bytes, expected at most 16384 (16 KiB)",
    ],
  ];
  for (const [fixture, expected] of cases) {
    test(fixture, () => {
      const { lines, seconds } = raw(fixture);
      assert.equal(lines[0], expected, lines.join("\n"));
      assert.ok(seconds < 1, `${fixture}: ${seconds.toFixed(3)}s`);
    });
  }
});
