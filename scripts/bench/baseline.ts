/**
 * The build the bench compares against: a git worktree of an earlier commit under .tmp/bench, with this
 * checkout's node_modules hard-linked when both lockfiles install the same packages (Turbopack refuses a linked
 * one), else installed by `npm ci`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Whether two package-lock.json texts install the same packages, so that one node_modules serves both: every entry
 * but the project's own (which also lists what the project names as its dependencies) is compared.
 */
export function sameInstalledPackages(a: string, b: string): boolean {
  const installed = (text: string) => {
    const { packages = {} } = JSON.parse(text) as { packages?: Record<string, unknown> };
    return JSON.stringify(
      Object.entries(packages)
        .filter(([name]) => name !== "")
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  };
  return installed(a) === installed(b);
}

/** Checks `ref` out into .tmp/bench/baseline, ready to build; returns its folder and how to remove it. */
export function checkOutBaseline(root: string, ref: string): { dir: string; remove: () => void } {
  const dir = path.join(root, ".tmp/bench/baseline");
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (existsSync(dir)) git("worktree", "remove", "--force", dir);
  git("worktree", "add", "--detach", dir, ref);
  const lock = readFileSync(path.join(root, "package-lock.json"), "utf8");
  if (sameInstalledPackages(readFileSync(path.join(dir, "package-lock.json"), "utf8"), lock)) {
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  } else {
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
  }
  return { dir, remove: () => git("worktree", "remove", "--force", dir) };
}
