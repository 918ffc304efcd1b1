// `tsx scripts/search-index.ts`: the build's search step on its own (`npm run build` runs it in its process,
// scripts/build/search-step.ts), for an index of a build made with the same NEXT_DIST_DIR.
import { searchStep } from "./build/search-step";

process.exitCode = await searchStep();
