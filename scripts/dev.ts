// `npm run dev [-- next dev options]`: the journal with live content. Runs the content check once and prints its
// report, then `contentlayer2 dev` and `next dev` side by side, and re-runs the check (and the image step, which
// makes the posts' images into public/_media/) whenever content/ or public/ changes. Every page shows the current problems in a banner (lib/check/dev-report.ts): the journal starts and
// keeps running with invalid content, which contentlayer skips here (CONTENT_INVALID=skip) instead of failing.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync, watch, type FSWatcher } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { createDevCheck, createOutputGate, oneRunAtATime } from "../lib/check/dev-check";
import { devReportVariable } from "../lib/check/dev-report";
import { MEDIA_FOLDER } from "../lib/media/manifest";
import { imageStep } from "./build/image-step";

const contentDir = process.env.CONTENT_DIR ?? "content";
const publicDir = "public";
// One file per session: two dev servers of one checkout (other ports, other CONTENT_DIR) keep their own lists.
const reportFile = path.resolve(".tmp/dev", `content-problems-${process.pid}.json`);
const generated = path.resolve(".contentlayer/generated/index.mjs");
// Editors write a file in several steps; one check after the last of them.
const DEBOUNCE_MS = 150;

const require = createRequire(import.meta.url);
const binOf = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const print = (line: string) => console.log(line);
const devCheck = createDevCheck({ contentDir, publicDir, reportFile, print });
const gate = createOutputGate(print);
void devCheck.run().then((clean) => gate.settled(clean));
// The image step as the check: one run at a time, once more after a burst of saves.
const images = oneRunAtATime(() =>
  imageStep({}).catch((error: unknown) =>
    print(`images: the step failed (${error instanceof Error ? error.message : String(error)})`),
  ),
);
void images();

const children: ChildProcess[] = [];
let stopping = false;
let timer: NodeJS.Timeout | undefined;
const watchers: FSWatcher[] = [contentDir, publicDir]
  .filter((dir) => existsSync(dir))
  .map((dir) =>
    watch(dir, { recursive: true }, (_event, name) => {
      // What the image step writes is no change of the content.
      if (dir === publicDir && name?.startsWith(MEDIA_FOLDER)) return;
      gate.checking();
      clearTimeout(timer);
      timer = setTimeout(() => {
        void devCheck.run().then((clean) => gate.settled(clean));
        void images();
      }, DEBOUNCE_MS);
    }).on("error", (error) => print(`content: ${dir} is no longer watched (${error.message}); restart npm run dev`)),
  );

// package.json runs this file in one process (`node --import tsx`): the `tsx` command would run it in a child and,
// under load, end that child with SIGKILL when it has not answered a relayed Ctrl-C within 30 ms, before stop()
// could remove the report.
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
process.on("SIGHUP", () => void stop(129));

function start(name: string, script: string, args: readonly string[], env: Record<string, string>, piped: boolean) {
  const child = spawn(process.execPath, [script, ...args], {
    // contentlayer writes .contentlayer under PWD, not under the process's working directory.
    env: { ...process.env, PWD: process.cwd(), ...env },
    stdio: piped ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    print(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the dev server`);
    void stop(code ?? 1);
  });
  return child;
}

const contentlayer = start(
  "contentlayer2 dev",
  binOf("contentlayer2", "bin/cli.cjs"),
  ["dev"],
  { CONTENT_INVALID: "skip" },
  true,
);
let firstGeneration = false;
for (const stream of [contentlayer.stdout, contentlayer.stderr]) {
  if (!stream) continue;
  createInterface({ input: stream }).on("line", (line) => {
    if (/^Generated \d+ documents|^Error: Found \d+ problems/.test(line)) firstGeneration = true;
    // contentlayer2 prints its output folder after every run, a leftover of its debugging.
    if (!line.startsWith("successCallback ")) gate.line(line);
  });
}

// A fresh clone has no collection yet: next dev would answer "Module not found" until contentlayer's first run.
async function firstCollection(timeoutMs: number): Promise<void> {
  if (existsSync(generated)) return;
  print("content: generating the collection for the first time…");
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(generated) && !firstGeneration && !stopping && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

await firstCollection(120_000);
if (!stopping) {
  if (!existsSync(generated)) {
    print("content: no collection could be generated yet: pages fail to compile until the problems above are fixed");
  }
  start(
    "next dev",
    binOf("next", "dist/bin/next"),
    ["dev", ...process.argv.slice(2)],
    {
      [devReportVariable]: reportFile,
    },
    false,
  );
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = running.map((child) => new Promise((resolve) => child.once("exit", resolve)));
  for (const child of running) child.kill("SIGTERM");
  // next dev stops its server before it exits; anything still running after that is ended.
  const timeout = setTimeout(() => running.forEach((child) => child.kill("SIGKILL")), 5_000);
  await Promise.all(exited);
  clearTimeout(timeout);
  rmSync(reportFile, { force: true });
  process.exit(exitCode);
}
