/**
 * Where `next build` puts what the journal's own steps read and write after it (search index, social cards, host
 * files, the build cache). Next documents none of this layout as an interface: this is the one module that knows
 * it, and build-output.test.ts checks each fact against the installed Next, failing with what changed.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDeployment } from "./deployment.mjs";

/** The deployment as `next build` reads it: production unless SITE_ENV (or VERCEL_ENV) says otherwise. */
export function buildDeployment() {
  return readDeployment({ ...process.env, NODE_ENV: "production" });
}

/** Next's build folder: NEXT_DIST_DIR, except for a static export, which Next builds in .next whatever distDir says. */
export function buildDir(): string {
  return buildDeployment().output === "export" ? ".next" : process.env.NEXT_DIST_DIR || ".next";
}

/** The journal's build cache, inside the cache folder Next keeps from one build to the next. */
export const journalCacheDir = (distDir: string) => join(distDir, "cache", "journal");

/** The prerendered pages of the app router: `<route>.html` each ("index.html" for "/"). */
export const prerenderedPagesDir = (distDir: string) => join(distDir, "server", "app");

/** The folder of a static export made by the build in `dir`: Next records it in export-detail.json. */
export function exportDir(dir: string = buildDir()): string | undefined {
  const detailFile = join(dir, "export-detail.json");
  if (!existsSync(detailFile)) return undefined;
  const detail: unknown = JSON.parse(readFileSync(detailFile, "utf8"));
  if (typeof detail !== "object" || detail === null || !("outDirectory" in detail) || !("success" in detail)) {
    return undefined;
  }
  return detail.success === true && typeof detail.outDirectory === "string" ? detail.outDirectory : undefined;
}

/**
 * Where files served at `/_next/static/<folder>/` go: `<distDir>/static/<folder>`, which `next start` serves
 * there (reading the list of files when it starts), and the same place in a static export when there is one.
 */
export function staticFileDirs(folder: string, distDir: string = buildDir()): string[] {
  const exported = exportDir(distDir);
  return [join(distDir, "static", folder), ...(exported ? [join(exported, "_next", "static", folder)] : [])];
}

/**
 * The route of a prerendered page from its path under `prerenderedPagesDir` ("posts/x.html" → "/posts/x",
 * "index.html" → "/"), or undefined for what is not a reader's page: Next's own pages ("_not-found.html",
 * "_global-error.html") and anything that is not HTML (.rsc, .meta, segment folders).
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
