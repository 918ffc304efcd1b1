import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { parse } from "yaml";

// The GitHub workflows run the journal's own scripts: this keeps them from drifting from package.json.

type Step = {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job = { steps: Step[]; if?: string };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };

const read = (name: string) =>
  parse(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), "utf8")) as Workflow;
const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  scripts: Record<string, string>;
  engines: { node: string };
};
const ci = read("ci.yml");
const preview = read("preview.yml");
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run] : []));

/** The package.json scripts a command line runs: `npm run x`, `npm test`, `npm start`. */
function scriptsRunBy(command: string): string[] {
  const named = [...command.matchAll(/\bnpm run (?:--silent )?([\w:.-]+)/g)].map((match) => match[1] ?? "");
  const shorthand = [...command.matchAll(/\bnpm (test|start)\b/g)].map((match) => match[1] ?? "");
  return [...named, ...shorthand];
}

describe("every npm script a workflow runs exists in package.json", () => {
  for (const [name, workflow] of [
    ["ci.yml", ci],
    ["preview.yml", preview],
  ] as const) {
    test(name, () => {
      const used = runs(workflow).flatMap(scriptsRunBy);
      assert.ok(used.length > 0, `${name} runs no npm script`);
      for (const script of used)
        assert.ok(packageJson.scripts[script], `${name} runs "npm run ${script}", not in package.json`);
    });
  }
});

describe("ci.yml", () => {
  test("runs on pull requests and on pushes to main", () => {
    assert.ok("pull_request" in ci.on);
    assert.deepEqual((ci.on.push as { branches: string[] }).branches, ["main"]);
  });
  test("runs every check .ci/run does: lint, types, format, unit tests, the build, the end-to-end tests", () => {
    const used = new Set(runs(ci).flatMap(scriptsRunBy));
    for (const script of ["lint", "typecheck", "format:check", "test:unit", "build", "test:e2e", "test:dev"]) {
      assert.ok(used.has(script), `ci.yml does not run npm run ${script}`);
    }
    // .ci/run's `npm test` is test:unit, test:e2e, then test:dev (the dev server's content-problem banner).
    assert.equal(packageJson.scripts.test, "npm run test:unit && npm run test:e2e && npm run test:dev");
  });
  test("installs with the lockfile, and Playwright's Chromium before the end-to-end tests", () => {
    for (const job of Object.values(ci.jobs)) assert.ok(job.steps.some((step) => step.run === "npm ci"));
    const e2e = ci.jobs.e2e?.steps ?? [];
    const install = e2e.findIndex((step) => /playwright install .*chromium/.test(step.run ?? ""));
    const tests = e2e.findIndex((step) => scriptsRunBy(step.run ?? "").includes("test:e2e"));
    assert.ok(install >= 0 && install < tests);
    assert.equal(e2e[tests]?.env?.E2E_PLAYWRIGHT_CHROMIUM, "1");
  });
  test("annotates a pull request's content problems on their lines, before the build", () => {
    const checks = ci.jobs.checks?.steps ?? [];
    const annotate = checks.findIndex((step) => scriptsRunBy(step.run ?? "").includes("check"));
    const build = checks.findIndex((step) => scriptsRunBy(step.run ?? "").includes("build"));
    assert.ok(annotate >= 0 && annotate < build, "npm run check runs as its own step before npm run build");
    assert.match(checks[annotate]?.run ?? "", /--format github/);
    assert.equal(checks[annotate]?.if, "github.event_name == 'pull_request'");
    assert.match(packageJson.scripts.check ?? "", /scripts\/check\.ts/);
  });
  test("checks out the whole history (last-updated dates come from git)", () => {
    const checkouts = steps(ci).filter((step) => step.uses?.startsWith("actions/checkout@"));
    assert.ok(checkouts.length > 0 && checkouts.every((step) => step.with?.["fetch-depth"] === 0));
  });
});

test("every job that builds restores and saves the build cache of each folder it builds in, by content", () => {
  const buildFolders: [Job, string[]][] = [
    [ci.jobs.checks as Job, [".next/cache"]],
    // e2e/serve.sh: the export (in .next) and production, in its scratch copy of the project.
    [ci.jobs.e2e as Job, [".tmp/e2e-build/.next/cache", ".tmp/e2e-build/build-production/cache"]],
    [preview.jobs.deploy as Job, [".next/cache"]],
  ];
  for (const [job, folders] of buildFolders) {
    const at = job.steps.findIndex((step) => step.uses?.startsWith("actions/cache@"));
    const builds = job.steps.findIndex((step) =>
      scriptsRunBy(step.run ?? "").some((script) => ["build", "export", "test:e2e"].includes(script)),
    );
    assert.ok(at >= 0 && at < builds, "actions/cache runs before the build");
    const cache = job.steps[at]?.with ?? {};
    assert.deepEqual(
      String(cache.path)
        .trim()
        .split("\n")
        .map((line) => line.trim()),
      folders,
    );
    // A new key each run (so each run saves), falling back to earlier runs: safe, as entries are keyed by content.
    assert.match(String(cache.key), /\$\{\{ github\.sha \}\}$/);
    assert.match(String(cache.key), /hashFiles\('package-lock\.json'\)/);
    assert.ok(String(cache["restore-keys"]).trim().length > 0);
  }
});

test("both workflows run on a maintained Node LTS, while the journal still supports Node 20.19", () => {
  // Node 20 reached its end of life in April 2026; an even major from 22 on is an LTS line.
  assert.equal(packageJson.engines.node, ">=20.19");
  const setups = [...steps(ci), ...steps(preview)].filter((step) => step.uses?.startsWith("actions/setup-node@"));
  assert.ok(setups.length > 0);
  for (const step of setups) {
    const major = Number(step.with?.["node-version"]);
    assert.ok(
      major >= 22 && major % 2 === 0,
      `node-version ${String(step.with?.["node-version"])} is not a maintained LTS`,
    );
  }
});

describe("preview.yml", () => {
  const deploy = preview.jobs.deploy?.steps ?? [];
  test("runs on branch pushes (not main), pull requests, and branch deletion", () => {
    assert.deepEqual((preview.on.push as { "branches-ignore": string[] })["branches-ignore"], ["main", "gh-pages"]);
    assert.ok("pull_request" in preview.on && "delete" in preview.on);
  });
  test("exports a preview under the branch's base path", () => {
    const exporting = deploy.find((step) => scriptsRunBy(step.run ?? "").includes("export"));
    assert.equal(exporting?.env?.SITE_ENV, "preview");
    assert.equal(exporting?.env?.BASE_PATH, "${{ steps.target.outputs.base_path }}");
    const target = deploy.find((step) => (step as { id?: string }).id === "target");
    assert.match(target?.run ?? "", /base_path=\/\$REPOSITORY\/previews\/\$slug/);
    assert.match(packageJson.scripts.export ?? "", /SITE_OUTPUT=export/);
  });
  test("publishes the export folder under previews/<branch> and comments its address", () => {
    const publish = deploy.find((step) => step.uses?.startsWith("peaceiris/actions-gh-pages@"));
    assert.equal(publish?.with?.publish_dir, "./out");
    assert.match(String(publish?.with?.destination_dir), /^previews\//);
    assert.equal(publish?.with?.keep_files, true);
    assert.ok(deploy.some((step) => step.uses?.startsWith("actions/github-script@")));
  });
  test("removes a deleted branch's preview", () => {
    const cleanup = preview.jobs.cleanup;
    assert.match(cleanup?.if ?? "", /github.event_name == 'delete'/);
    assert.ok(cleanup?.steps.some((step) => /git rm -r .*previews\//.test(step.run ?? "")));
  });
  test("the preview's folder name is computed the same way for deploy and cleanup", () => {
    const slugLine = (job: Job) =>
      job.steps
        .flatMap((step) => (step.run ?? "").split("\n"))
        .find((line) => line.trim().startsWith("slug="))
        ?.trim();
    assert.ok(slugLine(preview.jobs.deploy as Job));
    assert.equal(slugLine(preview.jobs.deploy as Job), slugLine(preview.jobs.cleanup as Job));
  });
});
