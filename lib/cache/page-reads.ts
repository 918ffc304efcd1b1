/**
 * What each prerendered page read from the content, so that a later build can keep the page's output instead of
 * rendering it again (page-reuse.ts decides, page-files.ts moves the files). lib/content/content.ts passes every
 * query through `query()`: a call made while a page renders is noted with the hash of its result, and a page
 * that may be kept says which page it is with `markPage()`. The notes of one render (layout, metadata and page
 * share React's request-scoped cache) go to one file per process in the page store, as lines of JSON, with the
 * build-cache entries the render found or made (store.ts `onEntryUse`), which a kept page keeps alive.
 *
 * A read is replayable when its arguments are plain values or content objects the content module can name
 * (a post by its slug): the next build calls the same query with the same arguments on its own content and
 * compares hashes. A read that can't be replayed keeps its page from ever being kept.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { cache } from "react";
import { onEntryUse, readCacheConfig } from "./store";

/** An argument as a record holds it: a plain value, or a reference the content module resolves. */
export type ReadArg = string | number | boolean | null | { ref: string };
/** One query a page made: its name, its arguments (null when they can't be replayed) and its result's hash. */
export type Read = { query: string; args: ReadArg[] | null; hash: string };

/** How the content module names its objects in a record and finds them again. */
export type References = {
  refOf(value: object): string | undefined;
  resolve(ref: string): unknown;
};

/** The page store's folder in the build cache. */
export const pageStoreOf = (cacheDir: string) => path.join(cacheDir, "page");
export const readsDirOf = (cacheDir: string) => path.join(pageStoreOf(cacheDir), "reads");

const sha = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 32);
const hashes = new WeakMap<object, string>();

/**
 * A hash of a value's data: of its JSON for primitives, of its entries' hashes for arrays and objects. The
 * content's objects are never changed once made, so an object's hash is computed once and kept by identity.
 */
export function hashOf(value: unknown): string {
  if (typeof value === "function") return sha("function");
  if (value === null || typeof value !== "object") return sha(JSON.stringify(value) ?? "undefined");
  const known = hashes.get(value);
  if (known) return known;
  const hash = Array.isArray(value)
    ? sha(`[${value.map(hashOf).join(",")}]`)
    : sha(`{${Object.entries(value).map(([key, entry]) => `${JSON.stringify(key)}:${hashOf(entry)}`)}}`);
  hashes.set(value, hash);
  return hash;
}

type Scope = { page?: string; pending: (() => Note)[] };
/** A line of the notes: a read, or a build-cache entry (its file, from the cache folder) the render used. */
export type Note = Read | { entry: string };

// One object per render (React's request-scoped cache); outside a render, a new one per call that nobody marks.
const scopeOf = cache((): Scope => ({ pending: [] }));

let sink: number | null | undefined;

/** The file this process notes reads in, opened on first use; null when the build cache is off. */
function sinkOf(): number | null {
  if (sink !== undefined) return sink;
  const config = readCacheConfig();
  if (!config?.versions.page) return (sink = null);
  const dir = readsDirOf(config.dir);
  mkdirSync(dir, { recursive: true });
  sink = openSync(path.join(dir, `${process.pid}-${randomUUID()}.jsonl`), "a");
  return sink;
}

function argsOf(args: readonly unknown[], references: References): ReadArg[] | null {
  const out: ReadArg[] = [];
  for (const arg of args) {
    if (arg === null || typeof arg === "string" || typeof arg === "number" || typeof arg === "boolean") out.push(arg);
    else {
      const ref = typeof arg === "object" ? references.refOf(arg) : undefined;
      if (ref === undefined) return null;
      out.push({ ref });
    }
  }
  return out;
}

function write(page: string, note: () => Note) {
  const fd = sinkOf();
  if (fd !== null) writeSync(fd, `${JSON.stringify({ page, ...note() })}\n`);
}

/** Notes `note` for the page being rendered; kept until the render says which page it is (`markPage`). */
function noteForPage(note: () => Note) {
  // Without the page store (dev, the cache off) nothing is noted and a render pays nothing for it.
  if (sinkOf() === null) return;
  const scope = scopeOf();
  if (scope.page !== undefined) write(scope.page, note);
  else scope.pending.push(note);
}

// A page kept by a later build keeps the cache entries it was made from (its compiled body): without them, the
// first build that has to render it again would make them again.
onEntryUse((entry) => noteForPage(() => ({ entry })));

/** The content module's queries, noted while a page renders, and the replay of a noted read. */
export function readRecorder(references: References) {
  const registry = new Map<string, (...args: never[]) => unknown>();

  return {
    /** `fn` under `name`: each call made while a page renders is noted for that page. */
    query<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
      if (registry.has(name)) throw new Error(`content query "${name}" is defined twice`);
      registry.set(name, fn as (...args: never[]) => unknown);
      return (...args: A) => {
        const result = fn(...args);
        noteForPage(() => ({ query: name, args: argsOf(args, references), hash: hashOf(result) }));
        return result;
      };
    },
    /** The hash `read` gives on this build's content, or undefined when it can't be replayed. */
    replay(read: Read): string | undefined {
      const fn = registry.get(read.query);
      if (!fn || !read.args) return undefined;
      const args: unknown[] = [];
      for (const arg of read.args) {
        const value = arg !== null && typeof arg === "object" ? references.resolve(arg.ref) : arg;
        if (value === undefined) return undefined;
        args.push(value);
      }
      return hashOf(fn(...(args as never[])));
    },
  };
}

/**
 * Says that the render in progress is `page` (a path such as /posts/a-slug): its reads so far and from now on
 * are noted for it. Called by a page that a later build may keep, in its metadata and its component.
 */
export function markPage(page: string): void {
  const scope = scopeOf();
  if (scope.page === page) return;
  if (scope.page !== undefined) throw new Error(`one render marked as ${scope.page} and ${page}`);
  scope.page = page;
  // The reads made before the mark: the layout's, or the metadata's when it ran first.
  for (const note of scope.pending.splice(0)) write(page, note);
}
