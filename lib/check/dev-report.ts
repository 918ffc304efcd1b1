/**
 * The content check's current problems, handed from `npm run dev` (scripts/dev.ts, which re-runs the check as
 * files change) to the dev server's pages through a JSON file: the root layout shows them in a banner.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { postSlug } from "../content/post-files";
import { deployment } from "../site";
import { formatCheckProblem, type CheckProblem } from "../content/problem";

/** One problem as the banner shows it: the check's line, and the page of the post it is about, if any. */
export type DevProblem = { text: string; href?: string | undefined };

/** scripts/dev.ts names the report file for `next dev` in this variable. */
export const devReportVariable = "CONTENT_PROBLEMS_FILE";

/** The post's address for a problem in `<contentDir>/posts/**\/<slug>.mdx` (or `<slug>/index.mdx`), even when it 404s. */
function postUrl(file: string, contentDir: string): string | undefined {
  const relative = path.relative(contentDir, file).split(path.sep);
  const isPost = relative[0] === "posts" && (relative.at(-1) ?? "").endsWith(".mdx");
  return isPost ? `/posts/${postSlug(relative.join("/"))}` : undefined;
}

export function devProblems(problems: readonly CheckProblem[], contentDir: string): DevProblem[] {
  return problems.map((problem) => ({ text: formatCheckProblem(problem), href: postUrl(problem.file, contentDir) }));
}

export function writeDevReport(file: string, problems: readonly DevProblem[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed: a page rendering meanwhile reads the old list or the new one, never half of one.
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify({ problems }));
  renameSync(partial, file);
}

function isDevProblem(value: unknown): value is DevProblem {
  if (typeof value !== "object" || value === null || !("text" in value) || typeof value.text !== "string") return false;
  return !("href" in value) || value.href === undefined || typeof value.href === "string";
}

export function readDevReport(file: string): DevProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return [];
  }
  if (typeof data !== "object" || data === null || !("problems" in data) || !Array.isArray(data.problems)) return [];
  return data.problems.filter(isDevProblem);
}

/**
 * The problems for the banner: read at request time in `npm run dev` only. Any other deployment, and any build
 * (even SITE_ENV=development), reads nothing, so a build's pages neither change nor become dynamic.
 */
export function devContentProblems(
  environment = deployment.environment,
  env: Readonly<Record<string, string | undefined>> = process.env,
): DevProblem[] {
  if (environment !== "development" || env.NODE_ENV !== "development") return [];
  const file = env[devReportVariable];
  return file ? readDevReport(file) : [];
}
