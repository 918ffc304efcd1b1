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

/**
 * A problem is one line of text as the content's own characters allow: a line break, a control or a format character
 * that reaches it from the content (a file's name, a parser quoting the text) is written as its code point. Printed
 * as is, a line break would start a line of the content's choosing: in a GitHub workflow's log, a command.
 */
export const oneLine = (text: string) =>
  text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (character) => {
    const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    return `\\u{${code}}`;
  });

/** What is wrong, with the suggestion if there is one: the part after `file:line: field: `. */
export function problemMessage(problem: Pick<CheckProblem, "message" | "suggestion">): string {
  const hint = problem.suggestion ? ` — did you mean "${problem.suggestion}"?` : "";
  return oneLine(`${problem.message}${hint}`);
}

export function formatCheckProblem(problem: Omit<CheckProblem, "line"> & { line?: number | undefined }): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${oneLine(location)}: ${oneLine(problem.field)}: ${problemMessage(problem)}`;
}

export function compareProblems(a: CheckProblem, b: CheckProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
