// `npm run bench:load`: builds the journal for production (once; --build to rebuild), serves it with
// `next start` on loopback and runs autocannon against a post page for a bounded time, then reports
// requests/s, latency (p50, p99) and failures, which must be 0. JSON under reports/.
//   npm run bench:load -- [--seconds 10] [--connections 10] [--path /posts/<slug>] [--build]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadFailures, measureLoad } from "./bench/load";
import { run, startServer, stopServer } from "./bench/run";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    path: { type: "string", default: "/posts/introduction-to-pci-dss" },
    port: { type: "string", default: "4881" },
    build: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!(seconds > 0 && seconds <= 600) || !(connections > 0 && connections <= 1000)) {
  console.error("bench:load: --seconds must be 1–600 and --connections 1–1000");
  process.exit(1);
}

const distDir = ".next/bench-load";
const env = { SITE_ENV: "production", NEXT_DIST_DIR: distDir };
if (values.build || !existsSync(path.join(distDir, "BUILD_ID"))) {
  console.log(`Building the journal for production into ${distDir} …`);
  const build = await run("npm", ["run", "build"], env);
  console.log(`  built in ${build.seconds.toFixed(1)} s`);
}

const origin = `http://127.0.0.1:${values.port}`;
const server = await startServer("npx", ["next", "start", "-p", values.port, "-H", "127.0.0.1"], origin, env);
try {
  const url = `${origin}${values.path}`;
  const check = await fetch(url);
  if (check.status !== 200) throw new Error(`${url} answered ${check.status}, expected 200`);
  console.log(`Load: ${connections} connections on ${url} for ${seconds} s …`);
  const report = await measureLoad(url, { connections, seconds });
  const failures = loadFailures(report);
  console.table({
    "requests/s (mean)": report.requestsPerSecond.mean,
    "requests/s (median second)": report.requestsPerSecond.p50,
    requests: report.requests,
    "latency p50 (ms)": report.latencyMs.p50,
    "latency p99 (ms)": report.latencyMs.p99,
    "latency max (ms)": report.latencyMs.max,
    "errors + timeouts + non-2xx": failures,
  });
  mkdirSync("reports", { recursive: true });
  const file = path.join("reports", `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2)}\n`);
  console.log(`Report: ${file}`);
  if (failures > 0) {
    console.error(`bench:load: ${failures} request(s) failed; expected 0`);
    process.exitCode = 1;
  }
} finally {
  stopServer(server);
}
