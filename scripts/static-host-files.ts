// After `npm run export`: writes what a static host needs beside the pages, from lib/http-headers.mjs:
// `_headers` (Cloudflare Pages, Netlify) and `vercel.json` (a static deployment on Vercel), for this build's
// environment and base path. Hosts that read neither (GitHub Pages, S3) serve the pages without them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDeployment } from "../lib/deployment.mjs";
import { headersFile, vercelConfig } from "../lib/http-headers.mjs";

// As `next build` does: production unless SITE_ENV (or VERCEL_ENV) says otherwise.
const deployment = readDeployment({ ...process.env, NODE_ENV: "production" });
const detailFile = join(".next", "export-detail.json");
const detail: unknown = existsSync(detailFile) ? JSON.parse(readFileSync(detailFile, "utf8")) : undefined;
const outDirectory =
  typeof detail === "object" && detail !== null && "outDirectory" in detail && typeof detail.outDirectory === "string"
    ? detail.outDirectory
    : undefined;
if (deployment.output !== "export" || !outDirectory || !existsSync(outDirectory)) {
  console.error("static host files: no static export found. Run `npm run export` (SITE_OUTPUT=export) first.");
  process.exit(1);
}

const options = { basePath: deployment.basePath, indexable: deployment.indexable };
writeFileSync(join(outDirectory, "_headers"), headersFile(options));
writeFileSync(join(outDirectory, "vercel.json"), `${JSON.stringify(vercelConfig(options), null, 2)}\n`);
console.log(
  `Static export (${deployment.environment}${deployment.basePath ? `, under ${deployment.basePath}` : ""}): ` +
    `_headers and vercel.json written to ${outDirectory}`,
);
