import assert from "node:assert/strict";
import { test } from "node:test";
import { goals, verdictOf } from "./goals";
import type { BenchReport, CorpusReport } from "./report";

const synthetic = (over: Partial<CorpusReport>): CorpusReport => ({
  label: "synthetic",
  posts: 1000,
  contentSeconds: 8,
  ...over,
});
const report = (over: Partial<BenchReport>): BenchReport => ({
  date: "",
  machine: { cpus: 2, node: "v20" },
  corpora: [],
  scale: [],
  ...over,
});
const baseline = (oldMedian: number, newMedian: number): BenchReport["baseline"] => ({
  ref: "abc1234",
  posts: 1000,
  oldSeconds: [oldMedian],
  newSeconds: [newMedian],
  oldMedian,
  newMedian,
  oldPeakRssBytes: 1.4e9,
});
const verdicts = (r: BenchReport) =>
  goals(r).map((g) => `${g.goal.slice(0, 2)}${verdictOf(g).toLowerCase()}: ${g.value}`);

test("judges every goal it has a figure for, met", () => {
  const r = report({
    corpora: [synthetic({ buildSeconds: 80, rebuildSeconds: 19, peakRssBytes: 2.4e9 })],
    baseline: baseline(160, 79),
    scale: [
      { posts: 250, contentSeconds: 4, buildSeconds: 40, peakRssBytes: 1.5e9 },
      { posts: 1000, contentSeconds: 8, buildSeconds: 80, peakRssBytes: 2.4e9 },
      { posts: 10_000, contentSeconds: 60, buildSeconds: 790, peakRssBytes: 9e9 },
    ],
  });
  assert.deepEqual(verdicts(r), [
    "1.met: 0.49× (79.0 s vs 160.0 s)",
    "1.met: 2.40 GB",
    "2.met: 24 % (19.0 s of 80.0 s)",
    "3.met: 13.2 min",
    "3.met: ×2.00, ×1.60",
    "3.met: ×9.88, ×3.75",
  ]);
});

test("says not met, with the figure, for each goal over its budget", () => {
  const r = report({
    corpora: [synthetic({ buildSeconds: 80, rebuildSeconds: 21, peakRssBytes: 2.6e9 })],
    baseline: baseline(160, 81),
    scale: [
      { posts: 1000, contentSeconds: 8, buildSeconds: 80 },
      { posts: 10_000, contentSeconds: 60, buildSeconds: 1250 },
    ],
  });
  assert.deepEqual(verdicts(r), [
    "1.not met: 0.51× (81.0 s vs 160.0 s)",
    "1.not met: 2.60 GB",
    "2.not met: 26 % (21.0 s of 80.0 s)",
    "3.not met: 20.8 min",
    "3.not met: ×15.63, -",
  ]);
});

test("puts the framework's floor beside goal 1, as context and not as a verdict", () => {
  const r = report({
    baseline: { ...baseline(160, 100)!, floor: { pages: 1160, seconds: [30, 34, 32], median: 32 } },
  });
  const lines = goals(r);
  assert.deepEqual(verdicts(r), [
    "1.not met: 0.63× (100.0 s vs 160.0 s)",
    "1.context: 32.0 s (0.20× abc1234); the journal's own work 68.0 s",
  ]);
  assert.equal(lines[1]?.limit, "leaves 48.0 s of the 80.0 s budget");
  assert.match(lines[1]?.goal ?? "", /1160 pages/);
});

test("a report without build figures has no goal lines", () => {
  assert.deepEqual(goals(report({ corpora: [synthetic({})] })), []);
});
