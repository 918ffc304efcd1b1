// `npm run content`: the content step of `npm run build` — the content check and contentlayer's generation,
// side by side (scripts/build/content-step.ts). Fails with the check's report, else with contentlayer's output.
import { journalContentStep } from "./build/content-step";

process.exitCode = await journalContentStep(process.cwd());
