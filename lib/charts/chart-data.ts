/**
 * A chart's data file read as a table: a CSV with a header row (d3-dsv, the one CSV parser), or a JSON array of
 * flat objects. Every row keeps the line it starts on, so a problem names the file, the line and the column.
 * Cells are kept as written (trimmed): the chart's model decides what each column must hold.
 */
import { csvParseRows } from "d3-dsv";

export type DataProblem = { file: string; line: number | undefined; field: string; message: string };
export type DataRow = { line: number; cells: Readonly<Record<string, string>> };
export type DataTable = { file: string; columns: readonly string[]; rows: readonly DataRow[] };

/** The most rows a chart draws (its table lists each one); the file's size is limited before it is read. */
export const MAX_ROWS = 1000;
/** The most columns a data file may have: a chart draws at most a few of them (chart-model.ts, MAX_SERIES). */
export const MAX_COLUMNS = 100;

/**
 * The table and every problem found reading it. A row with a problem is left out of the table, so the chart's
 * rules can still name the problems of the others; there is no table when the file has no usable header or rows.
 */
type Parsed = { table: DataTable | undefined; problems: DataProblem[] };

export function parseDataTable(file: string, text: string): Parsed {
  return file.toLowerCase().endsWith(".json") ? parseJson(file, text) : parseCsv(file, text);
}

const plural = (count: number, noun: string) => `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;

/**
 * Rows of cells with their lines: the checks both formats share (header, row count, one line per value).
 * `problems` are the format's own, found while reading the rows (which left those rows out).
 */
function tableOf(
  file: string,
  header: { line: number; names: string[] },
  rows: DataRow[],
  problems: DataProblem[],
): Parsed {
  const problem = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
  const before = problems.length;
  const seen = new Set<string>();
  for (const name of header.names) {
    if (name === "") problem(header.line, "header", "has an empty column name, expected a name for every column");
    else if (/\n/.test(name))
      problem(header.line, "header", `${JSON.stringify(name)} spans lines, expected a name on one line`);
    else if (seen.has(name))
      problem(header.line, "header", `column ${JSON.stringify(name)} appears twice, expected each name once`);
    seen.add(name);
  }
  if (rows.length === 0 && problems.length === 0)
    problem(header.line, "file", "has no rows of data, expected at least one row after the column names");
  const extra = rows[MAX_ROWS];
  if (extra)
    problem(
      extra.line,
      "file",
      `has ${plural(rows.length, "row")} of data, expected at most ${plural(MAX_ROWS, "row")}`,
    );
  const usable = problems.length === before && rows.length > 0;
  const kept = rows.filter((row) => {
    const spanning = Object.entries(row.cells).filter(([, cell]) => /\n/.test(cell));
    for (const [column] of spanning) {
      problem(
        row.line,
        `column ${JSON.stringify(column)}`,
        "a value spans lines (an unclosed quote?), expected one line per row",
      );
    }
    return spanning.length === 0;
  });
  return {
    table: usable ? { file, columns: header.names, rows: kept } : undefined,
    problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

function parseCsv(file: string, text: string): Parsed {
  const records: { line: number; values: string[] }[] = [];
  let line = 1;
  for (const values of csvParseRows(text)) {
    records.push({ line, values: values.map((value) => value.trim()) });
    // A quoted value may hold line breaks: the next record starts that many lines further down.
    line += 1 + values.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0);
  }
  const [header, ...data] = records.filter((record) => record.values.some((value) => value !== ""));
  if (!header)
    return {
      table: undefined,
      problems: [{ file, line: 1, field: "file", message: "has no header row, expected column names" }],
    };
  if (header.values.length > MAX_COLUMNS) {
    const message = `has ${plural(header.values.length, "column")}, expected at most ${MAX_COLUMNS}`;
    return { table: undefined, problems: [{ file, line: header.line, field: "header", message }] };
  }
  const problems: DataProblem[] = [];
  const rows: DataRow[] = [];
  for (const { line: rowLine, values } of data) {
    if (values.length !== header.values.length) {
      // One line a row, for as many rows as a chart may have: the file is refused either way.
      if (problems.length < MAX_ROWS) {
        const message = `has ${plural(values.length, "value")}, expected ${header.values.length} (${header.values.join(", ")})`;
        problems.push({ file, line: rowLine, field: "row", message });
      }
      continue;
    }
    rows.push({ line: rowLine, cells: Object.fromEntries(header.values.map((name, i) => [name, values[i] ?? ""])) });
  }
  return tableOf(file, { line: header.line, names: header.values }, rows, problems);
}

function parseJson(file: string, text: string): Parsed {
  const fail = (line: number | undefined, message: string): Parsed => ({
    table: undefined,
    problems: [{ file, line, field: "JSON", message }],
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason)?.[1];
    return fail(position === undefined ? undefined : lineAt(text, Number(position)), `${reason}, expected valid JSON`);
  }
  const expected = 'expected an array of flat objects, one per row: [{"week": "2024-01-01", "Visa": 91.2}, …]';
  if (!Array.isArray(value)) return fail(1, `is not an array, ${expected}`);
  const lines = elementLines(text);
  const rows: DataRow[] = [];
  const problems: DataProblem[] = [];
  let names: string[] | undefined;
  value.forEach((item: unknown, index) => {
    const line = lines[index] ?? 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.push({ file, line, field: "JSON", message: `row ${index + 1} is not an object, ${expected}` });
      return;
    }
    // Kept as entries, then made own properties: a key such as "__proto__" is a column like any other, as in a CSV.
    const cells: [string, string][] = [];
    for (const [key, cell] of Object.entries(item)) {
      if (typeof cell === "string") cells.push([key, cell.trim()]);
      else if (typeof cell === "number") cells.push([key, String(cell)]);
      else {
        const got = cell === null ? "null" : Array.isArray(cell) ? "a list" : typeof cell;
        problems.push({
          file,
          line,
          field: `column ${JSON.stringify(key)}`,
          message: `is ${got}, expected a number or text`,
        });
      }
    }
    names ??= Object.keys(item);
    const keys = Object.keys(item);
    if (keys.length !== names.length || keys.some((key) => !names?.includes(key))) {
      problems.push({
        file,
        line,
        field: "JSON",
        message: `row ${index + 1} has the keys ${keys.join(", ")}, expected those of the first row: ${names.join(", ")}`,
      });
      return;
    }
    if (cells.length === keys.length) rows.push({ line, cells: Object.fromEntries(cells) });
  });
  return tableOf(file, { line: lines[0] ?? 1, names: names ?? [] }, rows, problems);
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/** The line on which each element of a JSON text's top-level array starts; only given text JSON.parse accepted. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\n") line++;
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === " " || char === "\t" || char === "\n" || char === "\r") continue;
    if (depth === 1 && expectValue && char !== "]") {
      lines.push(line);
      expectValue = false;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (char === "]" || char === "}") depth--;
    else if (char === "," && depth === 1) expectValue = true;
  }
  return lines;
}
