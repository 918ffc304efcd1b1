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
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Static pages are generated on one worker more than there are cores. Next's default (cores − 1) leaves one
    // of two cores idle; and Next hands each worker one contiguous run of pages, route by route, so with one
    // worker a core the one holding the post pages (the costly route) works on long after the other is done.
    // Measured at 1,000 posts (docs/performance.md): 2 workers 39.9 s of page generation, 3 workers 33.4 s.
    experimental: { cpus: availableParallelism() + 1 },
    // `npm run build` (scripts/build.ts) runs the type check beside `next build`, on its own incremental state,
    // instead of in it; a bare `next build` still checks types itself.
    typescript: { ignoreBuildErrors: process.env.JOURNAL_TYPECHECK === "separate" },
    basePath: deployment.basePath,
    // The end-to-end tests and the benchmark build side by side (NEXT_DIST_DIR). A static export goes to
    // out/ (EXPORT_DIR to choose another folder); Next then builds in .next.
    // Next reads distDir relative to the project, even when it is absolute.
    distDir: exporting
      ? relative(process.cwd(), process.env.EXPORT_DIR || "out")
      : process.env.NEXT_DIST_DIR || ".next",
    ...(exporting && {
      output: "export",
      // No image server on a static host: figures are served as they are in public/.
      images: { unoptimized: true },
    }),
    // Security and caching headers (lib/deploy/http-headers.mjs); `next dev` runs without them (React's development
    // build evaluates code, which the policy forbids).
    ...(!exporting &&
      phase !== PHASE_DEVELOPMENT_SERVER && {
        headers: async () => nextHeaders({ indexable: deployment.indexable }),
      }),
  };
}
