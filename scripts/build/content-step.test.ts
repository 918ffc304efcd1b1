import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { runContentStep, type StepCommand } from "./content-step";

const dir = mkdtempSync(path.join(tmpdir(), "content-step-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A step played by node: `script` runs with `marker(name)` (a path in the test folder) in scope. */
const node = (script: string): StepCommand => ({
  command: process.execPath,
  args: ["-e", `const fs = require("fs"); const marker = (n) => ${JSON.stringify(dir)} + "/" + n; ${script}`],
});

test("runs the check and generation side by side and prints both outputs, the check's first", async () => {
  // The check only passes if generation has started while it is still running.
  const check = node(`
    const until = Date.now() + 10000;
    const wait = () => fs.existsSync(marker("generating")) ? (console.log("Content check passed."), process.exit(0))
      : Date.now() > until ? (console.error("generation never started"), process.exit(1)) : setTimeout(wait, 20);
    wait();`);
  const generate = node(
    `fs.writeFileSync(marker("generating"), ""); setTimeout(() => console.log("Generated 6 documents"), 200);`,
  );
  const result = await runContentStep(check, generate);
  assert.equal(result.ok, true, result.output);
  assert.match(result.output, /^Content check passed\.\nGenerated 6 documents\n$/);
  assert.ok(result.seconds > 0);
});

test("a failing check stops generation and prints only the check's report", async () => {
  const check = node(`console.error("content/posts/a.mdx:3: author: unknown"); process.exit(1);`);
  const generate = node(
    `console.log("generating"); setTimeout(() => fs.writeFileSync(marker("generated"), ""), 4000);`,
  );
  const result = await runContentStep(check, generate);
  assert.equal(result.ok, false);
  assert.equal(result.output, "content/posts/a.mdx:3: author: unknown\n");
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(existsSync(path.join(dir, "generated")), false, "generation went on after the check failed");
});

test("a failing generation after a passing check fails the step with its own output", async () => {
  const result = await runContentStep(
    node(`console.log("Content check passed.");`),
    node(`console.error("Error: cannot write .contentlayer"); process.exit(2);`),
  );
  assert.equal(result.ok, false);
  assert.match(result.output, /Content check passed\.\nError: cannot write \.contentlayer\n/);
});

test("a command that cannot start fails the step, naming it", async () => {
  const result = await runContentStep(node(`console.log("ok");`), { command: path.join(dir, "missing"), args: [] });
  assert.equal(result.ok, false);
  assert.match(result.output, /missing: spawn .*ENOENT/);
});
