// The build's search step, run after `next build` (`npm run build`): indexes the prerendered posts of
// `<distDir>/server/app` and writes the bundle to `<distDir>/static/pagefind/<version>`, which `next start`
// serves at `/_next/static/...`. After a static export (`output: "export"`) it also writes it into the export.
// The index holds route paths only; BASE_PATH is applied in the browser (bundle URL and result links), so
// this step needs no base path and its output serves any.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildDir, exportDir } from "../../lib/deploy/build-output";
import { buildSearchIndex } from "../../lib/search/build-index";
import { searchBundleDir } from "../../lib/search/paths";

/** Prints what it did, or why it failed; resolves to the step's exit code. */
export async function searchStep(): Promise<number> {
  // A static export builds in .next whatever NEXT_DIST_DIR says (next.config.mjs).
  const distDir = buildDir();
  const pagesDir = join(distDir, "server", "app");
  if (!existsSync(pagesDir)) {
    console.error(`search index: ${pagesDir} does not exist. Run \`next build\` first (with the same NEXT_DIST_DIR).`);
    return 1;
  }
  const outputs = [join(distDir, "static", searchBundleDir)];
  const exported = exportDir(distDir);
  if (exported) outputs.push(join(exported, "_next", "static", searchBundleDir));

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
