import assert from "node:assert/strict";
import { test } from "node:test";
import { formatReport, type SideReport } from "./report";

const side = (name: string, clean: number[], rebuild: number[]): SideReport => ({
  name,
  cleanSeconds: clean,
  rebuildSeconds: rebuild,
  peakRssBytes: 1.9e9,
  pages: 1160,
  weight: {
    index: { html: 8090, js: 180_122, css: 9300, fonts: 48_000 },
    post: { html: 11_500, js: 180_122, css: 9300, fonts: 48_000 },
  },
});

test("puts the sides side by side: medians with every run, the rebuild's share, weights in KiB", () => {
  const table = formatReport({
    date: "",
    machine: { cpus: 2, node: "v20.20.0" },
    posts: 1000,
    sides: [side("HEAD~1", [70, 66, 68], [20, 22, 21]), side("this", [64, 65], [30, 31])],
    floorSeconds: [20.3, 23.6],
  }).split("\n");
  const row = (name: string) => table.find((line) => line.startsWith(name))?.split(/\s{2,}/);
  assert.deepEqual(row("clean build, 1000 posts"), [
    "clean build, 1000 posts",
    "68.0 s (70.0, 66.0, 68.0)",
    "64.5 s (64.0, 65.0)",
  ]);
  assert.deepEqual(row("rebuild / clean build"), ["rebuild / clean build", "31 %", "47 %"]);
  assert.deepEqual(row("index html (gzip)"), ["index html (gzip)", "7.9 KiB", "7.9 KiB"]);
  assert.deepEqual(row("index Lighthouse perf/a11y/bp/seo"), ["index Lighthouse perf/a11y/bp/seo", "-", "-"]);
  assert.deepEqual(row("bare Next site of 1160 pages"), ["bare Next site of 1160 pages", "22.0 s (20.3, 23.6)"]);
});
