/**
 * A content folder read straight from the disk, for the tools that run before (or without) the content
 * step: the check, the copy contentlayer reads (vetted-copy.ts), the post scaffold, the benchmark's corpus.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DATA_MAX_BYTES, POST_FILE_KINDS } from "./post-files";
import { readYaml, YAML_LIMITS } from "./safe-yaml";
import { sizeOf, type TextKind } from "./safe-text";

/** What one place of the content folder holds: how its files are read, and what an author is told to put there. */
export type ContentPlace = TextKind & { kind: "post" | "data" | "post file"; pattern: RegExp; shown: string };

/**
 * Every file under content/ is one of these, read as its place says, or refused by name: the one table of what
 * the folder may hold (paths relative to it, with "/"). The longest post today is 11 KB and a post of 8,000 words
 * is about 55 KB: 64 KiB holds it; the parser's time on a body grows with its markup (safe-markdown.ts).
 */
export const POST_FILE: ContentPlace = {
  kind: "post",
  pattern: /^posts\/(?:[^/]+\/)*[^/]+\.mdx$/,
  shown: "posts/<slug>.mdx",
  empty: "frontmatter (--- … ---) and the post's text after it",
  maxBytes: 64 * 1024,
};

const dataFile = (pattern: RegExp, shown: string): ContentPlace => ({
  kind: "data",
  pattern,
  shown,
  empty: "its fields",
  maxBytes: YAML_LIMITS.bytes,
});

export const AUTHOR_FILE = dataFile(/^authors\/[^/]+\.yml$/, "authors/<slug>.yml");

/**
 * A file of a post's own, beside it in its folder (`posts/<slug>/rates.csv`): read by the component that names it,
 * through lib/content/post-files.ts, which sets each kind's size limit. contentlayer never reads one.
 */
const postFileExtensions = Object.values(POST_FILE_KINDS).flat();
const POST_OWN_FILE: ContentPlace = {
  kind: "post file",
  pattern: new RegExp(`^posts/(?:[^/]+/)+[^/]+\\.(?:${postFileExtensions.join("|")})$`, "i"),
  shown: `posts/<slug>/<file>.${postFileExtensions.join("|")} (beside posts/<slug>/index.mdx)`,
  empty: "rows of data",
  maxBytes: DATA_MAX_BYTES,
};

const CONTENT_PLACES: readonly ContentPlace[] = [
  POST_FILE,
  POST_OWN_FILE,
  AUTHOR_FILE,
  dataFile(/^tags\.yml$/, "tags.yml"),
  dataFile(/^series\.yml$/, "series.yml"),
];

/** The place of a file of the content folder (its path relative to the folder), or undefined when it has none. */
export function placeOf(relative: string): ContentPlace | undefined {
  const shown = relative.split(path.sep).join("/");
  return CONTENT_PLACES.find((place) => place.pattern.test(shown));
}

/** Links are refused everywhere in the content folder: one could make the build read any file of the machine. */
export const SYMBOLIC_LINK = "is a symbolic link, expected a regular file";

/** Why a file with no place is refused: what the content folder holds instead. */
export const UNKNOWN_FILE = `is not a file the journal reads, expected one of ${CONTENT_PLACES.map((place) => place.shown).join(", ")} (in content/)`;

/**
 * The files a post may make a reader download (under public/): at most 2 MiB each. A 2,000-pixel-wide screenshot
 * or photo is well under 1 MiB as PNG, JPEG or WebP; past 2 MiB it costs every reader on a phone more than the
 * post itself. No parser of the journal reads an asset (the browser draws it), so its size is its only bound.
 */
const ASSET_LIMITS = { bytes: 2 * 1024 * 1024 } as const;

/** Why a file of `bytes` bytes can't be an asset of a post, or undefined when it can. */
export function assetSizeProblem(bytes: number): string | undefined {
  return bytes > ASSET_LIMITS.bytes
    ? `is ${sizeOf(bytes)}, expected at most ${sizeOf(ASSET_LIMITS.bytes)} (resize or compress it)`
    : undefined;
}

export type ContentEntries = { files: string[]; links: string[] };

/**
 * The regular files under `dir` (paths relative to it, sorted) and, apart, its symbolic links, never
 * followed: a link in a pull request could make the build read any file of the machine.
 */
export function contentEntries(dir: string): ContentEntries {
  const entries: ContentEntries = { files: [], links: [] };
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isSymbolicLink()) entries.links.push(child);
      else if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) entries.files.push(child);
    }
  };
  if (existsSync(dir)) walk("");
  entries.files.sort();
  entries.links.sort();
  return entries;
}

/** The slugs of a tags.yml registry, or undefined when it holds no `tags` list. */
export function tagSlugsIn(yamlText: string): string[] | undefined {
  const registry = readYaml(yamlText).value;
  // Own keys only: a key from a file never reaches a prototype.
  const tags = registry && typeof registry === "object" && Object.hasOwn(registry, "tags") ? Reflect.get(registry, "tags") : undefined;
  if (!Array.isArray(tags)) return undefined;
  return tags.map((tag: unknown) =>
    tag && typeof tag === "object" && Object.hasOwn(tag, "slug") ? String(Reflect.get(tag, "slug")) : "",
  );
}

export function readTagSlugs(contentDir: string): string[] {
  return tagSlugsIn(readFileSync(path.join(contentDir, "tags.yml"), "utf8")) ?? [];
}

export function readAuthorSlugs(contentDir: string): string[] {
  return readdirSync(path.join(contentDir, "authors"))
    .filter((file) => file.endsWith(".yml"))
    .map((file) => path.basename(file, ".yml"))
    .sort();
}
