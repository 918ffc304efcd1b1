// `npm run build`: the journal's production build, with the build cache (lib/cache/) on.
//   1. the content step (the check and contentlayer side by side), then the image step (the posts' images made
//      into public/_media/, each once);
//   2. `next build` on every core, without its type check: `npm run typecheck` is that check, and CI and the
//      workflows run it before they build (a bare `next build` still checks types itself);
//   3. the search index over the built pages (in this process) and the social cards (scripts/cards.ts), side by side;
//   4. the cache pruned to what this build used, and a profile of where the time went.
// JOURNAL_CACHE=off builds without the cache (a clean build of the same code, for comparisons).
import { cpus } from "node:os";
import { rmSync } from "node:fs";
import path from "node:path";
import { buildDir, journalCacheDir } from "../lib/deploy/build-output";
import { cacheConfig, cacheEnv, pruneCache } from "../lib/cache/maintain";
import { profileDirOf } from "../lib/cache/store";
import { CARD_VERSION_ENV } from "../lib/publish/card-address";
import { formatProfile, readStoreProfile, type BuildProfile } from "./build/profile";
import { journalContentStep } from "./build/content-step";
import { imageStep } from "./build/image-step";
import { searchStep } from "./build/search-step";
import { runInProcess, runStep, type StepResult } from "./build/step";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const dist = buildDir();
const useCache = process.env.JOURNAL_CACHE !== "off";
const config = cacheConfig(root, journalCacheDir(path.join(root, dist)));
const env: Record<string, string> = {
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

// The check compiles every post for the pages, so it compiles them as the production build runs them.
const content = await runInProcess("content step", () => journalContentStep(root, { ...env, NODE_ENV: "production" }));
if (content.code !== 0) fail(content);
const images = await runInProcess("image step", () => imageStep(env));
if (images.code !== 0) fail(images);

const next = await runStep("next build", bin("next"), ["build"], env, { echo: true });
if (next.code !== 0) fail(next);

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
  seconds: (Date.now() - started) / 1000,
};
console.log(formatProfile(profile, path.join(dist, "cache")));
