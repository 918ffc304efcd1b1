// `npm run check`: validates everything under content/ and exits non-zero with one line per problem.
// `--format github` (the default when GITHUB_ACTIONS=true) also prints each problem as a workflow command, which
// GitHub shows on the offending line of a pull request; the plain lines stay for the log.
import { parseArgs } from "node:util";
import { githubAnnotation } from "../lib/check/annotations";
import { checkContent } from "../lib/check/check-content";
import { formatCheckProblem } from "../lib/content/problem";

const formats = ["text", "github"] as const;
const { values } = parseArgs({ options: { format: { type: "string" } } });
const format = formats.find(
  (name) => name === (values.format ?? (process.env.GITHUB_ACTIONS === "true" ? "github" : "text")),
);
if (!format) {
  console.error(`--format: "${values.format}" is not a format, expected one of ${formats.join(", ")}`);
  process.exit(2);
}

const started = performance.now();
const problems = await checkContent({ contentDir: process.env.CONTENT_DIR ?? "content", publicDir: "public" });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatCheckProblem(problem));
  if (format === "github") {
    // File paths in annotations are from the repository root: the checkout GitHub ran the job in.
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    for (const problem of problems) console.log(githubAnnotation(problem, root));
  }
  console.error(
    `\n${problems.length} content problem(s) found in ${seconds}s. The authoring guide explains each: docs/authoring.md`,
  );
  process.exit(1);
}
console.log(`Content check passed in ${seconds}s.`);
