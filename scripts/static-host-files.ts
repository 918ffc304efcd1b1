// After `npm run export`: writes what a static host needs beside the pages, from lib/deploy/http-headers.mjs:
// `_headers` (Cloudflare Pages, Netlify) and `vercel.json` (a static deployment on Vercel), for this build's
// environment and base path. Hosts that read neither (GitHub Pages, S3) serve the pages without them.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDeployment, exportDir } from "../lib/deploy/build-output";
import { headersFile, vercelConfig } from "../lib/deploy/http-headers.mjs";

const deployment = buildDeployment();
const outDirectory = exportDir();
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
