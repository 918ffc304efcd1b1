import { spawn } from "node:child_process";

export type StepResult = { name: string; code: number | null; seconds: number; output: string };

/** Runs one step of the build to its end, its output kept (and echoed as it comes, when asked). */
export function runStep(
  name: string,
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  { echo = false }: { echo?: boolean } = {},
): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) stream.write(chunk);
    };
    child.stdout.on("data", take(process.stdout));
    child.stderr.on("data", take(process.stderr));
    const done = (code: number | null) =>
      resolve({ name, code, seconds: (performance.now() - started) / 1000, output });
    child.on("error", (error) => {
      output += `${command}: ${error.message}\n`;
      done(1);
    });
    child.on("close", done);
  });
}

/**
 * Runs a step in this process (no second Node to start: a third of a second each): `work` prints what it has to
 * say, reports its own failures and resolves to its exit code.
 */
export async function runInProcess(name: string, work: () => Promise<number>): Promise<StepResult> {
  const started = performance.now();
  const code = await work();
  return { name, code, seconds: (performance.now() - started) / 1000, output: "" };
}
