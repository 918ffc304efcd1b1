/**
 * The goals of the build-speed issue, judged on a bench report: one line each, met or not, with the figure and
 * the budget, printed after the budgets table (scripts/bench/print-report.ts).
 */
import type { BenchReport } from "./report";

/** A goal's line; `met` is undefined on a line that gives a goal's context rather than a verdict. */
export type Goal = { goal: string; limit: string; value: string; met: boolean | undefined };

/** How the bench prints a line's verdict. */
export const verdictOf = (goal: Goal): string => (goal.met === undefined ? "context" : goal.met ? "met" : "NOT MET");

/** The last commit before the build-speed work: the "build before this issue" that goal 1 halves. */
export const BUILD_BASELINE = "dfd055b";

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

export function goals(report: BenchReport): Goal[] {
  const out: Goal[] = [];
  const synthetic = report.corpora.find((corpus) => corpus.label === "synthetic" && corpus.posts === 1000);
  const baseline = report.baseline;
  if (baseline && baseline.oldSeconds.length && baseline.newSeconds.length) {
    const ratio = baseline.newMedian / baseline.oldMedian;
    out.push({
      goal: `1. clean build of ${baseline.posts} posts vs ${baseline.ref} (back to back, medians of ${baseline.newSeconds.length})`,
      limit: "≤ 0.50×",
      value: `${ratio.toFixed(2)}× (${s(baseline.newMedian)} vs ${s(baseline.oldMedian)})`,
      met: ratio <= 0.5,
    });
    const floor = baseline.floor;
    if (floor?.seconds.length) {
      // What of goal 1's budget is left once the framework alone has built as many pages.
      const left = baseline.oldMedian * 0.5 - floor.median;
      out.push({
        goal: `1. context: next build of a bare site of ${floor.pages} pages, the same runs`,
        limit: `leaves ${s(left)} of the ${s(baseline.oldMedian * 0.5)} budget`,
        value:
          `${s(floor.median)} (${(floor.median / baseline.oldMedian).toFixed(2)}× ${baseline.ref}); ` +
          `the journal's own work ${s(baseline.newMedian - floor.median)}`,
        met: undefined,
      });
    }
  }
  if (synthetic?.peakRssBytes !== undefined) {
    out.push({
      goal: "1. peak memory of the clean build's process tree, 1000 posts",
      limit: "≤ 2.50 GB",
      value: gb(synthetic.peakRssBytes),
      met: synthetic.peakRssBytes <= 2.5e9,
    });
  }
  if (synthetic?.buildSeconds !== undefined && synthetic.rebuildSeconds !== undefined) {
    const share = synthetic.rebuildSeconds / synthetic.buildSeconds;
    out.push({
      goal: "2. rebuild after editing one post, 1000 posts, share of the clean build",
      limit: "≤ 25 %",
      value: `${(share * 100).toFixed(0)} % (${s(synthetic.rebuildSeconds)} of ${s(synthetic.buildSeconds)})`,
      met: share <= 0.25,
    });
  }
  const largest = report.scale.reduce<(typeof report.scale)[number] | undefined>(
    (top, row) => (!top || row.posts > top.posts ? row : top),
    undefined,
  );
  if (largest && largest.posts >= 10_000) {
    out.push({
      goal: `3. clean build of ${largest.posts} posts`,
      limit: "< 20 min",
      value: `${(largest.buildSeconds / 60).toFixed(1)} min`,
      met: largest.buildSeconds < 1200,
    });
  }
  const rows = [...report.scale].sort((a, b) => a.posts - b.posts);
  for (let i = 1; i < rows.length; i += 1) {
    const [from, to] = [rows[i - 1], rows[i]];
    if (!from || !to) continue;
    const posts = to.posts / from.posts;
    const time = to.buildSeconds / from.buildSeconds;
    const memory = to.peakRssBytes && from.peakRssBytes ? to.peakRssBytes / from.peakRssBytes : undefined;
    out.push({
      goal: `3. growth ${from.posts} → ${to.posts} posts (×${posts.toFixed(0)}): time, memory`,
      limit: `each ≤ ×${posts.toFixed(0)}`,
      value: `×${time.toFixed(2)}, ${memory === undefined ? "-" : `×${memory.toFixed(2)}`}`,
      met: time <= posts && (memory === undefined || memory <= posts),
    });
  }
  return out;
}
