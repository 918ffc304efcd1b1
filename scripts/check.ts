// `npm run check`: validates everything under content/ and exits non-zero with one line per problem.
import { checkContent } from "../lib/check/check-content";
import { formatCheckProblem } from "../lib/check/problem";

const started = performance.now();
const problems = checkContent({ contentDir: process.env.CONTENT_DIR ?? "content", publicDir: "public" });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatCheckProblem(problem));
  console.error(
    `\n${problems.length} content problem(s) found in ${seconds}s. The authoring guide explains each: docs/authoring.md`,
  );
  process.exit(1);
}
console.log(`Content check passed in ${seconds}s.`);
