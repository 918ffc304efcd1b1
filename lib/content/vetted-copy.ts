/**
 * What contentlayer reads: a copy of the content folder, made through contentlayer2's `syncFiles` hook
 * (contentlayer2/source-remote-files), because contentlayer2 hands each file straight to gray-matter, which
 * - runs frontmatter opened by `---js` (or `---javascript`) as JavaScript: a post could run code in the build,
 *   before the content check (which runs beside it) has had time to refuse it;
 * - keeps the "\r" of a Windows (CRLF) file's last frontmatter line: `draft: true\r` becomes a string and
 *   `tags: [a]\r` a YAML error.
 * Each file is read as the check reads it, as what its place in the folder says it is (places.ts; a file
 * with no place is refused): safe-text.ts (size, byte-order mark dropped, "\n" line endings, binary and invisible
 * characters refused), frontmatter-block.ts, and the limits of safe-yaml.ts and safe-markdown.ts, so no parser of
 * contentlayer's is given more work than they allow. A file that fails is not copied and the step fails, naming it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { contentEntries, placeOf, SYMBOLIC_LINK, UNKNOWN_FILE, type ContentPlace } from "./places";
import { splitFrontmatter } from "./frontmatter-block";
import { formatCheckProblem } from "./problem";
import { markdownLimitProblems } from "./safe-markdown";
import { yamlLimitProblem } from "./safe-yaml";
import { readSourceText } from "./safe-text";

/** Where the copy lives, relative to the working directory (generated, like the rest of .contentlayer/). */
export const CONTENT_COPY = ".contentlayer/source";

type Problem = { line: number; field: string; message: string };
/** What contentlayer gets for one file: its bytes, or nothing and the reasons. */
export type Prepared = { bytes: Uint8Array } | { problems: string[] };

/**
 * Only what would harm contentlayer's parse (code, size, recursion): the rest is the check's and the schema's,
 * which a second full parse of every file here would only repeat.
 */
function limitProblems(place: ContentPlace, text: string): Problem[] {
  const limit = (yaml: string, firstLine: number, field: string) => {
    const problem = yamlLimitProblem(yaml, firstLine);
    return problem ? [{ ...problem, field }] : [];
  };
  if (place.kind === "data") return limit(text, 1, "YAML");
  const block = splitFrontmatter(text);
  // No frontmatter at all is harmless here (gray-matter then reads none); the schema reports the fields.
  if (!("yaml" in block)) {
    if (block.refused || /^---/.test(text)) return [{ ...block, field: "frontmatter" }];
    return markdownLimitProblems(text);
  }
  return [...limit(block.yaml, 2, "frontmatter"), ...markdownLimitProblems(block.body, block.closeLine + 1)];
}

/** The bytes contentlayer should read for one file, or its problems as `file:line: field: message`. */
export function prepareFile(relative: string, bytes: Uint8Array, shown: string): Prepared {
  const place = placeOf(relative);
  if (!place) return { problems: [formatCheckProblem({ file: shown, field: "file", message: UNKNOWN_FILE })] };
  const read = readSourceText(bytes, place);
  const problems = "problem" in read ? [read.problem] : [...read.problems, ...limitProblems(place, read.text)];
  if (problems.length) return { problems: problems.map((p) => formatCheckProblem({ file: shown, ...p })) };
  return { bytes: "text" in read ? Buffer.from(read.text) : Buffer.from(bytes) };
}

/**
 * Brings `to` in line with `from`; returns the files refused (left out of the copy). Every file is read and
 * vetted again (a few milliseconds for a thousand posts); one whose copy already holds the same bytes is not
 * written again, so `contentlayer2 dev` sees only the files that changed.
 */
export function syncContent(from: string, to: string, shownDir: string): string[] {
  const problems: string[] = [];
  const { files, links } = contentEntries(from);
  for (const link of links) {
    problems.push(formatCheckProblem({ file: path.join(shownDir, link), field: "file", message: SYMBOLIC_LINK }));
  }
  const kept = new Set<string>();
  for (const relative of files) {
    // A post's own files (a chart's data) are read by the components that name them, never by contentlayer.
    if (placeOf(relative)?.kind === "post file") continue;
    const target = path.join(to, relative);
    const prepared = prepareFile(relative, readFileSync(path.join(from, relative)), path.join(shownDir, relative));
    if ("problems" in prepared) {
      for (const problem of prepared.problems) problems.push(problem);
      continue;
    }
    kept.add(relative);
    if (existsSync(target) && readFileSync(target).equals(prepared.bytes)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, prepared.bytes);
  }
  for (const relative of contentEntries(to).files) if (!kept.has(relative)) rmSync(path.join(to, relative));
  return problems;
}

/**
 * contentlayer's `syncFiles`: copies `contentDir` (resolved as contentlayer resolves paths, from PWD) to
 * `copyDir`, failing on refused files (or, with `skipRefused`, as `npm run dev` runs it, leaving them out with
 * a message); then follows changes for `contentlayer2 dev`. The returned function stops following.
 */
export async function syncContentCopy(
  contentDir: string,
  copyDir: string,
  { skipRefused = false }: { skipRefused?: boolean } = {},
): Promise<() => void> {
  const from = path.resolve(process.env.PWD ?? process.cwd(), contentDir);
  // A fresh copy: one left by an earlier run (another CONTENT_DIR, an older journal) is never trusted.
  rmSync(copyDir, { recursive: true, force: true });
  const problems = syncContent(from, copyDir, contentDir);
  if (skipRefused) for (const problem of problems) console.error(problem);
  else if (problems.length) {
    const error = new Error(`${problems.length} content file(s) refused before parsing:\n${problems.join("\n")}`);
    // The stack would only point into contentlayer's compiled config; the list is what an author needs.
    error.stack = error.message;
    throw error;
  }
  let pending: NodeJS.Timeout | undefined;
  // Not persistent: `contentlayer2 build` must still exit once it has generated the collection.
  const watcher = watch(from, { recursive: true, persistent: false }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      for (const problem of syncContent(from, copyDir, contentDir)) console.error(problem);
    }, 50);
  });
  watcher.on("error", (error) => console.error(`${contentDir}: no longer following changes: ${error.message}`));
  return () => {
    clearTimeout(pending);
    watcher.close();
  };
}
