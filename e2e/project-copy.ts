/**
 * A scratch copy of the project under .tmp/<name> for the end-to-end tests' builds (e2e/serve.sh) and dev server
 * (e2e/dev/): its own content, .contentlayer and build folders, so the suite never touches the checkout's
 * (a static export builds in .next whatever NEXT_DIST_DIR says). node_modules is hard-linked: Turbopack refuses
 * one linked from outside the project. Run as a script (`tsx e2e/project-copy.ts <name> [kept folder…]`), it
 * makes the copy and prints its path.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
/**
 * Generated or local folders a copy must not take (it makes its own), and the lockfile: without it Turbopack
 * takes the checkout, whose lockfile is the nearest, as the workspace root and finds no second one to warn about.
 */
const notCopied = new Set([
  ".git",
  ".next",
  ".contentlayer",
  ".tmp",
  "node_modules",
  "out",
  "test-results",
  "playwright-report",
  "blob-report",
  "reports",
  "package-lock.json",
]);

/**
 * Makes (or remakes) the copy and returns its folder. The folders named in `kept` (build caches, relative to the
 * copy) survive from the previous copy: every entry in them is keyed by content, so they are safe to reuse.
 */
export function copyProject(name: string, kept: readonly string[] = []): string {
  const dir = path.join(root, ".tmp", name);
  const aside = path.join(root, ".tmp", `${name}.kept`);
  rmSync(aside, { recursive: true, force: true });
  for (const folder of kept.filter((folder) => existsSync(path.join(dir, folder)))) {
    mkdirSync(path.dirname(path.join(aside, folder)), { recursive: true });
    renameSync(path.join(dir, folder), path.join(aside, folder));
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!notCopied.has(entry)) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  for (const folder of kept.filter((folder) => existsSync(path.join(aside, folder)))) {
    mkdirSync(path.dirname(path.join(dir, folder)), { recursive: true });
    renameSync(path.join(aside, folder), path.join(dir, folder));
  }
  rmSync(aside, { recursive: true, force: true });
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, ...kept] = process.argv.slice(2);
  if (!name || !/^[\w-]+$/.test(name)) {
    console.error("usage: tsx e2e/project-copy.ts <name> [kept folder…]");
    process.exit(2);
  }
  console.log(copyProject(name, kept));
}
