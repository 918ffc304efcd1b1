import type { BuildProfileJson } from "../build/profile";
import type { LighthouseResult } from "./lighthouse";
import type { PageWeight } from "./weight";

export type CorpusReport = {
  label: string;
  posts: number;
  /** `npm run content`, as `npm run build` runs it: the check and contentlayer side by side. */
  contentSeconds: number;
  /** `npm run check` alone, median of the runs. */
  checkSeconds?: number;
  /** `npm run build` on an empty build cache (content step, next build, type check, search index). */
  buildSeconds?: number;
  /** Peak resident memory of that build's whole process tree. */
  peakRssBytes?: number;
  /** `npm run build` again after one post was edited, the build cache kept. */
  rebuildSeconds?: number;
  /** The profiles scripts/build.ts wrote for the clean build and the rebuild. */
  profiles?: { clean: BuildProfileJson; rebuild?: BuildProfileJson };
  outputBytes?: number;
  pages?: number;
  weight?: { index: PageWeight; post: PageWeight; baseline: PageWeight; articleGzip: number };
  lighthouse?: { index: LighthouseResult; post: LighthouseResult };
};

export type BenchReport = {
  date: string;
  machine: { cpus: number; node: string };
  corpora: CorpusReport[];
  scale: { posts: number; contentSeconds: number; buildSeconds: number; peakRssBytes?: number }[];
  /** Clean builds of the same corpus by the commit before the build-speed work and by this one, alternated. */
  baseline?: {
    ref: string;
    posts: number;
    oldSeconds: number[];
    newSeconds: number[];
    oldMedian: number;
    newMedian: number;
    oldPeakRssBytes: number;
    /** `next build` of a bare site with as many pages, alternated with both (scripts/bench/bare-next.ts). */
    floor?: { pages: number; seconds: number[]; median: number };
  };
  devEditMs?: number;
  /** A bare Next.js page built from the same node_modules and measured in the same run (scripts/bench/bare-next.ts). */
  framework?: { weight: PageWeight; lighthouse: LighthouseResult };
};

export type Budget = { name: string; limit: string; value: string; pass: boolean };

const KB = 1024;
const MB = 1024 * 1024;

/** The budgets of the performance issue, evaluated on a report: every figure the bench can judge. */
export function budgets(report: BenchReport): Budget[] {
  const out: Budget[] = [];
  const check = (name: string, limit: string, value: string, pass: boolean) => out.push({ name, limit, value, pass });
  for (const corpus of report.corpora) {
    const at = `${corpus.posts} posts`;
    const content = corpus.contentSeconds;
    if (corpus.posts >= 1000) {
      check(`content step, ${at}`, "≤ 10 s", `${content.toFixed(1)} s`, content <= 10);
      if (corpus.checkSeconds !== undefined) {
        // 5.6 s before the body allow-lists and the hostile-file rules, which may add at most 10 %.
        const seconds = corpus.checkSeconds;
        check(`npm run check alone, ${at}`, "≤ 6.2 s (5.6 s + 10 %)", `${seconds.toFixed(1)} s`, seconds <= 6.16);
      }
      if (corpus.buildSeconds !== undefined) {
        // The whole of `npm run build` (content step included): since the build-speed work it is one command.
        const total = corpus.buildSeconds;
        check(`clean npm run build, ${at}`, "≤ 60 s", `${total.toFixed(1)} s`, total <= 60);
      }
      if (corpus.peakRssBytes !== undefined) {
        // 1.2 GB for next build's largest process until the build-speed issue, which retired it for this one.
        check(
          `peak memory of the build's process tree, ${at}`,
          "≤ 2.5 GB",
          `${(corpus.peakRssBytes / 1e9).toFixed(2)} GB`,
          corpus.peakRssBytes <= 2.5e9,
        );
      }
    }
    const weight = corpus.weight;
    if (weight) {
      const ours = weight.post.js.gzip - weight.baseline.js.gzip;
      check(
        `post JS beyond the framework's (404 page), ${at}`,
        "≤ 5 KiB gzip",
        `${(ours / KB).toFixed(1)} KiB`,
        ours <= 5 * KB,
      );
      // 0.0 KiB before the code blocks' Copy button, whose script may add at most 1 KiB.
      check(
        `post JS beyond the 404 page's (Copy button), ${at}`,
        "≤ 1 KiB gzip",
        `${(ours / KB).toFixed(1)} KiB`,
        ours <= KB,
      );
      const shell = weight.post.html.gzip - weight.articleGzip;
      check(`post HTML gzip without the article, ${at}`, "≤ 8 KB", `${(shell / 1000).toFixed(1)} KB`, shell <= 8000);
      check(
        `CSS gzip, ${at}`,
        "≤ 12 KB",
        `${(weight.post.css.gzip / 1000).toFixed(1)} KB`,
        weight.post.css.gzip <= 12000,
      );
      const fonts = weight.post.fonts;
      check(`largest web font, ${at}`, "≤ 30 KB", `${(fonts.largest / 1000).toFixed(1)} KB`, fonts.largest <= 30000);
      check(
        `fonts preloaded, font-display set, ${at}`,
        "yes",
        fonts.preloaded && fonts.displaySet ? "yes" : "no",
        fonts.preloaded && fonts.displaySet,
      );
    }
    for (const [page, result] of Object.entries(corpus.lighthouse ?? {})) {
      const scores = [result.performance, result.accessibility, result.bestPractices, result.seo];
      check(
        `Lighthouse mobile ${page}, ${at}`,
        "100/100/100/100",
        scores.join("/"),
        scores.every((s) => s === 100),
      );
      check(`CLS ${page}, ${at}`, "0", String(result.cls), result.cls === 0);
      // Against the bare page measured in this run when there is one; else the figure the issue measured.
      const bare = report.framework?.lighthouse.tbtMs;
      const limit = bare ?? 100;
      const label = bare === undefined ? "≤ 100 ms (bare Next 16)" : `≤ ${bare} ms (bare Next 16, this run)`;
      check(`TBT ${page}, ${at}`, label, `${result.tbtMs} ms`, result.tbtMs <= limit);
    }
  }
  if (report.devEditMs !== undefined) {
    check("dev: MDX edit visible", "≤ 2 s", `${(report.devEditMs / 1000).toFixed(2)} s`, report.devEditMs <= 2000);
  }
  return out;
}

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
