/**
 * The build cache's housekeeping, run by `npm run build` (scripts/build.ts): turning it on for a build and
 * pruning what a build did not use.
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { codeVersion } from "./code-version";
import { CACHE_ENV, STORES, type CacheConfig, type StoreName } from "./store";

/** The cache's layout version: a change to how entries are named or laid out starts it afresh. */
export const CACHE_FORMAT = "1";

/** The configuration (and the JOURNAL_CACHE value) of a build of the project in `root` using `dir`. */
export function cacheConfig(root: string, dir: string): CacheConfig {
  const versions = Object.fromEntries(
    Object.entries(STORES).map(([name, entries]) => [name, `${CACHE_FORMAT}-${codeVersion(root, entries)}`]),
  ) as Record<StoreName, string>;
  return { dir: path.resolve(root, dir), versions };
}

export const cacheEnv = (config: CacheConfig) => ({ [CACHE_ENV]: JSON.stringify(config) });

export type CacheUse = { files: number; bytes: number; removed: number };

/**
 * After a whole build: every entry not read or written since `since` (ms) is removed, as is anything that is
 * not a store. What stays is what this content needs under this code, so the folder's size follows the content.
 */
export function pruneCache(config: CacheConfig, since: number): CacheUse {
  const use: CacheUse = { files: 0, bytes: 0, removed: 0 };
  if (!existsSync(config.dir)) return use;
  for (const entry of readdirSync(config.dir, { withFileTypes: true })) {
    const dir = path.join(config.dir, entry.name);
    if (!entry.isDirectory() || !(entry.name in STORES)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      const full = path.join(dir, file);
      const stat = statSync(full);
      if (!stat.isFile()) continue;
      // An entry is marked used when read or written (store.ts).
      if (stat.mtimeMs < since) {
        rmSync(full);
        use.removed += 1;
      } else {
        use.files += 1;
        use.bytes += stat.size;
      }
    }
  }
  return use;
}
