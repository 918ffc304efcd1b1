/**
 * After `next build` (scripts/build.ts): the kept pages' files go back into the build folder from the page
 * store, with their prerender-manifest entries, and the pages this build rendered go into the store with the
 * reads they made, for the next build. Files are hard links (the store and the build folder share the bytes;
 * Next writes new files, never into old ones), copies where a link can't be made.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pageStoreOf, readsDirOf, type Note, type Read } from "./page-reads";
import {
  decisionsDirOf,
  indexFileOf,
  pageFilesOf,
  readPageIndex,
  type PageDecision,
  type PageIndex,
  type PageRecord,
} from "./page-reuse";

/** A prerendered page's files in Next's build folder, relative to server/app: its HTML, RSC, meta and segments. */
export function pageFileNames(appDir: string, page: string): string[] {
  const base = page.replace(/^\//, "");
  const names = [".html", ".rsc", ".meta"]
    .map((ext) => base + ext)
    .filter((name) => existsSync(path.join(appDir, name)));
  const segments = `${base}.segments`;
  if (existsSync(path.join(appDir, segments))) {
    for (const entry of readdirSync(path.join(appDir, segments), { recursive: true, encoding: "utf8" })) {
      if (statSync(path.join(appDir, segments, entry)).isFile()) names.push(path.join(segments, entry));
    }
  }
  return names;
}

function place(from: string, to: string) {
  mkdirSync(path.dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** What the page workers noted of each page in this build: the reads it made, the cache entries it used. */
export function readNotes(cacheDir: string): Map<string, { reads: Read[]; entries: string[] }> {
  const byPage = new Map<string, { reads: Map<string, Read>; entries: Set<string> }>();
  const dir = readsDirOf(cacheDir);
  if (!existsSync(dir)) return new Map();
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (!line) continue;
      const { page, ...note } = JSON.parse(line) as Note & { page: string };
      const notes = byPage.get(page) ?? { reads: new Map<string, Read>(), entries: new Set<string>() };
      // The same query twice in one render (metadata and page) is one read; a different hash is kept too.
      if ("entry" in note) notes.entries.add(note.entry);
      else notes.reads.set(JSON.stringify(note), note);
      byPage.set(page, notes);
    }
  }
  return new Map(
    [...byPage].map(([page, notes]) => [page, { reads: [...notes.reads.values()], entries: [...notes.entries] }]),
  );
}

/** The pages a build kept from the previous one, and how many it rendered and stored for the next. */
export type PageSettlement = { kept: string[]; stored: number };

/** Clears what a build's page workers leave in the store (their notes, their decision) before `next build`. */
export function clearPageNotes(cacheDir: string): void {
  rmSync(readsDirOf(cacheDir), { recursive: true, force: true });
  rmSync(decisionsDirOf(cacheDir), { recursive: true, force: true });
}

/** The routes' choices for this build, as one; undefined when none was made or they disagree on the version. */
function readDecisions(cacheDir: string): PageDecision | undefined {
  const dir = decisionsDirOf(cacheDir);
  if (!existsSync(dir)) return undefined;
  const decisions = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as PageDecision);
  const version = decisions[0]?.version;
  if (version === undefined || decisions.some((decision) => decision.version !== version)) return undefined;
  return { version, keep: decisions.flatMap((decision) => decision.keep) };
}

/**
 * Puts the kept pages back into `distDir` and stores the rendered ones. Without a decision (pages can't be kept
 * in this build) the store is emptied: its pages were made for another build.
 */
export function settlePages(distDir: string, cacheDir: string): PageSettlement {
  const appDir = path.join(distDir, "server", "app");
  const notes = readNotes(cacheDir);
  const decision = readDecisions(cacheDir);
  clearPageNotes(cacheDir);
  if (!decision) {
    rmSync(pageStoreOf(cacheDir), { recursive: true, force: true });
    return { kept: [], stored: 0 };
  }
  const previous = readPageIndex(cacheDir);
  const manifestFile = path.join(distDir, "prerender-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { routes: Record<string, unknown> };
  const next: PageIndex = { version: decision.version, pages: {} };
  const now = new Date();

  for (const page of decision.keep) {
    const record = previous?.pages[page];
    const stored = pageFilesOf(cacheDir, page);
    if (!record || !existsSync(stored) || page in manifest.routes) {
      throw new Error(`page store: ${page} was to be kept, but the store has no copy of it or Next rendered it`);
    }
    for (const name of pageFileNames(stored, page)) {
      utimesSync(path.join(stored, name), now, now);
      place(path.join(stored, name), path.join(appDir, name));
    }
    manifest.routes[page] = record.route;
    next.pages[page] = record;
    // Its entries stay in the cache (pruneCache keeps what this build touched) for the build that renders it again.
    for (const entry of record.entries ?? []) {
      const file = path.join(cacheDir, entry);
      if (existsSync(file)) utimesSync(file, now, now);
    }
  }

  const kept = new Set(decision.keep);
  let storedPages = 0;
  for (const [page, { reads, entries }] of notes) {
    if (kept.has(page)) continue;
    const route = manifest.routes[page];
    const names = pageFileNames(appDir, page);
    if (route === undefined || names.length === 0) continue;
    const stored = pageFilesOf(cacheDir, page);
    rmSync(stored, { recursive: true, force: true });
    for (const name of names) place(path.join(appDir, name), path.join(stored, name));
    const record: PageRecord = { reads, entries, route };
    next.pages[page] = record;
    storedPages += 1;
  }

  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  writeFileSync(indexFileOf(cacheDir), JSON.stringify(next));
  return { kept: [...decision.keep], stored: storedPages };
}
