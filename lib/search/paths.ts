/**
 * Where the search index lives and which pages feed it. Pure, so the build step, the header and the tests
 * agree on one answer.
 *
 * The index is written under the build output's static folder (never into app/ or git), which is served at
 * `/_next/static` (lib/deploy/build-output.ts). Everything under
 * `/_next/static` is cached as immutable, while Pagefind's engine files (pagefind.js, the WebAssembly) have
 * fixed names: the folder carries the Pagefind version so an upgrade never meets a stale cached engine.
 * The index's own chunks are content-hashed, and Pagefind fetches its entry file with a cache buster.
 */

import { withBasePath } from "../deploy/deployment.mjs";

/** The pinned Pagefind version (package.json); a unit test keeps the two equal. */
export const pagefindVersion = "1.5.2";

/** The bundle's folder inside `<distDir>/static` (and `<out>/_next/static` for a static export). */
export const searchBundleDir = `pagefind/${pagefindVersion}`;

/**
 * The URL of the bundle's folder as the browser sees it, ending in "/" (Pagefind loads its files from there),
 * under the deployment's base path (already checked by lib/deploy/deployment.mjs).
 */
export function searchBundleUrl(basePath: string): string {
  return withBasePath(basePath, `/_next/static/${searchBundleDir}/`);
}
