/** The bench's figures for each side (the baseline commit, this checkout), and the table it prints. */
import type { LighthouseResult } from "./lighthouse";
import { median } from "./run";
import type { PageWeight } from "./weight";

export type SideReport = {
  /** A commit, or "this" for the checkout. */
  name: string;
  cleanSeconds: number[];
  rebuildSeconds: number[];
  /** Peak resident memory of a clean build's whole process tree, the highest over the runs. */
  peakRssBytes: number;
  pages: number;
  weight?: { index: PageWeight; post: PageWeight };
  lighthouse?: { index: LighthouseResult; post: LighthouseResult };
};

export type BenchReport = {
  date: string;
  machine: { cpus: number; node: string };
  posts: number;
  sides: SideReport[];
  /** `next build` of a bare site with as many pages, alternated with the journal's builds (--floor). */
  floorSeconds?: number[];
};

const seconds = (values: readonly number[]) =>
  values.length ? `${median(values).toFixed(1)} s (${values.map((v) => v.toFixed(1)).join(", ")})` : "-";
const kib = (bytes: number | undefined) => (bytes === undefined ? "-" : `${(bytes / 1024).toFixed(1)} KiB`);

/** One row a measure: its name, then each side's figure. */
function rows(report: BenchReport): string[][] {
  const of = (read: (side: SideReport) => string) => report.sides.map(read);
  const out = [
    ["", ...of((side) => side.name)],
    [`clean build, ${report.posts} posts`, ...of((side) => seconds(side.cleanSeconds))],
    ["one-post rebuild", ...of((side) => seconds(side.rebuildSeconds))],
    [
      "rebuild / clean build",
      ...of((side) => `${((100 * median(side.rebuildSeconds)) / median(side.cleanSeconds)).toFixed(0)} %`),
    ],
    ["peak memory (process tree)", ...of((side) => `${(side.peakRssBytes / 1e9).toFixed(2)} GB`)],
    ["pages", ...of((side) => String(side.pages))],
  ];
  for (const page of ["index", "post"] as const) {
    for (const part of ["html", "js", "css", "fonts"] as const) {
      out.push([`${page} ${part} (gzip)`, ...of((side) => kib(side.weight?.[page][part]))]);
    }
    const lighthouse = (read: (result: LighthouseResult) => string) =>
      of((side) => (side.lighthouse ? read(side.lighthouse[page]) : "-"));
    out.push(
      [
        `${page} Lighthouse perf/a11y/bp/seo`,
        ...lighthouse((r) => [r.performance, r.accessibility, r.bestPractices, r.seo].join("/")),
      ],
      [`${page} LCP / TBT / CLS`, ...lighthouse((r) => `${r.lcpMs} ms / ${r.tbtMs} ms / ${r.cls}`)],
    );
  }
  if (report.floorSeconds) {
    const pages = report.sides.at(-1)?.pages ?? 0;
    out.push([`bare Next site of ${pages} pages`, seconds(report.floorSeconds)]);
  }
  return out;
}

export function formatReport(report: BenchReport): string {
  const table = rows(report);
  const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
  return table
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
