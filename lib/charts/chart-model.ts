/**
 * A <Chart>'s props and its data file's table become a checked model: the kind of its x axis (numbers, days or
 * categories), one series per y column, and the rows as written for the table that stands in for the drawing.
 * Every problem is collected, not thrown, so the content check lists them all; the page renders only a model.
 */
import { isCalendarDay } from "../content/field-rules";
import { mdxComponentProps } from "../content/mdx-components";
import { postFileReferenceProblem } from "../content/post-files";
import type { DataTable } from "./chart-data";

const CHART_TYPES = ["line", "bar", "area"] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** The most series one chart draws: beyond that, markers, dashes and patterns can't keep them apart. */
export const MAX_SERIES = 6;

export type ChartSpec = {
  type: ChartType;
  data: string;
  x: string;
  y: readonly string[];
  xLabel: string;
  yLabel: string | undefined;
  unit: string | undefined;
  title: string;
  description: string;
};

export type XAxis =
  | { kind: "number"; values: readonly number[] }
  | { kind: "date"; values: readonly Date[] }
  | { kind: "category"; values: readonly string[] };

export type Series = { name: string; values: readonly number[] };

export type ChartModel = ChartSpec & {
  /** The data file, as messages name it. */
  file: string;
  xAxis: XAxis;
  series: readonly Series[];
  /** Each row as written in the file: the x value, then one value per series. */
  rows: readonly (readonly string[])[];
};

/** A problem with a prop (`file` undefined: reported on the tag's line in the post) or with the data file. */
export type ChartProblem = { file?: string; line?: number; field: string; message: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_EXPECTED = "a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const numberOf = (cell: string) => (NUMBER.test(cell) && Number.isFinite(Number(cell)) ? Number(cell) : undefined);

/** The props of a <Chart> checked one by one; every problem is named by its attribute. */
export function readChartSpec(
  props: Readonly<Record<string, unknown>>,
): { spec: ChartSpec } | { problems: ChartProblem[] } {
  const problems: ChartProblem[] = [];
  const allowed: readonly string[] = mdxComponentProps.Chart;
  const fail = (prop: string, message: string) => problems.push({ field: `<Chart ${prop}>`, message });
  for (const name of Object.keys(props)) {
    if (name === "children")
      problems.push({ field: "<Chart>", message: "has content, expected a self-closing <Chart … />" });
    else if (!allowed.includes(name)) fail(name, `is not a prop of <Chart>, expected one of ${allowed.join(", ")}`);
  }
  const text = (name: string, example: string, required: boolean): string | undefined => {
    const value = props[name];
    if (value === undefined && !required) return undefined;
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    fail(name, `${value === undefined ? "is missing" : "is empty or not text"}, expected ${name}="${example}"`);
    return undefined;
  };
  const typeText = text("type", "line", false) ?? "line";
  const type = CHART_TYPES.find((known) => known === typeText);
  if (!type)
    fail(
      "type",
      `${JSON.stringify(typeText)} is not a chart type, expected one of ${CHART_TYPES.map((t) => `"${t}"`).join(", ")}`,
    );
  const data = text("data", "./rates.csv", true);
  const dataProblem = data === undefined ? undefined : postFileReferenceProblem(data, "data");
  if (dataProblem) fail("data", dataProblem);
  const x = text("x", "week", true);
  const yText = text("y", "Visa,Mastercard", true);
  const y = yText?.split(",").map((name) => name.trim()) ?? [];
  if (y.some((name) => name === ""))
    fail("y", `${JSON.stringify(yText)} has an empty column name, expected column names separated by commas`);
  const repeated = y.find((name, index) => name !== "" && y.indexOf(name) !== index);
  if (repeated) fail("y", `column ${JSON.stringify(repeated)} is listed twice, expected each series once`);
  if (x !== undefined && y.includes(x))
    fail("y", `column ${JSON.stringify(x)} is the x axis, expected other columns for the series`);
  if (y.length > MAX_SERIES)
    fail("y", `lists ${y.length} columns, expected at most ${MAX_SERIES} series (split the chart in two)`);
  const xLabel = text("xLabel", "Week", false) ?? x;
  const yLabel = text("yLabel", "Authorization rate", false);
  const unit = text("unit", "%", false);
  const title = text("title", "Authorization rate by week", true);
  const description = text("description", "One or two sentences on what the chart shows", true);
  if (problems.length || !type || !data || !x || !xLabel || !title || !description) return { problems };
  return { spec: { type, data, x, y, xLabel, yLabel, unit, title, description } };
}

/** The x axis of a line or area chart: all numbers or all days, each after the one before. */
function orderedAxis(
  cells: readonly { line: number; value: string }[],
  problem: (line: number, message: string) => void,
): XAxis | undefined {
  const first = cells[0]?.value ?? "";
  const kind = numberOf(first) !== undefined ? "number" : DAY.test(first) ? "date" : undefined;
  if (!kind) {
    problem(
      cells[0]?.line ?? 1,
      `${JSON.stringify(first)} is not a number or a day, expected numbers or days written YYYY-MM-DD along the x axis of a line or area chart (a bar chart takes categories)`,
    );
    return undefined;
  }
  const values: number[] = [];
  let previous: { value: string; at: number } | undefined;
  for (const { line, value } of cells) {
    const at = kind === "number" ? numberOf(value) : isCalendarDay(value) ? Date.parse(value) : undefined;
    if (at === undefined) {
      const expected =
        kind === "number"
          ? `${NUMBER_EXPECTED}, like the first row's ${JSON.stringify(first)}`
          : `a day written YYYY-MM-DD, like the first row's ${JSON.stringify(first)}`;
      const what =
        value === ""
          ? "is empty"
          : `${JSON.stringify(value)} is not ${kind === "date" && DAY.test(value) ? "a calendar day" : kind === "number" ? "a number" : "a day"}`;
      problem(line, `${what}, expected ${expected} (one kind of value per column)`);
      continue;
    }
    if (previous && at <= previous.at) {
      problem(
        line,
        `${JSON.stringify(value)} ${at === previous.at ? "repeats" : "comes before"} the previous row's ${JSON.stringify(previous.value)}, expected each x once, in increasing order`,
      );
    }
    previous = { value, at };
    values.push(at);
  }
  return kind === "number" ? { kind, values } : { kind, values: values.map((time) => new Date(time)) };
}

/** The checked model of a chart: its spec, and the data file's table read as its x axis and series. */
export function buildChartModel(
  spec: ChartSpec,
  table: DataTable,
): { model: ChartModel } | { problems: ChartProblem[] } {
  const problems: ChartProblem[] = [];
  const columns = table.columns.join(", ");
  for (const [prop, names] of [
    ["x", [spec.x]],
    ["y", spec.y],
  ] as const) {
    for (const name of names) {
      if (!table.columns.includes(name)) {
        problems.push({
          field: `<Chart ${prop}>`,
          message: `${JSON.stringify(name)} is not a column of ${table.file}, expected one of ${columns}`,
        });
      }
    }
  }
  if (problems.length) return { problems };
  const at = (column: string) => (line: number, message: string) =>
    problems.push({ file: table.file, line, field: `column ${JSON.stringify(column)}`, message });
  const cellsOf = (column: string) => table.rows.map((row) => ({ line: row.line, value: row.cells[column] ?? "" }));

  let xAxis: XAxis | undefined;
  if (spec.type === "bar") {
    const seen = new Map<string, number>();
    for (const { line, value } of cellsOf(spec.x)) {
      const earlier = seen.get(value);
      if (value === "") at(spec.x)(line, "is empty, expected a category name");
      else if (earlier !== undefined)
        at(spec.x)(line, `${JSON.stringify(value)} is also on line ${earlier}, expected each category once`);
      seen.set(value, line);
    }
    xAxis = { kind: "category", values: cellsOf(spec.x).map((cell) => cell.value) };
  } else {
    xAxis = orderedAxis(cellsOf(spec.x), at(spec.x));
    if (table.rows.length === 1)
      at(spec.x)(table.rows[0]?.line ?? 1, `is the only row, expected at least two points for a ${spec.type} chart`);
  }
  const series = spec.y.map((name) => ({
    name,
    values: cellsOf(name).map(({ line, value }) => {
      const number = numberOf(value);
      const what = value === "" ? "is empty" : `${JSON.stringify(value)} is not a number`;
      if (number === undefined) at(name)(line, `${what}, expected ${NUMBER_EXPECTED}`);
      return number ?? 0;
    }),
  }));
  if (problems.length || !xAxis) return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  const rows = table.rows.map((row) => [spec.x, ...spec.y].map((column) => row.cells[column] ?? ""));
  return { model: { ...spec, file: table.file, xAxis, series, rows } };
}
