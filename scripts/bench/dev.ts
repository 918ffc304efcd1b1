/** How long an MDX edit takes to show up in a running `npm run dev` (contentlayer2 dev + next dev). */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { median, startServer, stopServer } from "./run";
import { spawn } from "node:child_process";

export async function devEditLatency(root: string, port: number, runs: number): Promise<number> {
  const contentDir = path.join(root, ".tmp/bench/dev-content");
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(path.join(root, "content"), contentDir, { recursive: true });
  const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: ".next/bench-dev", NEXT_TELEMETRY_DISABLED: "1" };
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  const content = spawn(bin("contentlayer2"), ["dev"], {
    env: { ...process.env, ...env },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/posts/the-payment-crew`;
  const next = await startServer(bin("next"), ["dev", "-p", String(port), "-H", "127.0.0.1"], url, env);
  const file = path.join(contentDir, "posts/the-payment-crew.mdx");
  const original = readFileSync(file, "utf8");
  const timings: number[] = [];
  try {
    await fetch(url); // the first request compiles the route; edits are measured after it
    for (let i = 1; i <= runs; i++) {
      const marker = `The Payment Crew, edit ${i}`;
      writeFileSync(file, original.replace('title: "The Payment Crew"', `title: "${marker}"`));
      const started = performance.now();
      while (!(await (await fetch(url)).text()).includes(marker)) {
        if (performance.now() - started > 30_000) throw new Error("an edit did not show up within 30 s");
        await new Promise((r) => setTimeout(r, 50));
      }
      timings.push(performance.now() - started);
    }
  } finally {
    stopServer(next);
    if (content.pid) process.kill(-content.pid, "SIGTERM");
    rmSync(path.join(root, ".next/bench-dev"), { recursive: true, force: true });
  }
  return Math.round(median(timings));
}
