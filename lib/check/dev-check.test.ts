import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { createDevCheck, createOutputGate, describeChange, oneRunAtATime } from "./dev-check";
import { readDevReport } from "./dev-report";
import type { CheckProblem } from "../content/problem";

const dir = mkdtempSync(path.join(tmpdir(), "dev-check-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("what npm run dev prints", () => {
  test("the first run: every problem in the check's format, then a count", () => {
    const lines = describeChange(undefined, ["a.mdx:1: title: is missing", "b.mdx:2: tags: unknown tag"]);
    assert.deepEqual(lines.slice(0, 2), ["a.mdx:1: title: is missing", "b.mdx:2: tags: unknown tag"]);
    assert.match(lines[2] ?? "", /^content: 2 problems: the journal still runs/);
    assert.deepEqual(describeChange(undefined, []), ["content: check passed"]);
  });

  test("later: nothing while the problems stay the same, the count and the new ones when they change", () => {
    assert.deepEqual(describeChange(["a"], ["a"]), []);
    assert.deepEqual(describeChange(["a"], ["a", "b"]), ["content: 2 problems", "b"]);
    assert.deepEqual(describeChange(["a", "b"], ["b"]), ["content: 1 problem"]);
    assert.deepEqual(describeChange(["a"], []), ["content: fixed"]);
    assert.deepEqual(describeChange([], []), []);
  });
});

describe("one run at a time", () => {
  test("asks during a run make one more run after it, which they all get; a failed run doesn't stop the next", async () => {
    const started: number[] = [];
    const finish: ((fail: boolean) => void)[] = [];
    const run = oneRunAtATime(() => {
      const n = started.push(started.length + 1);
      return new Promise<number>((resolve, reject) => {
        finish.push((fail) => (fail ? reject(new Error(`run ${n}`)) : resolve(n)));
      });
    });
    const first = run();
    const asks = [run(), run(), run()];
    assert.deepEqual(started, [1]);
    finish[0]?.(true);
    await assert.rejects(first, /run 1/);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(started, [1, 2]);
    finish[1]?.(false);
    assert.deepEqual(await Promise.all(asks), [2, 2, 2]);
    // Nothing running: the next ask starts at once.
    const later = run();
    assert.deepEqual(started, [1, 2, 3]);
    finish[2]?.(false);
    assert.equal(await later, 3);
  });
});

describe("the dev check", () => {
  const problem: CheckProblem = { file: "content/posts/a.mdx", line: 1, field: "summary", message: "is missing" };

  test("writes every run's problems for the banner, and prints only changes", async () => {
    const reportFile = path.join(dir, "report.json");
    const printed: string[] = [];
    let problems: CheckProblem[] = [problem];
    const devCheck = createDevCheck({
      contentDir: "content",
      publicDir: "public",
      reportFile,
      print: (line) => printed.push(line),
      check: async () => problems,
    });
    assert.equal(await devCheck.run(), false);
    assert.deepEqual(readDevReport(reportFile), [
      { text: "content/posts/a.mdx:1: summary: is missing", href: "/posts/a" },
    ]);
    const first = printed.length;
    assert.equal(await devCheck.run(), false);
    assert.equal(printed.length, first, "an unchanged result prints nothing");
    problems = [];
    assert.equal(await devCheck.run(), true);
    assert.deepEqual(readDevReport(reportFile), []);
    assert.deepEqual(printed.slice(first), ["content: fixed"]);
  });

  test("a check that throws is a problem in the banner, not a silent one", async () => {
    const reportFile = path.join(dir, "crash.json");
    const devCheck = createDevCheck({
      contentDir: "content",
      publicDir: "public",
      reportFile,
      print: () => {},
      check: () => Promise.reject(new Error("boom")),
    });
    assert.equal(await devCheck.run(), false);
    assert.match(readDevReport(reportFile)[0]?.text ?? "", /check: could not run \(Error: boom\)/);
  });
});

describe("contentlayer's output", () => {
  test("is printed while the check reports no problem, dropped while it does, held while a check is due", () => {
    const written: string[] = [];
    const gate = createOutputGate((line) => written.push(line));
    gate.line("before the first check");
    gate.settled(true);
    gate.line("Generated 11 documents");
    gate.checking();
    gate.line("File updated: posts/a.mdx");
    gate.settled(false);
    gate.line("Error: Found 1 problems in 11 documents.");
    gate.checking();
    gate.line("Generated 11 documents again");
    gate.settled(true);
    assert.deepEqual(written, ["before the first check", "Generated 11 documents", "Generated 11 documents again"]);
  });
});
