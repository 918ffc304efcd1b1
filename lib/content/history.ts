/**
 * When each content file last changed, from git: one `git log` for the whole folder, not one per post.
 * A shallow clone (CI, most hosts) knows only its last commit, whose date would be wrong for every
 * file, so there — and wherever git is missing — callers fall back to the post's own dates.
 * Machines (sitemap, feeds) are told these days; readers are not (publishing.ts updatedDayOf).
 */
import { execFileSync } from "node:child_process";
import { instantOf, type Dated } from "./publishing";

const COMMIT = /^commit (\d{4}-\d{2}-\d{2}T\S+)$/;

/** Parses `git log --format=commit %cI --name-only` output into path → newest commit day (UTC). */
export function parseGitLog(output: string): Map<string, string> {
  const days = new Map<string, string>();
  let day: string | undefined;
  for (const line of output.split("\n")) {
    const commit = COMMIT.exec(line);
    if (commit?.[1]) day = new Date(commit[1]).toISOString().slice(0, 10);
    else if (line.trim() && day && !days.has(line.trim())) days.set(line.trim(), day);
  }
  return days;
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Path (from `cwd`) → day of the last commit that changed it; empty when git can't tell the truth. */
export function lastCommitDays(folder: string, cwd = process.cwd()): Map<string, string> {
  try {
    if (git(["rev-parse", "--is-shallow-repository"], cwd).trim() !== "false") return new Map();
    const prefix = git(["rev-parse", "--show-prefix"], cwd).trim();
    // Modifications only: the commit that adds (or moves) a post is not an update of it.
    const log = git(["log", "--diff-filter=M", "--format=commit %cI", "--name-only", "--", folder], cwd);
    const days = parseGitLog(log);
    // git prints paths from the repository root; callers ask from the working directory.
    return new Map(
      [...days].filter(([file]) => file.startsWith(prefix)).map(([file, day]) => [file.slice(prefix.length), day]),
    );
  } catch {
    return new Map();
  }
}

/**
 * When a post last changed, for crawlers and feed readers (sitemap lastmod, a feed entry's `updated`): the
 * latest of git's last modifying commit (a typo fix changes the page they cached), `updated` and `date`.
 * A day, or the author's date-time as written when that is the latest.
 */
export function lastModified(post: Dated, gitDay: string | undefined): string {
  const candidates = [post.date, post.updated, gitDay].filter((day): day is string => day !== undefined);
  return candidates.reduce((latest, day) => (instantOf(day) > instantOf(latest) ? day : latest));
}
