/**
 * A post's own files. A post that has images or data is a folder, `posts/<slug>/index.mdx`, with its files beside
 * it, and names them relative to itself (`./dashboard.png`); a post without files may stay `posts/<slug>.mdx`.
 * This module is the one resolver of such a name: the content check, the image step and the components that
 * render a file (Figure, Chart) all ask it, so what the check accepts is what renders.
 */
import { lstatSync } from "node:fs";
import path from "node:path";

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

export type ResolvedPostFile = { path: string; file: string } | { problem: string };

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
