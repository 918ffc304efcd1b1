/**
 * What contentlayer reads: a copy of the content folder, made through contentlayer2's `syncFiles` hook
 * (contentlayer2/source-remote-files), because contentlayer2 hands each file straight to gray-matter, which
 * - runs frontmatter opened by `---js` (or `---javascript`) as JavaScript: a post could run code in the build,
 *   before the content check (which runs beside it) has had time to refuse it;
 * - keeps the "\r" of a Windows (CRLF) file's last frontmatter line: `draft: true\r` becomes a string and
 *   `tags: [a]\r` a YAML error.
 * Each file is read as the check reads it (source-text.ts: byte-order mark dropped, "\n" line endings, binary
 * refused; frontmatter-block.ts; safe-yaml.ts's limits). A file that fails is not copied and the step fails,
 * naming it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { codeVersion, projectRoot } from "../cache/code-version";
import { STORES } from "../cache/store";
import { contentEntries } from "./content-files";
import { splitFrontmatter } from "./frontmatter-block";
import { postFileKind } from "./post-files";
import { yamlLimitProblem } from "./safe-yaml";
import { readSourceText } from "./source-text";

/** Where the copy lives, relative to the working directory (generated, like the rest of .contentlayer/). */
export const CONTENT_COPY = ".contentlayer/source";

type Problem = { line: number; field: string; message: string };
/** What contentlayer gets for one file: its bytes, or nothing and the reasons. */
export type Prepared = { bytes: Uint8Array } | { problems: string[] };

/**
 * Only what would harm contentlayer's parse (code, size, recursion): the rest is the check's and the schema's,
 * and a second full YAML parse of every file would cost the content step about a second at 1000 posts.
 */
function problemsOf(relative: string, text: string): Problem[] {
  const limit = (yaml: string, firstLine: number, field: string) => {
    const problem = yamlLimitProblem(yaml, firstLine);
    return problem ? [{ ...problem, field }] : [];
  };
  if (/\.ya?ml$/.test(relative)) return limit(text, 1, "YAML");
  const block = splitFrontmatter(text);
  // No frontmatter at all is harmless here (gray-matter then reads none); the schema reports the fields.
  if (!("yaml" in block)) return block.refused || /^---/.test(text) ? [{ ...block, field: "frontmatter" }] : [];
  return limit(block.yaml, 2, "frontmatter");
}

/** The bytes contentlayer should read for one file, or its problems as `file:line: field: message`. */
export function prepareFile(relative: string, bytes: Uint8Array, shown: string): Prepared {
  if (!/\.(mdx?|ya?ml)$/.test(relative)) return { bytes };
  const read = readSourceText(bytes, /\.mdx?$/.test(relative) ? "frontmatter and the post's text" : "its fields");
  const problems = "problem" in read ? [read.problem] : problemsOf(relative, read.text);
  if (problems.length) return { problems: problems.map((p) => `${shown}:${p.line}: ${p.field}: ${p.message}`) };
  return { bytes: "text" in read ? Buffer.from(read.text) : bytes };
}

/**
 * The modification time a copy is given: one derived from a hash of its bytes and of the code that turns files
 * into documents. contentlayer2 keys its document cache by modification time, which a fresh clone (CI, a
 * preview) never keeps; through the copy that key becomes the content: the same bytes under the same code get
 * the same time, anything else another (a clash takes two texts of one file whose 32-bit hashes agree).
 */
export function contentTime(bytes: Uint8Array, version: string): Date {
  const hash = createHash("sha256").update(version).update("\0").update(bytes).digest();
  return new Date((946_684_800 + hash.readUInt32BE(0)) * 1000);
}

/**
 * Brings `to` in line with `from`; returns the files refused (left out of the copy). Every file is read and
 * vetted again (a few milliseconds for a thousand posts); one whose copy already has its content time is not
 * written again.
 */
export function syncContent(from: string, to: string, shownDir: string, version = ""): string[] {
  const problems: string[] = [];
  const { files, links } = contentEntries(from);
  for (const link of links) {
    problems.push(`${path.join(shownDir, link)}: file: is a symbolic link, expected a regular file`);
  }
  const kept = new Set<string>();
  // A post's own images and data are no documents (contentlayer would take a .json for one): the image step and
  // the components read them from the content folder (post-files.ts).
  for (const relative of files.filter((file) => !(file.startsWith(`posts${path.sep}`) && postFileKind(file)))) {
    const target = path.join(to, relative);
    const prepared = prepareFile(relative, readFileSync(path.join(from, relative)), path.join(shownDir, relative));
    if ("problems" in prepared) {
      problems.push(...prepared.problems);
      continue;
    }
    kept.add(relative);
    const time = contentTime(prepared.bytes, version);
    if (existsSync(target) && statSync(target).mtimeMs === time.getTime()) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, prepared.bytes);
    utimesSync(target, time, time);
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
  // The code that makes documents out of files: a change to it gives every copy a new time (a cache miss).
  const version = codeVersion(projectRoot(), STORES.content);
  const problems = syncContent(from, copyDir, contentDir, version);
  if (skipRefused) for (const problem of problems) console.error(problem);
  else if (problems.length) {
    const error = new Error(`${problems.length} content file(s) refused before parsing:\n${problems.join("\n")}`);
    // The stack would only point into contentlayer's compiled config; the list is what an author needs.
    error.stack = error.message;
    throw error;
  }
  let pending: NodeJS.Timeout | undefined;
  // Not persistent: the generation (scripts/generate-content.mjs) must still exit once it has generated the collection.
  const watcher = watch(from, { recursive: true, persistent: false }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      for (const problem of syncContent(from, copyDir, contentDir, version)) console.error(problem);
    }, 50);
  });
  watcher.on("error", (error) => console.error(`${contentDir}: no longer following changes: ${error.message}`));
  return () => {
    clearTimeout(pending);
    watcher.close();
  };
}
