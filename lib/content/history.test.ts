import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { lastCommitDays, lastModified, parseGitLog } from "./history";

test("parseGitLog keeps each file's newest commit, as a UTC day", () => {
  const output = [
    "commit 2024-03-02T00:30:00+02:00",
    "",
    "content/posts/a.mdx",
    "commit 2024-02-01T10:00:00+00:00",
    "",
    "content/posts/a.mdx",
    "content/posts/b.mdx",
  ].join("\n");
  assert.deepEqual(
    [...parseGitLog(output)],
    [
      ["content/posts/a.mdx", "2024-03-01"],
      ["content/posts/b.mdx", "2024-02-01"],
    ],
  );
});

test("lastModified is the latest of git's day, updated and date, for machines", () => {
  // A typo fixed in September: crawlers and feed readers should fetch the post again.
  assert.equal(lastModified({ date: "2024-01-01", updated: "2024-05-05" }, "2024-09-09"), "2024-09-09");
  assert.equal(lastModified({ date: "2024-01-01", updated: "2024-05-05" }, "2024-03-03"), "2024-05-05");
  assert.equal(lastModified({ date: "2024-01-01" }, "2024-09-09"), "2024-09-09");
  // Edited before its (scheduled) day: the post changes on its publication day.
  assert.equal(lastModified({ date: "2024-01-01" }, "2023-12-31"), "2024-01-01");
  assert.equal(lastModified({ date: "2024-01-01" }, undefined), "2024-01-01");
});

test("lastModified compares date-times by instant and keeps the author's spelling", () => {
  assert.equal(lastModified({ date: "2024-05-01T09:30:00+02:00" }, "2024-05-01"), "2024-05-01T09:30:00+02:00");
  assert.equal(lastModified({ date: "2024-05-01T09:30:00Z" }, "2024-05-02"), "2024-05-02");
  assert.equal(
    lastModified({ date: "2024-05-01T09:30:00Z", updated: "2024-05-01T10:00:00+02:00" }, undefined),
    "2024-05-01T09:30:00Z",
  );
});

describe("lastCommitDays on a real repository", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "journal-history-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync("git", args, {
      cwd,
      stdio: "ignore",
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@t",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@t",
      },
    });
  const repo = path.join(dir, "repo");
  mkdirSync(path.join(repo, "content/posts"), { recursive: true });
  git(repo, ["init", "-q"]);
  writeFileSync(path.join(repo, "content/posts/a.mdx"), "one");
  writeFileSync(path.join(repo, "content/posts/b.mdx"), "one");
  git(repo, ["add", "."]);
  git(repo, ["commit", "-qm", "first"], "2024-01-10T12:00:00Z");
  writeFileSync(path.join(repo, "content/posts/a.mdx"), "two");
  git(repo, ["commit", "-qam", "second"], "2024-06-01T12:00:00Z");

  test("gives each changed file the day of its last change; adding a file is not a change", () => {
    const days = lastCommitDays("content/posts", repo);
    assert.equal(days.get("content/posts/a.mdx"), "2024-06-01");
    assert.equal(days.has("content/posts/b.mdx"), false);
  });

  test("answers relative to a sub-folder working directory", () => {
    assert.equal(lastCommitDays("posts", path.join(repo, "content")).get("posts/a.mdx"), "2024-06-01");
  });

  test("knows nothing in a shallow clone, rather than the clone's date", () => {
    const shallow = path.join(dir, "shallow");
    git(dir, ["clone", "-q", "--depth", "1", `file://${repo}`, shallow]);
    assert.equal(lastCommitDays("content/posts", shallow).size, 0);
  });

  test("knows nothing outside a repository", () => {
    assert.equal(lastCommitDays("content/posts", tmpdir()).size, 0);
  });
});
