/**
 * Which prerendered pages a build can keep from the previous one instead of rendering them again. A page is kept
 * when the previous build rendered it under the same page version and every content read it made (page-reads.ts)
 * gives the same hash on this build's content. The page version covers everything else a page is made of:
 * the build id (scripts/build.ts makes it a hash of every file of the project outside the content, so any code,
 * style or dependency change renders every page again), the page code's cache version, the deployment and
 * site settings the pages read, and the names of the built scripts, styles and fonts (content-hashed: a post
 * that brings a new utility class into the style sheet changes them, and every page with them).
 *
 * A route's handler (the post pages, the later index pages) asks `pagesToRender()` for the pages to give Next; the
 * choice goes to the page store (decisions/<route>.json), where page-files.ts finds it after `next build` to put
 * the kept pages' files back.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageStoreOf, type Read } from "./page-reads";
import { readCacheConfig } from "./store";

export const BUILD_ID_ENV = "JOURNAL_BUILD_ID";

/**
 * A page the store can give back: what it read, the build-cache entries it was made from (kept while the page is)
 * and its entry in Next's prerender manifest.
 */
export type PageRecord = { reads: Read[]; entries?: string[]; route: unknown };
export type PageIndex = { version: string; pages: Record<string, PageRecord> };
export type PageDecision = { version: string; keep: string[] };

export const indexFileOf = (cacheDir: string) => path.join(pageStoreOf(cacheDir), "index.json");
/** Where each route's handler leaves its choice for this build (one file a route). */
export const decisionsDirOf = (cacheDir: string) => path.join(pageStoreOf(cacheDir), "decisions");
export const decisionFileOf = (cacheDir: string, route: string) =>
  path.join(decisionsDirOf(cacheDir), `${encodeURIComponent(route)}.json`);
/** Where the store keeps a page's files (the page's path, made one safe folder name). */
export const pageFilesOf = (cacheDir: string, page: string) =>
  path.join(pageStoreOf(cacheDir), "files", encodeURIComponent(page));

/** The build folder's files named by their content's hash, which every page's HTML points at. */
function assetNames(distDir: string): string[] {
  return ["chunks", "media"].flatMap((folder) => {
    const dir = path.join(distDir, "static", folder);
    return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => `${folder}/${f}`) : [];
  });
}

/** This build's page version, or undefined when pages can't be kept (no build id, no cache). */
export function pageVersion(distDir: string, settings: string, env: NodeJS.ProcessEnv = process.env) {
  const config = readCacheConfig(env);
  const buildId = env[BUILD_ID_ENV];
  if (!config?.versions.page || !buildId) return undefined;
  const hash = createHash("sha256");
  for (const part of [buildId, config.versions.page, settings, ...assetNames(distDir).sort()]) hash.update(`${part}\0`);
  return hash.digest("hex");
}

export function readPageIndex(cacheDir: string): PageIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(indexFileOf(cacheDir), "utf8")) as PageIndex;
    return typeof index.version === "string" && typeof index.pages === "object" ? index : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pages of `pages` that can be kept: rendered by a build of `version`, their files in the store, and each
 * of their reads replaying to the hash it had. `replay` gives undefined for a read it can't make again.
 */
export function keptPages(
  pages: readonly string[],
  index: PageIndex | undefined,
  version: string,
  replay: (read: Read) => string | undefined,
  hasFiles: (page: string) => boolean,
): string[] {
  if (!index || index.version !== version) return [];
  return pages.filter((page) => {
    const record = index.pages[page];
    return (
      record !== undefined &&
      record.reads.length > 0 &&
      hasFiles(page) &&
      record.reads.every((read) => read.args !== null && replay(read) === read.hash)
    );
  });
}

/**
 * The pages of `route` (its paths, `pages`) this build must render; the others are kept (page-files.ts puts their
 * files back). Without a version every page is rendered. At least one always is, so the route keeps its place in
 * Next's output.
 */
export function pagesToRender(
  route: string,
  pages: readonly string[],
  version: string | undefined,
  replay: (read: Read) => string | undefined,
): string[] {
  const config = readCacheConfig();
  if (!config || version === undefined) return [...pages];
  const keep = keptPages(pages, readPageIndex(config.dir), version, replay, (page) =>
    existsSync(pageFilesOf(config.dir, page)),
  );
  if (keep.length === pages.length) keep.shift();
  const kept = new Set(keep);
  // Next may ask more than once in a build (each asks with the same content): the last answer stands.
  const decision: PageDecision = { version, keep };
  const file = decisionFileOf(config.dir, route);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(decision));
  renameSync(temporary, file);
  return pages.filter((page) => !kept.has(page));
}
