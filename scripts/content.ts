// `npm run content`: the content step of `npm run build` — the content check and contentlayer's generation,
// side by side (lib/content/content-step.ts). Fails with the check's report, else with contentlayer's output.
import path from "node:path";
import { runContentStep } from "../lib/content/content-step";

const bin = (name: string) => path.join(process.cwd(), "node_modules/.bin", name);
const result = await runContentStep(
  { command: bin("tsx"), args: ["scripts/check.ts"] },
  { command: bin("contentlayer2"), args: ["build"] },
);
(result.ok ? process.stdout : process.stderr).write(result.output);
if (!result.ok) process.exit(1);
console.log(`Content step done in ${result.seconds.toFixed(1)}s (check and contentlayer side by side).`);
