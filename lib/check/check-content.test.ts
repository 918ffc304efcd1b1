import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { MAX_CHARTS } from "../content/figure-rules";
import { UNKNOWN_FILE } from "../content/places";
import { checkContent } from "./check-content";
import { formatCheckProblem } from "../content/problem";

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
async function check(
  name: string,
  cases: Record<string, string> = {},
  from = path.join(fixtures, "cases"),
): Promise<string[]> {
  const contentDir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
  for (const [fixture, target] of Object.entries(cases)) {
    mkdirSync(path.dirname(path.join(contentDir, "posts", target)), { recursive: true });
    cpSync(path.join(from, fixture), path.join(contentDir, "posts", target));
  }
  return (await checkContent({ contentDir, publicDir, today: "2026-01-01" })).map((problem) =>
    formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
  );
}

const only = async (fixture: string) => await check(fixture.replace(/\W/g, "-"), { [fixture]: fixture });

describe("npm run check", () => {
  test("a valid corpus passes", async () => {
    assert.deepEqual(await check("valid"), []);
  });

  test("the journal's own content passes", async () => {
    assert.deepEqual(
      await checkContent({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public") }),
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
        "posts/dropped-construct.mdx:9: {: starts a JavaScript expression, which posts can't use, expected text: write \\{, or keep the code in an inline code span closed on its line or in a fenced code block (```)",
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
        "posts/notes.txt: file: is not a file the journal reads, expected one of posts/<slug>.mdx, posts/<slug>/<file>.png|jpg|jpeg|webp|avif|gif|svg|csv|json (beside posts/<slug>/index.mdx), authors/<slug>.yml, tags.yml, series.yml (in content/)",
      ],
    ],
  ];
  for (const [fixture, expected] of cases) {
    test(`rejects ${fixture}`, async () => {
      assert.deepEqual(await only(fixture), expected);
    });
  }

  test("rejects malformed YAML with its line", async () => {
    const [problem, ...rest] = await only("malformed-yaml.mdx");
    assert.match(problem ?? "", /^posts\/malformed-yaml\.mdx:\d+: frontmatter: .+, expected valid YAML$/);
    assert.deepEqual(rest, []);
  });

  test("rejects MDX that does not compile, with its line", async () => {
    const problems = await only("broken-mdx.mdx");
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? "", /^posts\/broken-mdx\.mdx:11: MDX: .*div.*, expected MDX that compiles$/);
  });

  test("rejects a duplicate slug in another folder", async () => {
    assert.deepEqual(await check("duplicate-slug", { "duplicate-slug.mdx": "2024/good.mdx" }), [
      'posts/good.mdx:1: slug: "good" is already used by posts/2024/good.mdx, expected a unique file name',
    ]);
  });

  test("rejects a published post linking to a draft, but not the draft itself", async () => {
    assert.deepEqual(
      await check("draft-link", {
        "draft-target.mdx": "draft-target.mdx",
        "links-to-draft.mdx": "links-to-draft.mdx",
      }),
      ['posts/links-to-draft.mdx:9: link: post "draft-target" is not published, expected a published post'],
    );
  });

  test("a chart's data beside its post passes; bad data is named by file, line and column", async () => {
    assert.deepEqual(await check("chart", { "chart.mdx": "chart/index.mdx", "chart-good.csv": "chart/chart.csv" }), []);
    assert.deepEqual(await check("chart-bad", { "chart.mdx": "chart/index.mdx", "chart-bad.csv": "chart/chart.csv" }), [
      'posts/chart/chart.csv:3: column "Visa": "12,3" is not a number, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)',
      "posts/chart/chart.csv:4: row: has 2 values, expected 3 (week, Visa, Mastercard)",
    ]);
    // One chart too many is refused on its line: each draws its data into the page.
    const charts = (count: number) =>
      `---\ntitle: "Charts"\ndate: "2024-01-10"\nauthor: authors/manuel-huez.yml\nsummary: "A summary long enough to pass the length rule of the journal."\ntags: [testing]\n---\n` +
      '\n<Chart data="./chart.csv" x="week" y="Visa" title="Visa" description="Visa by week." />\n'.repeat(count);
    const many = path.join(workspace, "many-charts");
    const post = { [many]: "chart/index.mdx", [path.join(fixtures, "cases/chart-good.csv")]: "chart/chart.csv" };
    writeFileSync(many, charts(MAX_CHARTS));
    assert.deepEqual(await check("charts-max", post, ""), []);
    writeFileSync(many, charts(MAX_CHARTS + 1));
    assert.deepEqual(await check("charts-over", post, ""), [
      `posts/chart/index.mdx:${9 + 2 * MAX_CHARTS}: <Chart>: is chart ${MAX_CHARTS + 1} of this post, expected at most ${MAX_CHARTS} charts in a post`,
    ]);
    // Two charts of one bad file: the file's problems once.
    assert.deepEqual(
      await check("chart-twice", { "chart-twice.mdx": "chart/index.mdx", "chart-bad.csv": "chart/chart.csv" }),
      await check("chart-bad-once", { "chart.mdx": "chart/index.mdx", "chart-bad.csv": "chart/chart.csv" }),
    );
    assert.deepEqual(await check("chart-missing", { "chart.mdx": "chart/index.mdx" }), [
      'posts/chart/index.mdx:9: data: "./chart.csv": no file posts/chart/chart.csv, expected a file beside the post',
    ]);
  });

  test("a data file that no post reads is refused", async () => {
    assert.deepEqual(
      await check("chart-unused", {
        "chart.mdx": "chart/index.mdx",
        "chart-good.csv": "chart/chart.csv",
        "chart-bad.csv": "chart/old.csv",
      }),
      [
        'posts/chart/old.csv: file: is not used by posts/chart/index.mdx, expected the post to show it (e.g. <Chart data="./old.csv">) or the file removed',
      ],
    );
  });

  test("reports every problem of a corpus in one run", async () => {
    const problems = await check("many", {
      "unknown-tag.mdx": "unknown-tag.mdx",
      "malformed-date.mdx": "malformed-date.mdx",
      "long-title.mdx": "long-title.mdx",
    });
    assert.equal(problems.length, 3);
  });
});

describe("npm run check on a post's files", () => {
  /** The base corpus with `files` written under posts/ (path → content), and `more` done to it; printed lines. */
  async function withFiles(name: string, files: Record<string, string>, more: (contentDir: string) => void = () => {}) {
    const contentDir = path.join(workspace, `files-${name}`);
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(contentDir, "posts", file)), { recursive: true });
      writeFileSync(path.join(contentDir, "posts", file), text);
    }
    more(contentDir);
    return (await checkContent({ contentDir, publicDir, today: "2026-01-01" })).map((problem) =>
      formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
    );
  }
  const post = (body: string) =>
    `---\ntitle: "Files"\ndate: "2024-03-01"\nauthor: authors/manuel-huez.yml\nsummary: "A post that shows files of its own, some of them wrongly."\n---\n\n${body}\n`;

  test("a file no post uses, a file of an unknown kind and a file outside any post folder fail, named", async () => {
    assert.deepEqual(
      await withFiles("unused", {
        "files/index.mdx": post("No figure."),
        "files/left-over.png": "",
        "files/notes.pdf": "",
        "loose/photo.jpg": "",
      }),
      [
        "posts/files/left-over.png: file: is not used by posts/files/index.mdx, expected the post to show it (e.g. ![alt](./left-over.png)) or the file removed",
        "posts/files/left-over.png: image: is not a readable image (Input Buffer is empty)",
        "posts/files/notes.pdf: file: is not a file the journal reads, expected one of posts/<slug>.mdx, posts/<slug>/<file>.png|jpg|jpeg|webp|avif|gif|svg|csv|json (beside posts/<slug>/index.mdx), authors/<slug>.yml, tags.yml, series.yml (in content/)",
        "posts/loose/photo.jpg: file: belongs to no post, expected it beside the post that uses it, in posts/<slug>/ with index.mdx",
        "posts/loose/photo.jpg: image: is not a readable image (Input Buffer is empty)",
      ],
    );
  });

  test("a missing file, a single-file post's ./ file, an empty alt and a linked file fail with their line", async () => {
    const lines = await withFiles(
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

  test("an SVG is refused with its line and the element or attribute, a file over the size limit with its size", async () => {
    const lines = await withFiles(
      "svg",
      {
        "files/index.mdx": post("![Scope](./scope.svg)\n\n![Huge](./huge.png)\n\n![Latin](./latin.svg)"),
        "files/scope.svg":
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<script>alert(1)</script>\n</svg>',
        "files/huge.png": "",
        "files/latin.svg": "",
      },
      (contentDir) => {
        // A sparse file: 11 MB on paper, nothing on disk.
        truncateSync(path.join(contentDir, "posts/files/huge.png"), 11 * 1024 * 1024);
        // Saved as Latin-1: the image step refuses it, so the check does too (both read lib/media/image-reading.ts).
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>caf\u00e9</text></svg>';
        writeFileSync(path.join(contentDir, "posts/files/latin.svg"), Buffer.from(svg, "latin1"));
      },
    );
    assert.deepEqual(lines, [
      "posts/files/huge.png: file: is 11.0 MB (11534336 bytes), expected at most 10.0 MB: export it smaller or as WebP/AVIF",
      "posts/files/latin.svg: file: is not UTF-8 text, expected an SVG drawing",
      "posts/files/scope.svg:2: <script>: would run or link from the journal's origin, expected shapes, text, gradients and filters",
    ]);
  });

  test("more problems than a function call takes arguments are each reported, not a crash", async () => {
    const many = 130_000;
    const lines = await withFiles("many", {
      "files/index.mdx": post("![Many](./many.svg)"),
      "files/many.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${"<x/>".repeat(many)}</svg>`,
    });
    assert.equal(lines.length, many);
    assert.equal(
      lines[0],
      "posts/files/many.svg:1: <x>: is not an element of a static drawing, expected shapes, text, gradients and filters",
    );
  });

  test("a post folder holds one post", async () => {
    assert.deepEqual(
      await withFiles("nested", {
        "files/index.mdx": post("One."),
        "files/other.mdx": post("Two.").replace('"Files"', '"Other"'),
      }),
      ["posts/files/other.mdx: file name: is inside the folder of posts/files/index.mdx, expected one post a folder"],
    );
  });
});

/** One file of test/fixtures/raw/posts (kept byte for byte) beside the base corpus, timed. */
async function raw(fixture: string): Promise<{ lines: string[]; seconds: number }> {
  const started = performance.now();
  const lines = await check(
    `raw-${fixture.replace(/\W/g, "-")}`,
    { [fixture]: fixture },
    path.join(root, "test/fixtures/raw/posts"),
  );
  return { lines, seconds: (performance.now() - started) / 1000 };
}

describe("npm run check on files from any editor", () => {
  test("a byte-order mark, CRLF endings, tabs after colons and trailing spaces are fine", async () => {
    assert.deepEqual((await raw("editors-windows.mdx")).lines, []);
    assert.deepEqual((await raw("editors-lf.mdx")).lines, []);
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
    test(`rejects ${fixture} with one clear line`, async () =>
      assert.deepEqual((await raw(fixture)).lines, [expected]));
  }

  test("refuses a symbolic link, which could make the build read any file", async () => {
    const contentDir = path.join(workspace, "symlink");
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    symlinkSync(path.join(fixtures, "base/posts/good.mdx"), path.join(contentDir, "posts/linked.mdx"));
    const lines = (await checkContent({ contentDir, publicDir, today: "2026-01-01" })).map((problem) =>
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
    test(fixture, async () => {
      const { lines, seconds } = await raw(fixture);
      assert.equal(lines[0], expected, lines.join("\n"));
      assert.ok(seconds < 1, `${fixture}: ${seconds.toFixed(3)}s`);
    });
  }
});

/** The check on a corpus with one generated post (path under posts/ → text); returns its lines and time. */
async function generated(name: string, posts: Record<string, string | Buffer>, extra: Record<string, string> = {}) {
  const contentDir = path.join(workspace, name);
  cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
  for (const [target, text] of Object.entries({ ...posts, ...extra })) {
    const file = target in posts ? path.join(contentDir, "posts", target) : path.join(contentDir, target);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const started = performance.now();
  const lines = (await checkContent({ contentDir, publicDir, today: "2026-01-01" })).map((problem) =>
    formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
  );
  return { lines, seconds: (performance.now() - started) / 1000 };
}

const frontmatter = [
  "---",
  'title: "Bounded"',
  'date: "2024-01-10"',
  "author: authors/manuel-huez.yml",
  'summary: "A post generated by the test, with a summary long enough to pass the rule."',
  "---",
  "",
].join("\n");

describe("npm run check on any input: bounded work, and refusals that name the limit", () => {
  // Hostile bodies: each answered, refused, in well under two seconds (no parser sees them). Those larger than a
  // post may be are refused for their size; the same shapes within it, by the limit on what they nest or repeat.
  const tooBig = /:1: file: is \d+ bytes \(\d+ KiB\), expected at most 65536 bytes \(64 KiB\)/;
  const hostile: [string, string, RegExp][] = [
    ["50,000 list markers on one line", `${"- ".repeat(50_000)}a\n`, tooBig],
    [
      "30,000 list markers on one line",
      `${"- ".repeat(30_000)}a\n`,
      /:7: body: nests lists and block quotes 30000 levels deep/,
    ],
    [
      "50,000 nested block quotes",
      `${">".repeat(50_000)} a\n`,
      /:7: body: nests lists and block quotes 50000 levels deep/,
    ],
    ["100,000 [", `${"[".repeat(100_000)}\n`, tooBig],
    ["60,000 [", `${"[\n".repeat(30_000)}`, /: body: has 30000 links, images and footnote references/],
    ["100,000 *", `${"*".repeat(100_000)}\n`, tooBig],
    ["60,000 *", `${"*a\n".repeat(20_000)}`, /: body: has 20000 characters of emphasis and code/],
    ["10,000 nested <a>", `${"<a>".repeat(10_000)}x${"</a>".repeat(10_000)}\n`, tooBig],
    [
      "4,000 nested <a>",
      `${"<a>\n".repeat(4_000)}x\n${"</a>\n".repeat(4_000)}`,
      /: body: nests JSX and HTML elements 4000 deep/,
    ],
    [
      "an expression with a brace on each line",
      `{\n${"{a:\n".repeat(5_000)}`,
      /:7: \{: starts a JavaScript expression/,
    ],
    ["a 20 MB body", `${"word ".repeat(4_000_000)}\n`, tooBig],
  ];
  for (const [name, body, refusal] of hostile) {
    test(name, async () => {
      const { lines, seconds } = await generated(`hostile-${name.replace(/\W/g, "-")}`, {
        "hostile.mdx": frontmatter + body,
      });
      assert.ok(lines.length >= 1 && lines.every((line) => line.startsWith("posts/hostile.mdx:")), lines.join("\n"));
      assert.ok(
        lines.some((line) => refusal.test(line)),
        lines.join("\n"),
      );
      assert.ok(seconds < 2, `${name}: ${seconds.toFixed(2)} s`);
    });
  }

  test("a post at the size limit passes; one byte more is refused", async () => {
    const limit = 64 * 1024;
    const line = "Authorize, then capture: the payment settles the next day.\n\n";
    const text = frontmatter + line.repeat(Math.floor((limit - frontmatter.length) / line.length) - 1);
    const atLimit = `${text}${"a".repeat(limit - Buffer.byteLength(text) - 1)}\n`;
    assert.equal(Buffer.byteLength(atLimit), limit);
    assert.deepEqual((await generated("size-at-limit", { "at-limit.mdx": atLimit })).lines, []);
    assert.deepEqual((await generated("size-over-limit", { "over-limit.mdx": `${atLimit}\n` })).lines, [
      "posts/over-limit.mdx:1: file: is 65537 bytes (65 KiB), expected at most 65536 bytes (64 KiB)",
    ]);
  });

  test("a post of 8,000 words passes", async () => {
    const vocabulary = ["the", "card", "is", "a", "payment", "to", "we", "capture", "and", "retry"];
    const words = Array.from({ length: 8000 }, (_, i) => `${vocabulary[i % 10]}${i % 12 === 11 ? ".\n" : " "}`);
    const paragraphs = words.join("").replace(/((?:[^\n]*\n){6})/g, "$1\n");
    assert.deepEqual((await generated("words", { "long.mdx": frontmatter + paragraphs })).lines, []);
  });

  test("a line over 4,000 characters is named with its length", async () => {
    const long = `${frontmatter}${"a".repeat(4000)}\n${"b".repeat(4001)}\n`;
    assert.deepEqual((await generated("long-line", { "long-line.mdx": long })).lines, [
      "posts/long-line.mdx:8: line: is 4001 characters long, expected at most 4000 (break the line: a diff view cuts off what is past that)",
    ]);
  });
});

describe("npm run check reads every file as what its place says", () => {
  test("a file with no place in the content folder is refused by name, wherever it is", async () => {
    const { lines } = await generated(
      "places",
      {},
      { "notes.md": "# Notes\n", "posts/diagram.png": "png", "authors/ada.json": "{}" },
    );
    const expected = `file: ${UNKNOWN_FILE}`;
    assert.deepEqual(lines, [
      `authors/ada.json: ${expected}`,
      `notes.md: ${expected}`,
      `posts/diagram.png: ${expected}`,
    ]);
  });

  test("frontmatter keys that objects inherit (__proto__, constructor) are unknown fields", async () => {
    const known = "expected one of: title, date, updated, author, summary, tags, series, draft";
    assert.deepEqual((await raw("prototype-keys.mdx")).lines, [
      `posts/prototype-keys.mdx:6: __proto__: is not a known field, ${known}`,
      `posts/prototype-keys.mdx:7: constructor: is not a known field, ${known}`,
    ]);
  });

  test("invisible characters are named with their line, in frontmatter and body; what languages need passes", async () => {
    assert.deepEqual(
      (await raw("invisible.mdx")).lines.map((line) => line.split(" at column")[0]),
      [
        "posts/invisible.mdx:2: character: U+200B ZERO WIDTH SPACE",
        "posts/invisible.mdx:5: character: U+202E RIGHT-TO-LEFT OVERRIDE",
        "posts/invisible.mdx:8: character: U+0007 BELL",
        "posts/invisible.mdx:11: character: U+2066 LEFT-TO-RIGHT ISOLATE",
      ],
    );
    assert.deepEqual((await raw("languages.mdx")).lines, []);
  });

  test("an invisible character spelled as a reference or an escape is refused in a post, its frontmatter and data", async () => {
    const contentDir = path.join(workspace, "spelled");
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    const title = 'title: "Refund \\u202Eexe.ftp guide"';
    const body = "[&#x202E;moc.lapyap](https://evil.example/login)\n";
    writeFileSync(path.join(contentDir, "posts/spelled.mdx"), `${frontmatter.replace(/^title: .*$/m, title)}${body}`);
    const lines = (await checkContent({ contentDir, publicDir, today: "2026-01-01" })).map((problem) =>
      formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
    );
    assert.deepEqual(
      lines.map((line) => line.replace(/ at column.*/, "")),
      [
        "posts/spelled.mdx:2: character: \\u202E spells U+202E RIGHT-TO-LEFT OVERRIDE",
        "posts/spelled.mdx:7: character: &#x202E; spells U+202E RIGHT-TO-LEFT OVERRIDE",
      ],
    );
  });

  test("a malformed %-escape in a link is one problem with its line, not a crash; a sound one is decoded", async () => {
    const contentDir = path.join(workspace, "escapes");
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    // An escape of UTF-8 text is read as a browser reads it: both links reach the heading "Résumé".
    const fine =
      "## Résumé\n\n[escaped](#r%C3%A9sum%C3%A9), [as written](#résumé) and [the post](/posts/good#capture-the-payment)\n";
    writeFileSync(
      path.join(contentDir, "posts/escapes.mdx"),
      `${frontmatter}[x](/%zz)\n\n[y](/posts/good#%E0%A4%A)\n\n${fine}`,
    );
    const lines = (await checkContent({ contentDir, publicDir, today: "2026-01-01" })).map((problem) =>
      formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
    );
    const escape = ' has a "%" that does not escape UTF-8 text, expected';
    assert.deepEqual(
      lines.map((line) => line.slice(0, line.indexOf(escape) + escape.length)),
      [`posts/escapes.mdx:7: link: "/%zz"${escape}`, `posts/escapes.mdx:9: link: "/posts/good#%E0%A4%A"${escape}`],
    );
  });

  test("a file under public/ a post links to is at most 2 MiB", async () => {
    const publicCopy = path.join(workspace, "public-assets");
    cpSync(publicDir, publicCopy, { recursive: true });
    mkdirSync(path.join(publicCopy, "posts/assets"), { recursive: true });
    writeFileSync(path.join(publicCopy, "posts/assets/ok.png"), Buffer.alloc(2 * 1024 * 1024));
    writeFileSync(path.join(publicCopy, "posts/assets/big.png"), Buffer.alloc(2 * 1024 * 1024 + 1));
    const contentDir = path.join(workspace, "assets");
    cpSync(path.join(fixtures, "base"), contentDir, { recursive: true });
    writeFileSync(
      path.join(contentDir, "posts/assets.mdx"),
      `${frontmatter}[the small one](/posts/assets/ok.png)\n\n[download](/posts/assets/big.png)\n`,
    );
    const lines = (await checkContent({ contentDir, publicDir: publicCopy, today: "2026-01-01" })).map((problem) =>
      formatCheckProblem({ ...problem, file: path.relative(contentDir, problem.file) }),
    );
    const tooBig =
      "/posts/assets/big.png is 2097153 bytes (2049 KiB), expected at most 2097152 bytes (2048 KiB) (resize or compress it)";
    assert.deepEqual(lines, [`posts/assets.mdx:9: link: ${tooBig}`]);
  });
});
