// The image rows of the benchmark: a 2,400 × 1,600 screenshot-like PNG of about 2 MB (drawn here, never committed)
// goes through the image step in a scratch journal under .tmp/bench/images, twice. Reported: the bytes a phone and a
// desktop download for the figure in AVIF, WebP and the fallback (the candidate each picks from the figure's
// srcset and sizes), the 1,200-pixel variants against the original (goal: at most 10 %), the step's time for the new
// image, and the images made by a rebuild (goal: 0). `tsx scripts/bench/images.ts` prints them.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sizesFor } from "../../components/mdx/figure";
import { codeVersion } from "../../lib/cache/code-version";
import { STORES } from "../../lib/cache/store";
import { runImageStep } from "../../lib/media/image-step";
import { MANIFEST_FILE, MEDIA_FOLDER, type MediaManifest, type MediaSource } from "../../lib/media/manifest";
import { screenshotPng } from "../../test/screenshot";

/** A reader's screen: its width in CSS pixels and its device pixel ratio. */
export type Screen = { name: string; width: number; dpr: number };

export const SCREENS: readonly Screen[] = [
  // A current mid-size phone (iPhone 13–16, Pixel 7/8 class): 390 CSS pixels at 3×.
  { name: "phone 390 px @3x", width: 390, dpr: 3 },
  { name: "desktop 1440 px @1x", width: 1440, dpr: 1 },
  { name: "desktop 1440 px @2x", width: 1440, dpr: 2 },
];

/** The slot `sizes` gives an image on a screen `width` CSS pixels wide (the first media condition that matches). */
export function slotWidth(sizes: string, width: number): number {
  for (const candidate of sizes.split(",").map((part) => part.trim())) {
    const conditional = /^\(min-width: (\d+)px\) (.+)$/.exec(candidate);
    if (conditional && width < Number(conditional[1])) continue;
    const length = conditional?.[2] ?? candidate;
    const fixed = /^(\d+)px$/.exec(length);
    if (fixed) return Number(fixed[1]);
    const relative = /^calc\(100vw - (\d+)px\)$/.exec(length);
    if (relative) return width - Number(relative[1]);
    throw new Error(`bench: cannot read the sizes length ${length}`);
  }
  throw new Error(`bench: no size in ${sizes}`);
}

/** The candidate a browser picks: the narrowest at least slot × DPR pixels wide, else the widest. */
export function chosenWidth(widths: readonly number[], slot: number, dpr: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((width) => width >= slot * dpr) ?? sorted.at(-1) ?? 0;
}

export type ImageBenchReport = {
  originalBytes: number;
  downloads: { screen: string; slot: number; formats: Record<string, { width: number; bytes: number }> }[];
  /** The 1,200-pixel variant of each format, in bytes and as a share of the original. */
  at1200: Record<string, { bytes: number; share: number }>;
  newImageSeconds: number;
  rebuild: { made: number; seconds: number };
};

/** Runs the rows in a scratch journal under `root`/.tmp/bench/images (removed first). */
export async function imageBench(root: string): Promise<ImageBenchReport> {
  const scratch = path.join(root, ".tmp/bench/images");
  rmSync(scratch, { recursive: true, force: true });
  const folder = path.join(scratch, "content/posts/screenshot");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.mdx"), "");
  const png = await screenshotPng({ width: 2400, height: 1600 });
  writeFileSync(path.join(folder, "dashboard.png"), png);

  const version = codeVersion(root, STORES.media);
  let started = performance.now();
  const first = await runImageStep(scratch, path.join(scratch, "content"), version);
  const newImageSeconds = (performance.now() - started) / 1000;
  if (first.problems.length || first.made !== 1)
    throw new Error(`bench: the image step failed: ${first.problems.join("; ")}`);
  started = performance.now();
  const second = await runImageStep(scratch, path.join(scratch, "content"), version);
  const rebuild = { made: second.made, seconds: (performance.now() - started) / 1000 };

  const manifest = JSON.parse(readFileSync(path.join(scratch, MANIFEST_FILE), "utf8")) as MediaManifest;
  const entry = manifest.files["posts/screenshot/dashboard.png"];
  if (!entry) throw new Error("bench: the image step made no entry for the screenshot");
  const bytesOf = (file: string) => statSync(path.join(scratch, "public", MEDIA_FOLDER, file)).size;
  const formats: [string, MediaSource][] = [
    ...entry.sources.map((source): [string, MediaSource] => [source.type.replace("image/", ""), source]),
    [`fallback (${entry.fallback.type.replace("image/", "")})`, entry.fallback],
  ];
  const sizes = sizesFor(entry.width);
  const downloads = SCREENS.map((screen) => {
    const slot = slotWidth(sizes, screen.width);
    return {
      screen: screen.name,
      slot,
      formats: Object.fromEntries(
        formats.map(([name, source]) => {
          const width = chosenWidth(
            source.variants.map((variant) => variant.width),
            slot,
            screen.dpr,
          );
          const file = source.variants.find((variant) => variant.width === width)?.file ?? "";
          return [name, { width, bytes: bytesOf(file) }];
        }),
      ),
    };
  });
  const at1200 = Object.fromEntries(
    formats.map(([name, source]) => {
      const bytes = bytesOf(source.variants.find((variant) => variant.width === 1200)?.file ?? "");
      return [name, { bytes, share: bytes / png.length }];
    }),
  );
  return { originalBytes: png.length, downloads, at1200, newImageSeconds, rebuild };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The report as printed lines. */
export function formatImageBench(report: ImageBenchReport): string[] {
  const lines = [`Images: a 2,400 × 1,600 screenshot PNG of ${kb(report.originalBytes)}`];
  for (const { screen, slot, formats } of report.downloads) {
    const parts = Object.entries(formats).map(([name, { width, bytes }]) => `${name} ${width} w ${kb(bytes)}`);
    lines.push(`  ${screen} (slot ${slot} px): ${parts.join(", ")}`);
  }
  const shares = Object.entries(report.at1200).map(
    ([name, { bytes, share }]) =>
      `${name} ${kb(bytes)} (${percent(share)}${share <= 0.1 ? ", within" : ", over"} 10 %)`,
  );
  lines.push(`  at 1,200 px against the original: ${shares.join(", ")}`);
  lines.push(`  build time for the new image: ${report.newImageSeconds.toFixed(1)} s`);
  lines.push(`  a rebuild: ${report.rebuild.made} image(s) made in ${report.rebuild.seconds.toFixed(2)} s (goal: 0)`);
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  for (const line of formatImageBench(await imageBench(process.cwd()))) console.log(line);
}
