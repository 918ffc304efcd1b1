// `npm run build`: the journal's production build, with the build cache (lib/cache/) on.
//   1. the content step (the check and contentlayer side by side), contentlayer's document cache restored first,
//      then the image step (the posts' images made into public/_media/, each once);
//   2. `next build` on every core, without its type check: `npm run typecheck` is that check, and CI and the
//      workflows run it before they build (a bare `next build` still checks types itself);
//   3. the search index over the built pages (in this process) and the social cards (scripts/cards.ts), side by side;
//   4. the cache pruned to what this build used, and a profile of where the time went.
// JOURNAL_CACHE=off builds without the cache (a clean build of the same code, for comparisons).
import { cpus } from "node:os";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDir } from "../lib/deploy/build-output";
import {
  cacheConfig,
  cacheEnv,
  pruneCache,
  restoreContentlayerCache,
  saveContentlayerCache,
} from "../lib/cache/maintain";
import { treeVersion } from "../lib/cache/code-version";
import { clearPageNotes, settlePages } from "../lib/cache/page-files";
import { BUILD_ID_ENV } from "../lib/cache/page-reuse";
import { cacheDirOf, profileDirOf } from "../lib/cache/store";
import { CARD_VERSION_ENV } from "../lib/publish/card-address";
import { formatProfile, profileJson, readStoreProfile, type BuildProfile } from "./build/profile";
import { journalContentStep } from "../lib/content/content-step";
import { imageStep } from "./build/image-step";
import { searchStep } from "./build/search-step";
import { runInProcess, runStep, type StepResult } from "./build/step";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const dist = buildDir();
const useCache = process.env.JOURNAL_CACHE !== "off";
const config = cacheConfig(root, cacheDirOf(path.join(root, dist)));
const buildId = treeVersion(root, process.env.CONTENT_DIR ?? "content");
const env: Record<string, string> = {
  ...(buildId && { [BUILD_ID_ENV]: buildId }),
  ...(useCache ? cacheEnv(config) : { JOURNAL_CACHE: "" }),
  // `npm run typecheck` is the type check (CI runs it once); next.config.mjs turns Next's copy of it off.
  JOURNAL_TYPECHECK: "separate",
  // The pages name each card by this version and the card step draws it (lib/publish/card-address.ts).
  [CARD_VERSION_ENV]: config.versions.card as string,
};
const started = Date.now();

// Each step's output was echoed as it came: only the verdict is added.
function fail(step: StepResult): never {
  console.error(`\nbuild: ${step.name} failed (exit ${step.code}).`);
  process.exit(1);
}

rmSync(profileDirOf(config.dir), { recursive: true, force: true });
if (useCache) restoreContentlayerCache(root, config);

const content = await runInProcess("content step", () => journalContentStep(root, env));
if (content.code !== 0) fail(content);
if (useCache) saveContentlayerCache(root, config);
const images = await runInProcess("image step", () => imageStep(env));
if (images.code !== 0) fail(images);

if (useCache) clearPageNotes(config.dir);
const next = await runStep("next build", bin("next"), ["build"], env, { echo: true });
if (next.code !== 0) fail(next);
// The pages kept from the previous build go back beside the ones Next rendered, before anything reads the pages.
const pages = useCache ? settlePages(dist, config.dir) : undefined;

// The cards are for the pages this build published: the card step reads the posts as `next build` did.
const [search, cards] = await Promise.all([
  runInProcess("search index", searchStep),
  runStep("social cards", bin("tsx"), ["scripts/cards.ts"], { ...env, NODE_ENV: "production" }, { echo: true }),
]);
for (const step of [search, cards]) if (step.code !== 0) fail(step);

const profile: BuildProfile = {
  workers: cpus().length,
  steps: [content, images, next, search, cards],
  stores: readStoreProfile(profileDirOf(config.dir)),
  cache: useCache ? pruneCache(config, started) : undefined,
  pages,
  seconds: (Date.now() - started) / 1000,
};
console.log(formatProfile(profile, path.join(dist, "cache")));
// For the benchmark (scripts/bench.ts): the same figures, as JSON, beside the build.
writeFileSync(
  path.join(dist, "build-profile.json"),
  JSON.stringify(profileJson(profile, path.join(dist, "cache")), null, 2),
);
