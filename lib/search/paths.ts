/**
 * Where the search index lives and which pages feed it. Pure, so the build step, the header and the tests
 * agree on one answer.
 *
 * The index is written under the build output's static folder (never into app/ or git): `next start` serves
 * `<distDir>/static` at `/_next/static`, and a static export copies the same folder. Everything under
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

/**
 * The route of a prerendered page from its path under `<distDir>/server/app` ("posts/x.html" → "/posts/x",
 * "index.html" → "/"), or undefined for what is not a reader's page: Next's own pages ("_not-found.html",
 * "_global-error.html") and anything that is not HTML (.rsc, .meta, .segments).
 *
 * Routes carry no base path: the results link through components/mdx/journal-link.tsx (next/link), which adds it,
 * so one index serves any base path.
 */
export function routeOfPrerenderedPage(relativePath: string): string | undefined {
  const path = relativePath.split("\\").join("/");
  if (!path.endsWith(".html")) return undefined;
  const segments = path.slice(0, -".html".length).split("/");
  if (segments.some((segment) => segment === "" || segment.startsWith("_") || segment.startsWith("."))) {
    return undefined;
  }
  const route = segments.join("/");
  return route === "index" ? "/" : `/${route}`;
}
