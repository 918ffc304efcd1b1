/**
 * The build cache's stores, as the build's steps and Next's page workers use them. `npm run build`
 * (scripts/build.ts) passes the folder and each store's version in JOURNAL_CACHE; without it (next dev, a
 * bare `next build`, the tests) every store is off and everything is made afresh.
 *
 * An entry is a file named by the SHA-256 of its store's version and of its input (the post's text, what a card
 * draws): content decides, never a modification time. Reading an entry marks it used (its mtime is the cache's
 * own bookkeeping, not a key), so the build can prune what it no longer needs. Writes go through a temporary
 * file and a rename: two page workers writing the same entry can't leave half of one.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What each store holds, and the modules whose import closure makes it (its version: code-version.ts). */
export const STORES = {
  /** Posts compiled once (MDX → JavaScript, code highlighted), with their headings, links and word count. */
  mdx: ["lib/render/mdx-compile.ts"],
  /** The word count of each post's text, noted by the compile for the reading time (lib/content/reading-time.ts). */
  words: ["lib/render/mdx-compile.ts"],
  /** Post bodies as the feeds carry them (HTML, with the feed's components). */
  "feed-body": ["lib/publish/feed-body.ts"],
  /** The files made from each image of a post (lib/media/), keyed by its bytes; sharp's version is in package-lock.json. */
  media: ["lib/media/variants.ts"],
  /** Social cards (PNG), keyed by what they draw; the fonts' version is in package-lock.json. */
  card: ["lib/publish/social-card.tsx"],
} as const satisfies Record<string, readonly string[]>;

export type StoreName = keyof typeof STORES;
export type CacheConfig = { dir: string; versions: Partial<Record<StoreName, string>> };

export const CACHE_ENV = "JOURNAL_CACHE";

let parsed: { raw: string; config: CacheConfig } | undefined;

export function readCacheConfig(env: NodeJS.ProcessEnv = process.env): CacheConfig | undefined {
  const raw = env[CACHE_ENV];
  if (!raw) return undefined;
  if (parsed?.raw === raw) return parsed.config;
  const config: unknown = JSON.parse(raw);
  if (typeof config !== "object" || config === null || !("dir" in config) || typeof config.dir !== "string") {
    throw new Error(`${CACHE_ENV}: expected {"dir": "...", "versions": {...}}, got ${raw}`);
  }
  parsed = { raw, config: config as CacheConfig };
  return parsed.config;
}

const sha256 = (...parts: readonly (string | Uint8Array)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
};

export type CacheStore = {
  name: StoreName;
  /** Whether the store holds the entry (without reading it or marking it used). */
  has(input: string): boolean;
  read(input: string): Buffer | undefined;
  write(input: string, data: string | Uint8Array): void;
};

/** One store, or undefined when the cache is off or the store has no version in this build. */
export function openStore(name: StoreName, config = readCacheConfig()): CacheStore | undefined {
  const version = config?.versions[name];
  if (!config || !version) return undefined;
  const dir = path.join(config.dir, name);
  const fileOf = (input: string) => path.join(dir, sha256(version, input));
  return {
    name,
    has: (input) => existsSync(fileOf(input)),
    read(input) {
      const file = fileOf(input);
      if (!existsSync(file)) return undefined;
      const now = new Date();
      utimesSync(file, now, now);
      return readFileSync(file);
    },
    write(input, data) {
      const file = fileOf(input);
      mkdirSync(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, data);
      renameSync(temporary, file);
    },
  };
}

/** Where a build's processes note each hit and miss, for the build's profile (read and removed by scripts/build.ts). */
export const profileDirOf = (cacheDir: string) => path.join(cacheDir, ".profile");

function note(config: CacheConfig, store: StoreName, hit: boolean, ms: number) {
  const dir = profileDirOf(config.dir);
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify({ store, hit, ms })}\n`);
}

type Lookup = { config: CacheConfig | undefined; store: CacheStore | undefined; started: number; hit?: Buffer };

function lookUp(name: StoreName, input: string): Lookup {
  const config = readCacheConfig();
  const store = openStore(name, config);
  const started = performance.now();
  return { config, store, started, hit: store?.read(input) };
}

/** Stores what was made (on a miss) and notes the hit or miss for the build's profile. */
function settle<T>(
  name: StoreName,
  input: string,
  lookup: Lookup,
  value: T,
  encode: (value: T) => string | Uint8Array,
) {
  const hit = lookup.hit !== undefined;
  if (!hit) lookup.store?.write(input, encode(value));
  if (lookup.config) note(lookup.config, name, hit, performance.now() - lookup.started);
  return value;
}

/**
 * `make(input)`'s result from the store when it holds it, else made, stored and returned. `encode`/`decode`
 * turn it into the entry's bytes and back. With the cache off this is `make` alone.
 */
export async function cached<T>(
  name: StoreName,
  input: string,
  make: () => Promise<T>,
  encode: (value: T) => string | Uint8Array,
  decode: (bytes: Buffer) => T,
): Promise<T> {
  const lookup = lookUp(name, input);
  const value = lookup.hit !== undefined ? decode(lookup.hit) : await make();
  return settle(name, input, lookup, value, encode);
}

/** `cached` for work that is synchronous (the content check's reading of a file). */
export function cachedSync<T>(
  name: StoreName,
  input: string,
  make: () => T,
  encode: (value: T) => string | Uint8Array,
  decode: (bytes: Buffer) => T,
): T {
  const lookup = lookUp(name, input);
  return settle(name, input, lookup, lookup.hit !== undefined ? decode(lookup.hit) : make(), encode);
}
