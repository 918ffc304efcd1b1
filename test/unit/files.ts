/**
 * The unit tests run in as many processes as there are shard-<n>.test.ts files here (four, two at a time), each
 * importing its share of the project's `*.test.ts(x)` files: a process per file cost about half a CPU-second
 * each, half the suite's time, mostly loading the same libraries again. The price is that test files share a
 * process, so a test file leaves no trace in it, and eslint.config.mjs holds each one to that: no `async` describe
 * body (it would still run while other files' tests run), no hook outside a describe() (it would run for every
 * file), and what it sets in `process.env` or the working directory it sets in a hook or a test and puts back.
 */
import { readdirSync } from "node:fs";
import { before, test } from "node:test";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Everything but what is not ours (node_modules, builds, scratch copies) and the browser specs (Playwright's).
const SKIPPED = new Set(["node_modules", ".git", ".next", ".tmp", ".contentlayer", "out", "e2e", "test-results"]);
const SHARD = /^shard-(\d+)\.test\.ts$/;
const SHARDS = readdirSync(import.meta.dirname).filter((name) => SHARD.test(name)).length;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) || at === import.meta.dirname ? [] : testFiles(at);
    return /\.test\.tsx?$/.test(entry.name) ? [at] : [];
  });
}

/** Every unit test file, in a fixed order; shard `n` takes every SHARDS-th, starting at the n-th. */
export function unitTestFiles(shard: number): string[] {
  return testFiles(ROOT)
    .sort()
    .filter((_, index) => index % SHARDS === shard - 1);
}

/**
 * Imports shard `n`'s files one by one, in order; the first test starts when the last file is loaded, so no file's
 * top-level code runs during another file's tests. A file that can't be loaded is a failing test of its own name,
 * and the files after it still run.
 */
export function loadShard(shard: number): void {
  const loading = (async () => {
    for (const file of unitTestFiles(shard)) {
      try {
        await import(pathToFileURL(file).href);
      } catch (error) {
        test(`${path.relative(ROOT, file)} loads`, () => {
          throw error;
        });
      }
    }
  })();
  before(() => loading);
}
