/**
 * The content step of `npm run build`: the content check (scripts/check.ts) and contentlayer's generation of
 * the typed collection, run side by side. Each is one core's work and neither reads what the other writes
 * (the check reads the files and the schema in lib/content/schema.ts), so together they take about as long
 * as the longer one instead of the sum.
 *
 * The check's report is what an author reads: when the check fails, generation is stopped and only the
 * report is printed (contentlayer's own messages about the same files would repeat it less clearly).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type StepCommand = { command: string; args: readonly string[]; env?: Record<string, string> };
export type ContentStepResult = { ok: boolean; output: string; seconds: number };

type Running = { child: ChildProcess; done: Promise<{ code: number | null; output: string }> };

function start({ command, args, env }: StepCommand): Running {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.on("error", (error) => resolve({ code: 1, output: `${output}${command}: ${error.message}\n` }));
    child.on("close", (code) => resolve({ code, output }));
  });
  return { child, done };
}

export async function runContentStep(check: StepCommand, generate: StepCommand): Promise<ContentStepResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const checking = start(check);
  const generating = start(generate);
  const checked = await checking.done;
  if (checked.code !== 0) {
    generating.child.kill("SIGTERM");
    await generating.done;
    return { ok: false, output: checked.output, seconds: seconds() };
  }
  const generated = await generating.done;
  return { ok: generated.code === 0, output: checked.output + generated.output, seconds: seconds() };
}

/**
 * The journal's content step in the project at `root` (`npm run content`, and `npm run build` in its own process):
 * prints the check's report when it fails, else both outputs; resolves to its exit code.
 */
export async function journalContentStep(root: string, env?: Record<string, string>): Promise<number> {
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  const result = await runContentStep(
    { command: bin("tsx"), args: [path.join(root, "scripts/check.ts")], env },
    // A young generation of 32 MB instead of 16: contentlayer's generation makes short-lived objects by the million,
    // and fewer scavenges make it faster at about the same peak memory (docs/performance.md).
    { command: process.execPath, args: ["--max-semi-space-size=32", bin("contentlayer2"), "build"], env },
  );
  (result.ok ? process.stdout : process.stderr).write(result.output);
  if (!result.ok) return 1;
  console.log(`Content step done in ${result.seconds.toFixed(1)}s (check and contentlayer side by side).`);
  return 0;
}
