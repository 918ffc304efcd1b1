import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { devContentProblems, devProblems, devReportVariable, readDevReport, writeDevReport } from "./dev-report";

const dir = mkdtempSync(path.join(tmpdir(), "dev-report-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const problem = (file: string) => ({ file, line: 3, field: "summary", message: "is missing, expected a string" });

describe("the dev banner's problems", () => {
  test("are the check's lines, linked to the post's page when the file is a post", () => {
    assert.deepEqual(
      devProblems(
        [problem("content/posts/a.mdx"), problem("content/posts/2024/b.mdx"), problem("content/authors/ada.yml")],
        "content",
      ),
      [
        { text: "content/posts/a.mdx:3: summary: is missing, expected a string", href: "/posts/a" },
        { text: "content/posts/2024/b.mdx:3: summary: is missing, expected a string", href: "/posts/b" },
        { text: "content/authors/ada.yml:3: summary: is missing, expected a string", href: undefined },
      ],
    );
  });

  test("a content folder given by an absolute path links the same way; a non-.mdx file does not", () => {
    const contentDir = path.join(dir, "content");
    const [post, notes] = devProblems(
      [problem(path.join(contentDir, "posts/a.mdx")), problem(path.join(contentDir, "posts/notes.txt"))],
      contentDir,
    );
    assert.equal(post?.href, "/posts/a");
    assert.equal(notes?.href, undefined);
  });

  test("go through the report file and back", () => {
    const file = path.join(dir, "nested/report.json");
    const problems = [{ text: "content/posts/a.mdx:3: summary: is missing", href: "/posts/a" }, { text: "x: y: z" }];
    writeDevReport(file, problems);
    assert.deepEqual(readDevReport(file), problems);
    writeDevReport(file, []);
    assert.deepEqual(readDevReport(file), []);
  });

  test("a missing or malformed report shows no banner rather than failing the page", () => {
    const file = path.join(dir, "malformed.json");
    assert.deepEqual(readDevReport(path.join(dir, "none.json")), []);
    writeFileSync(file, "{ not json");
    assert.deepEqual(readDevReport(file), []);
    writeFileSync(file, JSON.stringify({ problems: [{ text: 1 }, { text: "kept", href: 2 }, { text: "ok" }] }));
    assert.deepEqual(readDevReport(file), [{ text: "ok" }]);
  });

  test("are read in development only, from the file scripts/dev.ts names", () => {
    const file = path.join(dir, "current.json");
    writeDevReport(file, [{ text: "content/posts/a.mdx:3: summary: is missing" }]);
    const env = { NODE_ENV: "development", [devReportVariable]: file };
    assert.equal(devContentProblems("development", env).length, 1);
    assert.deepEqual(devContentProblems("development", { NODE_ENV: "development" }), []);
    assert.deepEqual(devContentProblems("production", env), []);
    assert.deepEqual(devContentProblems("preview", env), []);
    // `SITE_ENV=development next build`: a build never bakes the list into its pages.
    assert.deepEqual(devContentProblems("development", { ...env, NODE_ENV: "production" }), []);
  });
});
