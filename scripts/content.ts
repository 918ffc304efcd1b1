// `npm run content`: the content step of `npm run build` — the content check and contentlayer's generation,
// side by side (lib/content/content-step.ts). Fails with the check's report, else with contentlayer's output.
import { journalContentStep } from "../lib/content/content-step";

process.exitCode = await journalContentStep(process.cwd());
