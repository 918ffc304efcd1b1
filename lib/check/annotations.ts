/**
 * The check's problems as GitHub workflow commands (`::error file=…,line=…,title=…::message`): on a pull
 * request, GitHub shows each one on the offending line of the diff.
 */
import path from "node:path";
import { oneLine, problemMessage, type CheckProblem } from "../content/problem";

/** A command's message: GitHub reads `%`, CR and LF as escapes, so they are escaped first. */
export function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A property value: `:` and `,` also end the value, so they are escaped too. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** The problem's file from the repository root, with forward slashes, as GitHub names files in a diff. */
function repositoryPath(file: string, root: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join("/");
}

/** One `::error` command; a problem without a line (e.g. an unreadable file) is annotated on the file. */
export function githubAnnotation(problem: CheckProblem, root: string): string {
  const properties = [
    `file=${escapeProperty(oneLine(repositoryPath(problem.file, root)))}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    `title=${escapeProperty(oneLine(problem.field))}`,
  ];
  return `::error ${properties.join(",")}::${escapeData(problemMessage(problem))}`;
}
