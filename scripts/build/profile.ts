/** The profile `npm run build` prints at its end: each step's wall time and the cache's work. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CacheUse } from "../../lib/cache/maintain";
import type { StepResult } from "./step";

export type StoreUse = { store: string; hits: number; misses: number; hitMs: number; missMs: number };
export type BuildProfile = {
  workers: number;
  steps: StepResult[];
  stores: StoreUse[];
  cache: CacheUse | undefined;
  seconds: number;
};

/** The hits and misses the build's processes noted (lib/cache/store.ts), per store. */
export function readStoreProfile(dir: string): StoreUse[] {
  const byStore = new Map<string, StoreUse>();
  if (!existsSync(dir)) return [];
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (!line) continue;
      const { store, hit, ms } = JSON.parse(line) as { store: string; hit: boolean; ms: number };
      const use = byStore.get(store) ?? { store, hits: 0, misses: 0, hitMs: 0, missMs: 0 };
      if (hit) {
        use.hits += 1;
        use.hitMs += ms;
      } else {
        use.misses += 1;
        use.missMs += ms;
      }
      byStore.set(store, use);
    }
  }
  return [...byStore.values()].sort((a, b) => a.store.localeCompare(b.store));
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function formatProfile(profile: BuildProfile, nextCacheDir: string): string {
  const lines = [`Build profile (${profile.workers} cores, ${profile.seconds.toFixed(1)} s in all):`];
  for (const step of profile.steps) {
    lines.push(`  ${step.name.padEnd(34)} ${step.seconds.toFixed(1).padStart(7)} s`);
  }
  if (profile.stores.length) {
    lines.push("  build cache (summed over the processes that used it):");
    for (const use of profile.stores) {
      lines.push(
        `    ${use.store.padEnd(10)} ${String(use.hits).padStart(6)} hits ${(use.hitMs / 1000).toFixed(1).padStart(6)} s` +
          `  ${String(use.misses).padStart(6)} made ${(use.missMs / 1000).toFixed(1).padStart(6)} s`,
      );
    }
  }
  if (profile.cache) {
    lines.push(
      `  cache folder ${nextCacheDir}: ours ${mb(profile.cache.bytes)} in ${profile.cache.files} files` +
        ` (${profile.cache.removed} unused removed)`,
    );
  }
  return lines.join("\n");
}
