// `npm run bench -- [--posts 1000] [--runs 3] [--baseline HEAD~1 | none] [--floor]`
// Did this change make the journal slower or heavier? One generated corpus of N posts (in .tmp/bench, never
// content/), built by the baseline commit (a git worktree) and by this checkout, alternated `--runs` times: a
// clean `npm run build`, then a rebuild after one post is edited, with the peak memory of each build's process
// tree. Then each side's page weight and Lighthouse (mobile, median of the runs) for the index and a post.
// `--floor` also builds, in the same alternation, a bare Next site of as many pages. JSON goes to reports/.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { todayUtc } from "../lib/content/publishing";
import { writeBareSite } from "./bench/bare-site";
import { checkOutBaseline } from "./bench/baseline";
import { editOnePost, writeSyntheticContent } from "./bench/corpus";
import { lighthouse, medianResult, type LighthouseResult } from "./bench/lighthouse";
import { formatReport, type BenchReport, type SideReport } from "./bench/report";
import { run, startServer, stopServer } from "./bench/run";
import { pageWeight } from "./bench/weight";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    baseline: { type: "string", default: "HEAD~1" },
    floor: { type: "boolean", default: false },
  },
});
const posts = Number(values.posts);
const runs = Number(values.runs);
if (!Number.isInteger(posts) || posts < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error("bench: --posts and --runs must be whole numbers from 1");
  process.exit(2);
}
const root = process.cwd();
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.BENCH_PORT ?? 4890);
const distDir = ".next/bench";
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

type Side = { report: SideReport; dir: string; content: string };

const baseline = values.baseline === "none" ? undefined : checkOutBaseline(root, values.baseline);
const sides: Side[] = [
  ...(baseline ? [{ name: values.baseline, dir: baseline.dir }] : []),
  { name: "this", dir: root },
].map(({ name, dir }) => ({
  dir,
  content: path.join(root, ".tmp/bench", `content-${name === "this" ? "this" : "baseline"}`),
  report: { name, cleanSeconds: [], rebuildSeconds: [], peakRssBytes: 0, pages: 0 },
}));
const build = (side: Side) =>
  run(
    "npm",
    ["run", "build"],
    { CONTENT_DIR: side.content, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    side.dir,
  );

const report: BenchReport = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  posts,
  sides: sides.map((side) => side.report),
  ...(values.floor && { floorSeconds: [] }),
};

try {
  for (let i = 1; i <= runs; i += 1) {
    // Each run swaps which side goes first: the side built second ran slower in every bench that kept one order.
    const order = i % 2 === 1 ? sides : [...sides].reverse();
    for (const side of order) {
      log(`${side.report.name}: clean build of ${posts} posts (${i}/${runs})`);
      writeSyntheticContent(root, posts, todayUtc(), side.content);
      rmSync(path.join(side.dir, distDir), { recursive: true, force: true });
      rmSync(path.join(side.dir, ".contentlayer"), { recursive: true, force: true });
      const clean = await build(side);
      side.report.cleanSeconds.push(clean.seconds);
      side.report.peakRssBytes = Math.max(side.report.peakRssBytes, clean.peakRssBytes);
      side.report.pages = Number(/Generating static pages .*\(\d+\/(\d+)\)/.exec(clean.output)?.[1] ?? 0);
    }
    for (const side of order) {
      log(`${side.report.name}: rebuild after editing one post (${i}/${runs})`);
      editOnePost(side.content, posts);
      side.report.rebuildSeconds.push((await build(side)).seconds);
    }
    if (report.floorSeconds) {
      const pages = sides.at(-1)?.report.pages ?? posts;
      log(`bare Next site of ${pages} pages (${i}/${runs})`);
      const site = writeBareSite(path.join(root, ".tmp/bench/bare-site"), pages);
      report.floorSeconds.push((await run(path.join(root, "node_modules/.bin/next"), ["build"], {}, site)).seconds);
    }
  }

  // Each side's build on its own port, measured in turns.
  const servers = await Promise.all(
    sides.map((side, i) =>
      startServer(
        path.join(side.dir, "node_modules/.bin/next"),
        ["start", "-p", String(port + i), "-H", "127.0.0.1"],
        `http://127.0.0.1:${port + i}/`,
        { NEXT_DIST_DIR: distDir },
        side.dir,
      ),
    ),
  );
  try {
    const pathOf = { index: "/", post: "/posts/synthetic-post-0001" } as const;
    for (const [i, side] of sides.entries()) {
      const origin = `http://127.0.0.1:${port + i}`;
      side.report.weight = {
        index: await pageWeight(origin, pathOf.index),
        post: await pageWeight(origin, pathOf.post),
      };
    }
    const scores = sides.map(() => ({ index: [] as LighthouseResult[], post: [] as LighthouseResult[] }));
    for (let r = 1; r <= runs; r += 1) {
      for (const page of ["index", "post"] as const) {
        for (const [i, side] of sides.entries()) {
          log(`${side.report.name}: Lighthouse ${page} (${r}/${runs})`);
          scores[i]?.[page].push(await lighthouse(`http://127.0.0.1:${port + i}${pathOf[page]}`, chromePath));
        }
      }
    }
    for (const [i, side] of sides.entries()) {
      const { index = [], post = [] } = scores[i] ?? {};
      side.report.lighthouse = { index: medianResult(index), post: medianResult(post) };
    }
  } finally {
    servers.forEach(stopServer);
  }
} finally {
  baseline?.remove();
}

// Leave the generated collection as the real content, as a developer expects it.
await run(path.join(root, "node_modules/.bin/contentlayer2"), ["build"], { CONTENT_DIR: "content" });
mkdirSync("reports", { recursive: true });
writeFileSync(path.join("reports", `bench-${report.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(report, null, 2));
console.log(`\n${formatReport(report)}\n`);
if (existsSync(".tmp/bench")) rmSync(".tmp/bench", { recursive: true, force: true });
