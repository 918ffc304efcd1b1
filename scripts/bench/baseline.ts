/**
 * Goal 1's comparison: clean builds of one corpus by an earlier commit (a git worktree under .tmp/bench, sharing
 * this checkout's node_modules by hard links) and by this checkout, alternated in one run, so that the
 * machine's drift over the run falls on both alike. Beside them, in the same alternation, the floor: `next build`
 * of a bare site with as many pages as this checkout's build prerendered (scripts/bench/bare-next.ts), what the
 * framework alone takes before the journal does anything.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { countPages } from "../build/profile";
import { writeBareNextSite } from "./bare-next";
import type { BenchReport } from "./report";
import { median, run } from "./run";

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

type Options = { root: string; ref: string; contentDir: string; posts: number; runs: number; log: (m: string) => void };

export async function measureBaseline({ root, ref, contentDir, posts, runs, log }: Options) {
  const tree = path.join(root, ".tmp/bench/baseline");
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (existsSync(tree)) git("worktree", "remove", "--force", tree);
  git("worktree", "add", "--detach", tree, ref);
  try {
    const lock = readFileSync(path.join(root, "package-lock.json"), "utf8");
    if (!sameInstalledPackages(git("show", `${ref}:package-lock.json`), lock)) {
      throw new Error(`baseline: ${ref} has other dependencies (package-lock.json): compare against a later commit`);
    }
    // Turbopack refuses a node_modules linked from outside the project: hard links are a real folder.
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(tree, "node_modules")]);
    const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: ".next/bench", NEXT_TELEMETRY_DISABLED: "1" };
    const clean = async (cwd: string, command: string, args: string[]) => {
      rmSync(path.join(cwd, ".next/bench"), { recursive: true, force: true });
      rmSync(path.join(cwd, ".contentlayer"), { recursive: true, force: true });
      return run(command, args, env, cwd);
    };
    const oldSeconds: number[] = [];
    const newSeconds: number[] = [];
    const floorSeconds: number[] = [];
    let floorPages = 0;
    let oldPeakRssBytes = 0;
    for (let i = 0; i < runs; i += 1) {
      log(`baseline: clean build by ${ref} (${i + 1}/${runs})`);
      const old = await clean(tree, "npm", ["run", "build"]);
      oldSeconds.push(old.seconds);
      oldPeakRssBytes = Math.max(oldPeakRssBytes, old.peakRssBytes);
      log(`baseline: clean build by this checkout (${i + 1}/${runs})`);
      newSeconds.push((await clean(root, path.join(root, "node_modules/.bin/tsx"), ["scripts/build.ts"])).seconds);
      floorPages ||= countPages(path.join(root, ".next/bench"));
      log(`baseline: clean build of a bare Next.js site of ${floorPages} pages (${i + 1}/${runs})`);
      const site = writeBareNextSite(path.join(root, ".tmp/bench/bare-site"), floorPages);
      floorSeconds.push((await run(path.join(root, "node_modules/.bin/next"), ["build"], env, site)).seconds);
    }
    const result: NonNullable<BenchReport["baseline"]> = {
      ref,
      posts,
      oldSeconds,
      newSeconds,
      oldMedian: median(oldSeconds),
      newMedian: median(newSeconds),
      oldPeakRssBytes,
      floor: { pages: floorPages, seconds: floorSeconds, median: median(floorSeconds) },
    };
    return result;
  } finally {
    git("worktree", "remove", "--force", tree);
  }
}
