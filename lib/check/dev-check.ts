/**
 * The content check as `npm run dev` runs it (scripts/dev.ts): again after every change, the result written for
 * the pages' banner (./dev-report.ts), and printed only when the set of problems changes, so the terminal
 * shows each problem once rather than on every save.
 */
import { checkContent } from "./check-content";
import { devProblems, writeDevReport, type DevProblem } from "./dev-report";
import type { CheckProblem } from "../content/problem";

type Options = {
  contentDir: string;
  publicDir: string;
  reportFile: string;
  print: (line: string) => void;
  check?: (options: { contentDir: string; publicDir: string }) => Promise<CheckProblem[]>;
};

const count = (n: number) => `${n} problem${n === 1 ? "" : "s"}`;

/** What to print when the problems go from `previous` (undefined: the first run) to `next`. */
export function describeChange(previous: readonly string[] | undefined, next: readonly string[]): string[] {
  if (previous === undefined) {
    return next.length === 0
      ? ["content: check passed"]
      : [
          ...next,
          `content: ${count(next.length)}: the journal still runs, and every page lists them in a banner until they ` +
            `are fixed (docs/authoring.md explains each)`,
        ];
  }
  if (previous.length === next.length && previous.every((line, i) => line === next[i])) return [];
  if (next.length === 0) return ["content: fixed"];
  const seen = new Set(previous);
  return [`content: ${count(next.length)}`, ...next.filter((line) => !seen.has(line))];
}

/** The check's problems, or the check's own failure as one problem: the banner must not go quiet because of it. */
async function runCheck(options: Options): Promise<DevProblem[]> {
  const check = options.check ?? checkContent;
  try {
    const problems = await check({ contentDir: options.contentDir, publicDir: options.publicDir });
    return devProblems(problems, options.contentDir);
  } catch (error) {
    return [{ text: `${options.contentDir}: check: could not run (${String(error)})` }];
  }
}

/**
 * `task`, one run at a time: asked while a run is going, it runs once more after it, however often it was asked
 * meanwhile, so a burst of saves makes one run at the end. Each ask resolves with the first run that starts after it.
 */
export function oneRunAtATime<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = () => {
    const run = task().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    const settled = () => {
      next = undefined;
      return start();
    };
    next ??= running.then(settled, settled);
    return next;
  };
}

export function createDevCheck(options: Options) {
  let printed: string[] | undefined;
  const runOnce = async () => {
    const problems = await runCheck(options);
    writeDevReport(options.reportFile, problems);
    const lines = problems.map((problem) => problem.text);
    for (const line of describeChange(printed, lines)) options.print(line);
    printed = lines;
    return problems.length === 0;
  };
  /** Runs the check, writes the report, prints what changed; true when there is no problem. */
  return { run: oneRunAtATime(runOnce) };
}

/**
 * contentlayer's output while the check reports problems repeats them at length (stack traces, effect-ts
 * errors), so it is dropped then; with no problem it is printed, so a failure the check misses is still seen.
 * Lines that arrive while a check is due wait for its result.
 */
export function createOutputGate(write: (line: string) => void) {
  let state: "clean" | "problems" | "checking" = "checking";
  let held: string[] = [];
  return {
    line(line: string) {
      if (state === "clean") write(line);
      else if (state === "checking") held.push(line);
    },
    checking() {
      state = "checking";
    },
    settled(clean: boolean) {
      if (clean) for (const line of held) write(line);
      held = [];
      state = clean ? "clean" : "problems";
    },
  };
}
