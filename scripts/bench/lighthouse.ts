/** Lighthouse (mobile, the default form factor) driving the same Chromium as the end-to-end tests. */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { median, run } from "./run";

export type LighthouseResult = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

const FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};

async function once(url: string, chromePath: string): Promise<LighthouseResult> {
  const output = path.join(tmpdir(), `journal-lighthouse-${process.pid}-${Date.now()}.json`);
  await run(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${FLAGS}`,
    ],
    { CHROME_PATH: chromePath },
  );
  const report: Report = JSON.parse(readFileSync(output, "utf8"));
  rmSync(output, { force: true });
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    tbtMs: Math.round(audit("total-blocking-time")),
    cls: audit("cumulative-layout-shift"),
  };
}

/**
 * One run, tried up to three times: Lighthouse sometimes loses the start of the page load in its trace and asks to
 * be run again (NO_NAVSTART, seen with Cross-Origin-Opener-Policy, which moves the page to a new browser process).
 */
export async function lighthouse(url: string, chromePath: string, attempts = 3): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(url, chromePath);
    } catch (error) {
      const retryable = error instanceof Error && /NO_NAVSTART|run Lighthouse again/.test(error.message);
      if (!retryable || attempt >= attempts) throw error;
    }
  }
}

/** The median of each figure over several runs (machines are shared and noisy). */
export function medianResult(results: readonly LighthouseResult[]): LighthouseResult {
  const pick = (key: keyof LighthouseResult) => median(results.map((result) => result[key]));
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    lcpMs: pick("lcpMs"),
    tbtMs: pick("tbtMs"),
    cls: pick("cls"),
  };
}
