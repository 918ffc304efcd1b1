import { spawn, type ChildProcess } from "node:child_process";
import { samplePeakRss } from "./process-tree";

export type RunResult = { seconds: number; peakRssBytes: number; output: string };

/** Runs a command to completion, timing it and sampling its process tree's memory; throws on failure. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const stop = child.pid ? samplePeakRss(child.pid) : () => 0;
    child.on("close", (code) => {
      const peakRssBytes = stop();
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakRssBytes, output });
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Starts a long-running server and resolves once `url` answers. */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  stopServer(child);
  throw new Error(`${url} did not answer within 90 s`);
}

export function stopServer(child: ChildProcess): void {
  // The server runs in its own process group: end it and its workers together.
  if (child.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
