/** One finding of `npm run check`, printed as `file:line: field: message — did you mean "x"?`. */
export type CheckProblem = {
  file: string;
  line: number | undefined;
  field: string;
  message: string;
  suggestion?: string | undefined;
};

/** What is wrong, with the suggestion if there is one: the part after `file:line: field: `. */
export function problemMessage(problem: CheckProblem): string {
  const hint = problem.suggestion ? ` — did you mean "${problem.suggestion}"?` : "";
  return `${problem.message}${hint}`;
}

export function formatCheckProblem(problem: CheckProblem): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${location}: ${problem.field}: ${problemMessage(problem)}`;
}

export function compareProblems(a: CheckProblem, b: CheckProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
