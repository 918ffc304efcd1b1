/**
 * The one resolver of the files a post names beside itself (`<Chart data="./rates.csv">`): the content check,
 * the page and the feeds all read them through `readPostFile`, so a file one of them accepts is a file all of
 * them read, with the same refusals. A reference is a bare file name after "./", so it can only name a file in
 * the folder of the post's .mdx: no "..", no sub-folders, no absolute paths, and the file itself must be a
 * regular file (a symbolic link could make the build read any file of the machine).
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readSourceText } from "./source-text";

/** What may sit beside a post for the build to read, by extension, with its size limit, checked before reading. */
const POST_FILES: Record<string, { maxBytes: number }> = {
  ".csv": { maxBytes: 256 * 1024 },
  ".json": { maxBytes: 256 * 1024 },
};

const REFERENCE = /^\.\/[A-Za-z0-9][\w.-]*$/;

export type PostFile = { file: string; text: string } | { problem: string };

/** A post's own files as its body's components read them: `post` names the .mdx file, `read` resolves beside it. */
export type PostFiles = { post: string; read(reference: string): PostFile };

/** True for a file name the content folder may hold beside posts (its use by a post is checked apart). */
export const isPostFileName = (name: string) => Object.hasOwn(POST_FILES, path.extname(name).toLowerCase());

const list = (extensions: readonly string[]) => extensions.join(" or ");
const kib = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en")} KiB`;

/**
 * Why `reference` can't name a file beside the post with one of `extensions`, from its text alone (the body
 * rules refuse such an attribute with the post's line), or undefined.
 */
export function postFileReferenceProblem(reference: string, extensions: readonly string[]): string | undefined {
  const example = `./<name>${extensions[0] ?? ""}`;
  if (!REFERENCE.test(reference)) {
    return `${JSON.stringify(reference)} is not a file beside the post, expected ${example}: a file name after "./", in the post's folder`;
  }
  if (!extensions.includes(path.extname(reference).toLowerCase())) {
    return `${JSON.stringify(reference)} is not a ${list(extensions)} file, expected ${example}`;
  }
  return undefined;
}

/**
 * The text of the file `reference` names beside `postFile` (the post's .mdx, as messages name it), or why it
 * can't be read: a bad reference, no such file, not a regular file, over its size limit, not UTF-8 text.
 */
export function readPostFile(postFile: string, reference: string): PostFile {
  const problem = postFileReferenceProblem(reference, Object.keys(POST_FILES));
  if (problem) return { problem };
  const file = path.join(path.dirname(postFile), reference);
  const limit = POST_FILES[path.extname(reference).toLowerCase()]?.maxBytes ?? 0;
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return { problem: `${JSON.stringify(reference)}: ${file} does not exist, expected a file beside the post` };
  if (!stat.isFile()) {
    const kind = stat.isSymbolicLink() ? "a symbolic link" : "not a file";
    return { problem: `${JSON.stringify(reference)}: ${file} is ${kind}, expected a regular file beside the post` };
  }
  if (stat.size > limit) {
    return { problem: `${file} is ${kib(stat.size)}, expected at most ${kib(limit)}` };
  }
  const read = readSourceText(readFileSync(file), { empty: "rows of data", maxBytes: limit });
  if ("problem" in read) return { problem: `${file}:${read.problem.line}: ${read.problem.message}` };
  return { file, text: read.text };
}

/** The files beside the post at `postFile`, read from the disk (the check, the tests; pages read through lib/content/content.ts). */
export const postFilesAt = (postFile: string): PostFiles => ({
  post: postFile,
  read: (reference) => readPostFile(postFile, reference),
});

/**
 * A digest of the files that may sit beside the post at `postFile` (names and bytes): what its body may read, for
 * a cache of what the body renders to (the feeds'), so that editing a chart's data misses the entry.
 */
export function postFolderDigest(postFile: string): string {
  const dir = path.dirname(postFile);
  const hash = createHash("sha256");
  const names = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && isPostFileName(entry.name));
  for (const name of names.map((entry) => entry.name).sort()) {
    hash.update(name).update("\0").update(readFileSync(path.join(dir, name))).update("\0");
  }
  return hash.digest("base64url");
}

/** For a body rendered on its own (a test, a snippet): it has no folder, so any file it names is refused. */
export const noPostFiles = (post: string): PostFiles => ({
  post,
  read: (reference) => ({ problem: `${JSON.stringify(reference)}: this body is rendered without its post's folder` }),
});
