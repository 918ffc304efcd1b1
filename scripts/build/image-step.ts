// The image step (lib/media/image-step.ts): every image of every post folder made into the files readers download,
// in public/_media/, with the manifest the pages read. `npm run build` runs it after the content step and before
// `next build` (Next serves and exports public/ as it is at build time); `npm run dev` runs it at start and again
// after each change of the content folder.
import { CACHE_ENV } from "../../lib/cache/store";
import { journalContentDir } from "../../lib/content/post-files";
import { runImageStep } from "../../lib/media/image-step";

/** One run: prints what it made, or the images it refused; resolves to an exit code. */
async function run(print: (line: string) => void): Promise<number> {
  const started = performance.now();
  const result = await runImageStep(process.cwd(), journalContentDir());
  for (const problem of result.problems) print(problem);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.problems.length) {
    print(`images: ${result.problems.length} problem(s) above; the other images are made (docs/authoring.md)`);
    return 1;
  }
  print(`Images: ${result.images} in posts, ${result.made} made in ${seconds}s → public/_media/`);
  return 0;
}

/**
 * `npm run build`'s step, with the build cache of `env` (scripts/build.ts runs it in its own process). `npm run dev`
 * runs it at start and after each change of the content, without the build cache.
 */
export function imageStep(env: Record<string, string>): Promise<number> {
  if (env[CACHE_ENV]) process.env[CACHE_ENV] = env[CACHE_ENV];
  return run((line) => console.log(line));
}
