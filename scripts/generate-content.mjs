// `node scripts/generate-content.mjs [--config <file>]`: contentlayer's generation of the typed collection, as
// `contentlayer2 build` runs it (the same config loading, generation and messages, through contentlayer's own
// runMain) without the effect runtime's execution tracing, which its command line turns on for every run. With
// tracing on, each fiber's stack-trace buffer grows without bound, so the run grew faster than the content did
// (docs/performance.md), for the same files generated. The only user of contentlayer's
// programmatic API; `npm run dev` keeps `contentlayer2 dev`.
import { parseArgs } from "node:util";
import { generateDotpkg, getConfig, logGenerateInfo, runMain } from "@contentlayer2/core";
import { pipe, T } from "@contentlayer2/utils/effect";

const { values } = parseArgs({ options: { config: { type: "string" } } });

await pipe(
  getConfig({ configPath: values.config, esbuildOptions: { external: undefined } }),
  T.chain((config) => generateDotpkg({ config, verbose: false })),
  T.tap(logGenerateInfo),
  runMain({ tracingServiceName: "contentlayer-cli", verbose: process.env.CL_DEBUG !== undefined }),
);
