// Prints the journal's headers for a host (lib/deploy/http-headers.mjs), for this environment and base path:
//   npm run --silent headers -- nginx [root]   the server block lines for nginx (docs/deployment.md)
//   npm run --silent headers -- _headers       Cloudflare Pages / Netlify
//   npm run --silent headers -- vercel.json    a static deployment on Vercel
import { buildDeployment } from "../lib/deploy/build-output";
import { headersFile, nginxConfig, vercelConfig } from "../lib/deploy/http-headers.mjs";

const [format, root = "/srv/flight-journal/out"] = process.argv.slice(2);
const { basePath, indexable } = buildDeployment();
const options = { basePath, indexable };

if (format === "nginx") console.log(nginxConfig({ ...options, root }));
else if (format === "_headers") process.stdout.write(headersFile(options));
else if (format === "vercel.json") console.log(JSON.stringify(vercelConfig(options), null, 2));
else {
  console.error(`headers: "${format ?? ""}" is not a format, expected nginx, _headers or vercel.json`);
  process.exit(1);
}
