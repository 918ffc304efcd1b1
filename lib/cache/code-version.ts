/**
 * The version of a cache store: a hash of the code that makes its entries (the import closure of the modules
 * named, followed through relative and `@/` imports) and of package-lock.json (every dependency's exact
 * version). An edit to that code, or any dependency upgrade, gives the store a new version, and every entry
 * made by the old code is missed (and later pruned), never served.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];
// An import or export statement (its clause may span lines) or a dynamic import(); group 1 marks `import type`.
const IMPORT = /\b(?:(?:import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s+)?|import\s*\(\s*)["']([^"']+)["']/g;

function resolveFile(root: string, fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return undefined;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The repository files `entries` import, directly or not, themselves included; sorted, relative to `root`. */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((entry) => path.resolve(root, entry));
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`cache version: ${path.relative(root, file)} does not exist`);
    seen.add(file);
    // JSON and other data files count by their bytes; only code is followed further.
    if (!/\.(ts|tsx|mts|mjs|js)$/.test(file)) continue;
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      // Types are erased: what a module only names as a type can't change what it makes.
      if (match[1]) continue;
      const target = resolveFile(root, file, match[2] ?? "");
      if (target && !seen.has(target)) stack.push(target);
    }
  }
  return [...seen].map((file) => path.relative(root, file).split(path.sep).join("/")).sort();
}

/**
 * SHA-256 (hex) of the closure of `entries` and of package-lock.json: names and bytes, in a fixed order. A copy
 * of the project without a lockfile (the dev server's tests make one) falls back to package.json, whose versions
 * are pinned.
 */
export function codeVersion(root: string, entries: readonly string[]): string {
  const hash = createHash("sha256");
  const lockfile = existsSync(path.join(root, "package-lock.json")) ? "package-lock.json" : "package.json";
  for (const file of [...importClosure(root, entries), lockfile]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}
