/**
 * The unit tests run in four processes, two at a time, each importing a quarter of the `*.test.ts(x)` files beside
 * the code: a process per file cost about half a CPU-second each, half the suite's time, mostly loading the same
 * libraries again. The price is that test files share a process, so a test file leaves no trace in it, and
 * eslint.config.mjs holds each one to that: no `async` describe body (it would still run while other files' tests
 * run), no hook outside a describe() (it would run for every file), and what it sets in `process.env` or the
 * working directory it sets in a hook or a test and puts back there.
 */
import { readdirSync } from "node:fs";
import { before } from "node:test";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["lib", "components", "scripts"];

/** Every unit test file, in a fixed order; shard `n` of `count` takes every count-th, starting at the n-th. */
export function unitTestFiles(shard: number, count: number): string[] {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.test\.tsx?$/.test(file) && !file.split(path.sep).includes("node_modules"))
      .map((file) => path.join(ROOT, folder, file)),
  ).sort();
  return files.filter((_, index) => index % count === shard - 1);
}

/**
 * Imports shard `n`'s files one by one, in order; the first test starts when the last file is loaded, so no file's
 * top-level code runs during another file's tests.
 */
export function loadShard(shard: number, count: number): void {
  const loading = (async () => {
    for (const file of unitTestFiles(shard, count)) await import(pathToFileURL(file).href);
  })();
  before(() => loading);
}
