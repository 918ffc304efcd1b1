/**
 * One finding of `npm run check`, printed as `file:line: field: message — did you mean "x"?`. The build's steps
 * and a page that refuses its post print their findings in the same form, with this function.
 */
export type CheckProblem = {
  file: string;
  line: number | undefined;
  field: string;
  message: string;
  suggestion?: string | undefined;
};

/** What is wrong, with the suggestion if there is one: the part after `file:line: field: `. */
export function problemMessage(problem: Pick<CheckProblem, "message" | "suggestion">): string {
  const hint = problem.suggestion ? ` — did you mean "${problem.suggestion}"?` : "";
  return `${problem.message}${hint}`;
}

export function formatCheckProblem(problem: Omit<CheckProblem, "line"> & { line?: number | undefined }): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${location}: ${problem.field}: ${problemMessage(problem)}`;
}

export function compareProblems(a: CheckProblem, b: CheckProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
