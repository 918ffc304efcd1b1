/**
 * Where a build of the journal put its files, for the steps that run after `next build` (search index, static
 * host files, the headers script). Their one reader of Next's export-detail.json and of the deployment as
 * `next build` sees it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDeployment } from "./deployment.mjs";

/** The deployment as `next build` reads it: production unless SITE_ENV (or VERCEL_ENV) says otherwise. */
export function buildDeployment() {
  return readDeployment({ ...process.env, NODE_ENV: "production" });
}

/** Next's build folder: NEXT_DIST_DIR, except for a static export, which Next builds in .next. */
export function buildDir(): string {
  return buildDeployment().output === "export" ? ".next" : process.env.NEXT_DIST_DIR || ".next";
}

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
