import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { readDeployment } from "./lib/deploy/deployment.mjs";
import { nextHeaders } from "./lib/deploy/http-headers.mjs";

/**
 * SITE_ENV, SITE_URL, BASE_PATH and SITE_OUTPUT (plus Vercel's and GitHub's variables) are read and checked
 * here, once: a bad value stops the build with a message naming the variable (lib/deploy/deployment.mjs).
 * @param {string} phase
 * @returns {import("next").NextConfig}
 */
export default function nextConfig(phase) {
  const deployment = readDeployment();
  const exporting = deployment.output === "export";
  const production = phase !== PHASE_DEVELOPMENT_SERVER;
  const sourceMaps = process.env.JOURNAL_SOURCE_MAPS === "on";
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Static pages are generated on one worker a core: Next's default (cores − 1) leaves one of two idle; a worker
    // more than cores is faster but over the memory budget. Each worker renders four pages at a time, not Next's
    // eight, for a lower peak at a small cost in time (docs/performance.md).
    experimental: {
      cpus: availableParallelism(),
      staticGenerationMaxConcurrency: 4,
      // A link prefetches only on a reader's intent (components/mdx/journal-link.tsx), so the page's segments are
      // fetched one request each (the layout's once for every link) rather than also written inlined into one
      // response per page, which made page generation slower (docs/performance.md).
      prefetchInlining: false,
      // A production build writes no server source maps, and its page workers load none: the content's chunk has
      // a map several times its size, which every compile wrote and every worker read. A prerender error still
      // names its page and message; JOURNAL_SOURCE_MAPS=on maps its stack back to the source. `next dev` keeps
      // its source maps.
      ...(production && !sourceMaps && { turbopackSourceMaps: false }),
      // Turbopack keeps its work for the next build in <distDir>/cache (on by default). A throwaway clone (.ci/run)
      // never builds again, and writing that cache made its cold builds slower: JOURNAL_TURBOPACK_CACHE=off skips it.
      turbopackFileSystemCacheForBuild: process.env.JOURNAL_TURBOPACK_CACHE !== "off",
    },
    enablePrerenderSourceMaps: sourceMaps,
    // `npm run build` (scripts/build.ts) leaves the type check to `npm run typecheck`, which CI and the workflows
    // run once before building (the end-to-end tests alone build twice); a bare `next build` still checks.
    typescript: { ignoreBuildErrors: process.env.JOURNAL_TYPECHECK === "separate" },
    basePath: deployment.basePath,
    // The end-to-end tests and the benchmark build side by side (NEXT_DIST_DIR). A static export goes to
    // out/ (EXPORT_DIR to choose another folder); Next then builds in .next.
    // Next reads distDir relative to the project, even when it is absolute.
    distDir: exporting
      ? relative(process.cwd(), process.env.EXPORT_DIR || "out")
      : process.env.NEXT_DIST_DIR || ".next",
    // No image optimisation at request time, on any host: the build's image step makes every figure's files once
    // (public/_media/), so `next start` and a static export serve the same HTML and files, and a server spends no
    // CPU resizing for whoever asks.
    images: { unoptimized: true },
    ...(exporting && { output: "export" }),
    // Security and caching headers (lib/deploy/http-headers.mjs); `next dev` runs without them (React's development
    // build evaluates code, which the policy forbids).
    ...(!exporting &&
      production && {
        headers: async () => nextHeaders({ indexable: deployment.indexable }),
      }),
  };
}
