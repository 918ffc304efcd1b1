import assert from "node:assert/strict";
import { test } from "node:test";
import { budgets, type BenchReport, type CorpusReport } from "./report";

const bytes = (gzip: number) => ({ raw: gzip * 4, gzip });
const page = (js: number, html: number) => ({
  html: bytes(html),
  js: bytes(js),
  css: bytes(9000),
  fonts: { files: 1, largest: 25000, displaySet: true, preloaded: true },
  scripts: [],
});
const corpus = (over: Partial<CorpusReport>): CorpusReport => ({
  label: "synthetic",
  posts: 1000,
  contentSeconds: 8,
  ...over,
});
const report = (corpora: CorpusReport[]): BenchReport => ({
  date: "",
  machine: { cpus: 2, node: "v20" },
  corpora,
  scale: [],
});

test("passes a corpus within every budget", () => {
  const weight = {
    index: page(100_000, 6000),
    post: page(100_500, 12_000),
    baseline: page(100_000, 3000),
    articleGzip: 6000,
  };
  const results = budgets(report([corpus({ buildSeconds: 40, peakRssBytes: 1e9, weight })]));
  assert.deepEqual(
    results.filter((b) => !b.pass),
    [],
  );
  assert.equal(results.length, 9);
});

test("fails each budget it can measure when over it", () => {
  const weight = {
    index: page(100_000, 6000),
    post: page(120_000, 20_000),
    baseline: page(100_000, 3000),
    articleGzip: 6000,
  };
  const failed = budgets(report([corpus({ contentSeconds: 16, buildSeconds: 70, peakRssBytes: 2.6e9, weight })]))
    .filter((b) => !b.pass)
    .map((b) => b.name);
  assert.deepEqual(failed, [
    "content step, 1000 posts",
    "clean npm run build, 1000 posts",
    "peak memory of the build's process tree, 1000 posts",
    "post JS beyond the framework's (404 page), 1000 posts",
    "post JS beyond the 404 page's (Copy button), 1000 posts",
    "post HTML gzip without the article, 1000 posts",
  ]);
});

test("holds the check to 5.6 s + 10 % and the Copy button's script to 1 KiB", () => {
  const weight = (extra: number) => ({
    index: page(100_000, 6000),
    post: page(100_000 + extra, 12_000),
    baseline: page(100_000, 3000),
    articleGzip: 6000,
  });
  const failed = (over: Partial<CorpusReport>) =>
    budgets(report([corpus(over)]))
      .filter((b) => !b.pass)
      .map((b) => b.name);
  assert.deepEqual(failed({ checkSeconds: 6.1, weight: weight(1000) }), []);
  assert.deepEqual(failed({ checkSeconds: 6.3, weight: weight(1100) }), [
    "npm run check alone, 1000 posts",
    "post JS beyond the 404 page's (Copy button), 1000 posts",
  ]);
});

test("judges Lighthouse on every score, CLS and TBT", () => {
  const result = {
    performance: 100,
    accessibility: 100,
    bestPractices: 96,
    seo: 100,
    lcpMs: 900,
    tbtMs: 150,
    cls: 0.01,
  };
  const failed = budgets(
    report([
      corpus({ posts: 6, lighthouse: { index: result, post: { ...result, bestPractices: 100, tbtMs: 20, cls: 0 } } }),
    ]),
  )
    .filter((b) => !b.pass)
    .map((b) => b.name);
  assert.deepEqual(failed, ["Lighthouse mobile index, 6 posts", "CLS index, 6 posts", "TBT index, 6 posts"]);
});

test("judges TBT against the bare Next page measured in the same run when there is one", () => {
  const result = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 900, tbtMs: 150, cls: 0 };
  const tbt = (bareTbtMs: number) => {
    const withBare: BenchReport = {
      ...report([corpus({ posts: 6, lighthouse: { index: result, post: { ...result, tbtMs: 170 } } })]),
      framework: { weight: page(100_000, 500), lighthouse: { ...result, tbtMs: bareTbtMs } },
    };
    return budgets(withBare)
      .filter((b) => b.name.startsWith("TBT"))
      .map((b) => `${b.name}: ${b.limit} ${b.pass ? "pass" : "miss"}`);
  };
  assert.deepEqual(tbt(160), [
    "TBT index, 6 posts: ≤ 160 ms (bare Next 16, this run) pass",
    "TBT post, 6 posts: ≤ 160 ms (bare Next 16, this run) miss",
  ]);
  assert.deepEqual(tbt(90), [
    "TBT index, 6 posts: ≤ 90 ms (bare Next 16, this run) miss",
    "TBT post, 6 posts: ≤ 90 ms (bare Next 16, this run) miss",
  ]);
});
