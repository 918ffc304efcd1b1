/**
 * A real `npm run dev` for the dev specs, in a scratch copy of the project (../project-copy.ts): its own content,
 * its own .next and, above all, its own .contentlayer/generated (contentlayer writes under its working directory,
 * and the checkout's is shared with whatever else runs there).
 */
import { spawn, type ChildProcess } from "node:child_process";

/** The dev specs' server: an unusual loopback port, so a developer's own `npm run dev` is not in the way. */
export const devPort = Number(process.env.E2E_DEV_PORT ?? 4917);

export type DevServer = {
  dir: string;
  url: string;
  /** Everything the server printed so far (npm, scripts/dev.ts, next dev). */
  output: () => string;
  /** Sends what Ctrl-C sends (SIGINT to the whole process group); resolves when every process has exited. */
  interrupt: (timeoutMs: number) => Promise<boolean>;
  kill: () => void;
};

const inheritedSettings = new Set([
  "SITE_ENV",
  "VERCEL_ENV",
  "NODE_ENV",
  "CONTENT_DIR",
  "NEXT_DIST_DIR",
  "BASE_PATH",
  "POSTS_PER_PAGE",
]);

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function startDevServer(dir: string, port: number, timeoutMs: number): Promise<DevServer> {
  // The copy is the development deployment of its own content, whatever the runner's environment says.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !inheritedSettings.has(name)));
  const child: ChildProcess = spawn("npm", ["run", "dev", "--", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...env, NODE_ENV: "development", PWD: dir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, as a terminal would start it: Ctrl-C is a SIGINT to the group.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error("npm run dev did not start");
  const url = `http://127.0.0.1:${port}`;
  const server: DevServer = {
    dir,
    url,
    output: () => output,
    async interrupt(waitMs) {
      if (groupAlive(pid)) process.kill(-pid, "SIGINT");
      const deadline = Date.now() + waitMs;
      while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      return !groupAlive(pid);
    },
    kill: () => {
      if (groupAlive(pid)) process.kill(-pid, "SIGKILL");
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      // Any answer: the first one compiles the page, which the test does itself.
      await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  server.kill();
  throw new Error(`npm run dev did not answer at ${url} within ${timeoutMs / 1000} s:\n${output}`);
}
