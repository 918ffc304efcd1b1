// `npm run bench -- [--posts 1000] [--runs 3] [--steps content,build,baseline,weight,lighthouse,scale,dev]
//                   [--scale 250,1000] [--baseline dfd055b]`
// Builds the journal from the real content and from N synthetic posts (in .tmp/, never content/) and
// reports build time (clean, and again after editing one post), memory, page weight and Lighthouse scores
// against the budgets and the build-speed goals; JSON under reports/. `--posts 10000` adds a 10,000-post row
// to the scale rows. The baseline step builds the synthetic corpus with the commit before the build-speed
// work and with this one, alternately, `--runs` times each.
import { cpus } from "node:os";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { writeBareNextApp } from "./bench/bare-next";
import { writeSyntheticContent } from "./bench/corpus-dir";
import { devEditLatency } from "./bench/dev";
import { lighthouse } from "./bench/lighthouse";
import { BUILD_BASELINE } from "./bench/goals";
import { printReport } from "./bench/print-report";
import { measureBaseline } from "./bench/baseline";
import { type BenchReport, type CorpusReport } from "./bench/report";
import { countPages, folderBytes, type BuildProfileJson } from "./build/profile";
import { median, run, startServer, stopServer } from "./bench/run";
import { pageWeight } from "./bench/weight";
import { todayUtc } from "../lib/content/content-query";

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    steps: { type: "string", default: "content,build,baseline,weight,lighthouse,scale,dev" },
    scale: { type: "string", default: "250,1000" },
    baseline: { type: "string", default: BUILD_BASELINE },
  },
});
const posts = Number(values.posts);
const runs = Number(values.runs);
const steps = new Set(values.steps.split(","));
const root = process.cwd();
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.BENCH_PORT ?? 4890);
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const origin = `http://127.0.0.1:${port}`;
/** `next start` on loopback for the build in `cwd` (the journal's by default), once it answers. */
const serveBuild = (env: Record<string, string>, cwd?: string) =>
  startServer(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], `${origin}/`, env, cwd);
const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** The profile scripts/build.ts leaves beside a build. */
const readProfile = (distDir: string) =>
  JSON.parse(readFileSync(path.join(distDir, "build-profile.json"), "utf8")) as BuildProfileJson;

/** An author's edit: a sentence more in the middle post's last paragraph. */
function editOnePost(contentDir: string, count: number): void {
  const file = path.join(contentDir, "posts", `synthetic-post-${String(Math.ceil(count / 2)).padStart(4, "0")}.mdx`);
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()} One more sentence, edited.\n`);
}

async function measure(label: string, contentDir: string, count: number, full: boolean): Promise<CorpusReport> {
  // One output folder for every corpus (built one after another): Next adds each distDir to tsconfig.json.
  const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: ".next/bench", NEXT_TELEMETRY_DISABLED: "1" };
  const distDir = path.join(root, env.NEXT_DIST_DIR);
  log(`${label}: content step (npm run content: check and contentlayer side by side) on ${count} posts`);
  // Clean: without contentlayer's cache of documents it has already processed.
  rmSync(path.join(root, ".contentlayer"), { recursive: true, force: true });
  const content = await run(bin("tsx"), ["scripts/content.ts"], env);
  const report: CorpusReport = { label, posts: count, contentSeconds: content.seconds };
  if (steps.has("content") && !label.startsWith("scale")) {
    log(`${label}: npm run check alone, ${runs} runs`);
    const seconds: number[] = [];
    for (let i = 0; i < runs; i += 1) seconds.push((await run(bin("tsx"), ["scripts/check.ts"], env)).seconds);
    report.checkSeconds = median(seconds);
  }
  if (!steps.has("build") && !full && !label.startsWith("scale")) return report;
  log(`${label}: clean npm run build (empty build cache)`);
  rmSync(distDir, { recursive: true, force: true });
  rmSync(path.join(root, ".contentlayer"), { recursive: true, force: true });
  const build = await run(bin("tsx"), ["scripts/build.ts"], env);
  const clean = readProfile(distDir);
  Object.assign(report, {
    buildSeconds: build.seconds,
    peakRssBytes: build.peakRssBytes,
    outputBytes: folderBytes(distDir) - folderBytes(path.join(distDir, "cache")),
    pages: countPages(distDir),
    profiles: { clean },
  });
  if (label === "synthetic") {
    log(`${label}: npm run build again after editing one post`);
    editOnePost(contentDir, count);
    const rebuild = await run(bin("tsx"), ["scripts/build.ts"], env);
    report.rebuildSeconds = rebuild.seconds;
    report.profiles = { clean, rebuild: readProfile(distDir) };
  }
  if (!full || (!steps.has("weight") && !steps.has("lighthouse"))) return report;

  const server = await serveBuild(env);
  try {
    const postPath = label === "real" ? "/posts/introduction-to-pci-dss" : "/posts/synthetic-post-0001";
    if (steps.has("weight")) {
      log(`${label}: page weight`);
      const post = await pageWeight(origin, postPath);
      const html = await (await fetch(origin + postPath)).text();
      const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? "";
      report.weight = {
        index: await pageWeight(origin, "/"),
        post,
        baseline: await pageWeight(origin, "/this-page-does-not-exist"),
        articleGzip: gzipSync(article, { level: 9 }).length,
      };
    }
    if (steps.has("lighthouse")) {
      log(`${label}: Lighthouse, median of ${runs} runs per page`);
      report.lighthouse = {
        index: await lighthouse(`${origin}/`, runs, chromePath),
        post: await lighthouse(origin + postPath, runs, chromePath),
      };
    }
  } finally {
    stopServer(server);
  }
  return report;
}

/** The framework alone: a bare Next.js page, built and measured like the journal's pages. */
async function measureFramework(): Promise<BenchReport["framework"]> {
  log("bare Next.js page: build, weight and Lighthouse");
  const dir = writeBareNextApp(path.join(root, ".tmp/bench/bare-next"));
  await run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" }, dir);
  const server = await serveBuild({}, dir);
  try {
    return { weight: await pageWeight(origin, "/"), lighthouse: await lighthouse(`${origin}/`, runs, chromePath) };
  } finally {
    stopServer(server);
  }
}

async function main() {
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    corpora: [],
    scale: [],
  };
  const lastDay = todayUtc();
  if (steps.has("content") || steps.has("build") || steps.has("weight") || steps.has("lighthouse")) {
    report.corpora.push(await measure("real", path.join(root, "content"), readdirSync("content/posts").length, true));
    report.corpora.push(await measure("synthetic", writeSyntheticContent(root, posts, lastDay), posts, true));
  }
  if (steps.has("lighthouse")) report.framework = await measureFramework();
  if (steps.has("baseline")) {
    report.baseline = await measureBaseline({
      root,
      ref: values.baseline,
      contentDir: writeSyntheticContent(root, posts, lastDay),
      posts,
      runs,
      log,
    });
  }
  if (steps.has("scale")) {
    const counts = new Set([...values.scale.split(",").map(Number), posts]);
    for (const count of [...counts].sort((a, b) => a - b)) {
      const measured = report.corpora.find((corpus) => corpus.label === "synthetic" && corpus.posts === count);
      const result =
        measured ?? (await measure(`scale-${count}`, writeSyntheticContent(root, count, lastDay), count, false));
      if (result.buildSeconds !== undefined) {
        report.scale.push({
          posts: count,
          contentSeconds: result.contentSeconds,
          buildSeconds: result.buildSeconds,
          peakRssBytes: result.peakRssBytes,
        });
      }
    }
  }
  if (steps.has("dev")) {
    log("dev: edit-to-update latency");
    report.devEditMs = await devEditLatency(root, port + 1, runs);
  }
  // Leave the generated collection as the real content, as a developer expects it.
  await run(bin("contentlayer2"), ["build"], { CONTENT_DIR: "content" });
  mkdirSync("reports", { recursive: true });
  const json = JSON.stringify(report, null, 2);
  writeFileSync(path.join("reports", `bench-${report.date.replace(/[:.]/g, "-")}.json`), json);
  writeFileSync(path.join("reports", "latest.json"), json);
  printReport(report);
  if (existsSync(".tmp/bench")) rmSync(".tmp/bench", { recursive: true, force: true });
}

await main();
