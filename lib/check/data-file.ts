/**
 * One data file of the content folder (content/authors/<slug>.yml, content/tags.yml), read like a post's
 * frontmatter: bytes through lib/content/safe-text.ts, YAML through lib/content/safe-yaml.ts, fields
 * against the types lib/content/schema.ts declares.
 */
import { readFileSync } from "node:fs";
import { readYaml, YAML_LIMITS, type YamlPath } from "../content/safe-yaml";
import { readSourceText } from "../content/safe-text";
import { checkFields, isRecord, type FieldDef } from "./fields";
import type { CheckProblem } from "../content/problem";

export type DataFile = { data: Record<string, unknown>; lineOf: (path: YamlPath) => number | undefined };

/** A data file's fields, or undefined after reporting why they can't be read. */
export function readDataFile(file: string, expected: string, problems: CheckProblem[]): DataFile | undefined {
  const read = readSourceText(readFileSync(file), { empty: expected, maxBytes: YAML_LIMITS.bytes });
  if ("problem" in read) {
    problems.push({ file, ...read.problem });
    return undefined;
  }
  const { value, errors, lineOf } = readYaml(read.text);
  for (const error of errors) problems.push({ file, line: error.line, field: "YAML", message: error.message });
  for (const problem of read.problems) problems.push({ file, ...problem });
  if (errors.length) return undefined;
  if (!isRecord(value)) {
    problems.push({ file, line: 1, field: "YAML", message: `is not a mapping of fields, expected ${expected}` });
    return undefined;
  }
  return { data: value, lineOf };
}

/** Schema problems of one mapping, each on the line of its key (else `line`), plus empty required strings. */
export function fieldProblems(
  file: string,
  item: Record<string, unknown>,
  schema: Record<string, FieldDef>,
  lineOf: (field: string) => number | undefined,
  line: number,
): CheckProblem[] {
  const problems: CheckProblem[] = checkFields(item, schema, []).map((p) => ({
    file,
    line: lineOf(p.field) ?? line,
    ...p,
  }));
  for (const [field, def] of Object.entries(schema)) {
    const value = item[field];
    if (def.required && typeof value === "string" && value.trim() === "") {
      problems.push({ file, line: lineOf(field) ?? line, field, message: "is empty, expected some text" });
    }
  }
  return problems;
}
