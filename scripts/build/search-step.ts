// The build's search step, run after `next build` (`npm run build`): indexes the prerendered posts and writes the
// bundle into the build's static files (lib/deploy/build-output.ts), served at /_next/static/pagefind/<version>,
// and into a static export when there is one. The index holds route paths only; BASE_PATH is applied in the
// browser (bundle URL and result links), so this step needs no base path and its output serves any.
import { existsSync } from "node:fs";
import { buildDir, prerenderedPagesDir, staticFileDirs } from "../../lib/deploy/build-output";
import { buildSearchIndex } from "../../lib/search/build-index";
import { searchBundleDir } from "../../lib/search/paths";

/** Prints what it did, or why it failed; resolves to the step's exit code. */
export async function searchStep(): Promise<number> {
  const distDir = buildDir();
  const pagesDir = prerenderedPagesDir(distDir);
  if (!existsSync(pagesDir)) {
    console.error(`search index: ${pagesDir} does not exist: \`next build\` wrote no pages there.`);
    return 1;
  }
  const outputs = staticFileDirs(searchBundleDir, distDir);

  const started = performance.now();
  try {
    const report = await buildSearchIndex(pagesDir, outputs);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Search index: ${report.pages.length} post(s) indexed (${report.skipped} other page(s) skipped), ` +
        `${report.files} files, ${(report.bytes / 1024).toFixed(0)} KiB, in ${seconds}s → ${outputs.join(", ")}`,
    );
    return 0;
  } catch (error) {
    console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
