/**
 * A post's own files. A post that has images or data is a folder, `posts/<slug>/index.mdx`, with its files beside
 * it, and names them relative to itself (`./dashboard.png`); a post without files may stay `posts/<slug>.mdx`.
 * This module is the one resolver of such a name: the content check, the image step and the components that
 * render a file (Figure, Chart) all ask it, so what the check accepts is what renders.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatCheckProblem } from "./problem";
import { readSourceText } from "./safe-text";

/** The kinds of file a post folder may hold, by extension (any case). Anything else fails the check. */
export const POST_FILE_KINDS = {
  image: ["png", "jpg", "jpeg", "webp", "avif", "gif", "svg"],
  data: ["csv", "json"],
} as const satisfies Record<string, readonly string[]>;

export type PostFileKind = keyof typeof POST_FILE_KINDS;

/** The content folder the journal is built from (CONTENT_DIR), for the components that read a post's files. */
export const journalContentDir = () => process.env.CONTENT_DIR ?? "content";

/** The name of the post inside a post folder. */
export const POST_INDEX = "index.mdx";

const extensionOf = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/** The kind of a file by its name, or undefined when posts may not hold such a file. */
export function postFileKind(name: string): PostFileKind | undefined {
  const extension = extensionOf(name);
  for (const [kind, extensions] of Object.entries(POST_FILE_KINDS) as [PostFileKind, readonly string[]][]) {
    if (extensions.includes(extension)) return kind;
  }
  return undefined;
}

/** The slug of the post at `sourceFilePath` (from the content folder): the folder's name for `<slug>/index.mdx`. */
export function postSlug(sourceFilePath: string): string {
  const parts = sourceFilePath.split("/");
  const name = parts.at(-1) ?? "";
  if (name === POST_INDEX && parts.length > 2) return parts.at(-2) ?? "";
  return name.replace(/\.[^.]+$/, "");
}

/** The folder holding a post's files (`posts/<slug>`), or undefined for a single-file post. */
export function postFolder(sourceFilePath: string): string | undefined {
  const parts = sourceFilePath.split("/");
  return parts.at(-1) === POST_INDEX && parts.length > 2 ? parts.slice(0, -1).join("/") : undefined;
}

// Plain names only: letters, digits, ".", "_", "-" (no spaces, no "%"), in sub-folders if wanted.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const expectedOf = (kind: PostFileKind) =>
  `expected a file beside the post, written ./<name>.<${POST_FILE_KINDS[kind].join("|")}>`;

/** Why `reference` can't name a post file of `kind`, from its text alone (no file system), or undefined. */
export function postFileReferenceProblem(reference: string, kind: PostFileKind): string | undefined {
  const shown = JSON.stringify(reference);
  if (!reference.startsWith("./")) return `${shown} is not relative to the post, ${expectedOf(kind)}`;
  const segments = reference.slice(2).split("/");
  if (segments.some((segment) => segment === ".." || segment === "." || !SEGMENT.test(segment))) {
    return `${shown} leaves the post's folder or has characters other than letters, digits, ".", "_" and "-", ${expectedOf(kind)}`;
  }
  if (postFileKind(reference) !== kind) return `${shown} is not a kind of file this takes, ${expectedOf(kind)}`;
  return undefined;
}

type ResolvedPostFile = { path: string; file: string } | { problem: string };

/**
 * The file `reference` names for the post at `sourceFilePath` (from `contentDir`): its path from the content
 * folder (`posts/<slug>/dashboard.png`) and on disk, or why it can't be used. Every folder on the way and the
 * file itself are looked at without following links: a link could make the build read any file of the machine.
 */
export function resolvePostFile(
  contentDir: string,
  sourceFilePath: string,
  reference: string,
  kind: PostFileKind,
): ResolvedPostFile {
  const problem = postFileReferenceProblem(reference, kind);
  if (problem) return { problem };
  const folder = postFolder(sourceFilePath);
  if (!folder) {
    return {
      problem:
        `${JSON.stringify(reference)}: only a post in a folder has files of its own, ` +
        `expected the post moved to posts/<slug>/${POST_INDEX} with the file beside it`,
    };
  }
  const relative = path.posix.join(folder, reference);
  let at = path.resolve(contentDir);
  const seen: string[] = [];
  for (const segment of relative.split("/")) {
    at = path.join(at, segment);
    seen.push(segment);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) return { problem: `${JSON.stringify(reference)}: no file ${relative}, expected a file beside the post` };
    if (stat.isSymbolicLink()) return { problem: `${seen.join("/")} is a symbolic link, expected a regular file` };
  }
  if (!lstatSync(at).isFile()) return { problem: `${relative} is not a file, expected a file beside the post` };
  return { path: relative, file: at };
}

/** The largest data file a component reads (a chart's rows), checked before reading. */
export const DATA_MAX_BYTES = 256 * 1024;
const kib = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en")} KiB`;

export type PostFile = { file: string; text: string } | { problem: string };

/**
 * A post's own files as its body's components read them: `post` names the .mdx file on disk, `source` is its path
 * in the content folder (`posts/<slug>/index.mdx`, for the images the image step made), `read` reads a data file.
 */
export type PostFiles = { post: string; source: string | undefined; read(reference: string): PostFile };

/**
 * The text of the data file `reference` names for the post whose .mdx is at `postFile` on disk, through
 * `resolvePostFile`, or why it can't be read: a bad reference, no such file, over its size limit, not UTF-8 text.
 */
export function readPostFile(postFile: string, reference: string): PostFile {
  const parts = path.resolve(postFile).split(path.sep);
  const resolved = resolvePostFile(parts.slice(0, -3).join(path.sep) || path.sep, parts.slice(-3).join("/"), reference, "data");
  if ("problem" in resolved) return resolved;
  const { size } = lstatSync(resolved.file);
  if (size > DATA_MAX_BYTES) return { problem: `${resolved.file} is ${kib(size)}, expected at most ${kib(DATA_MAX_BYTES)}` };
  const read = readSourceText(readFileSync(resolved.file), { empty: "rows of data", maxBytes: DATA_MAX_BYTES });
  if ("problem" in read) return { problem: formatCheckProblem({ file: resolved.file, ...read.problem }) };
  // The file's first problem, and how many more: the same reading as a post's (invisible characters, long lines).
  const [first, ...more] = read.problems;
  if (first) {
    const others = more.length ? ` (and ${more.length} more)` : "";
    return { problem: `${formatCheckProblem({ file: resolved.file, ...first })}${others}` };
  }
  return { file: resolved.file, text: read.text };
}

/** The files beside the post at `postFile`, read from the disk; `source` is its path in the content folder. */
export const postFilesAt = (postFile: string, source?: string): PostFiles => ({
  post: postFile,
  source,
  read: (reference) => readPostFile(postFile, reference),
});

/**
 * A digest of the data files of the post at `postFile` (names and bytes): what its body may read, for a cache of
 * what the body renders to (the feeds'), so that editing a chart's data misses the entry.
 */
export function postFolderDigest(postFile: string): string {
  const hash = createHash("sha256");
  if (path.basename(postFile) !== POST_INDEX) return hash.digest("base64url");
  const dir = path.dirname(postFile);
  const names = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => postFileKind(name) === "data");
  for (const name of names.sort()) hash.update(name).update("\0").update(readFileSync(path.join(dir, name))).update("\0");
  return hash.digest("base64url");
}

/** For a body rendered on its own (a test, a snippet): it has no folder, so any file it names is refused. */
export const noPostFiles = (post: string): PostFiles => ({
  post,
  source: undefined,
  read: (reference) => ({ problem: `${JSON.stringify(reference)}: this body is rendered without its post's folder` }),
});
