import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseDataTable } from "./chart-data";
import { buildChartModel, MAX_SERIES, readChartSpec, type ChartModel, type ChartSpec } from "./chart-model";

const props = { data: "./rates.csv", x: "week", y: "Visa,Mastercard", title: "Rates", description: "Two lines." };

const specProblems = (extra: Record<string, unknown>) => {
  const read = readChartSpec({ ...props, ...extra });
  assert.ok("problems" in read, "expected problems");
  return read.problems.map((p) => `${p.field}: ${p.message}`);
};

function spec(extra: Record<string, unknown> = {}): ChartSpec {
  const read = readChartSpec({ ...props, ...extra });
  assert.ok("spec" in read, JSON.stringify(read));
  return read.spec;
}

function build(csv: string, extra: Record<string, unknown> = {}) {
  const { table } = parseDataTable("posts/rates.csv", csv);
  assert.ok(table);
  return buildChartModel(spec(extra), table);
}
const model = (csv: string, extra: Record<string, unknown> = {}): ChartModel => {
  const built = build(csv, extra);
  assert.ok("model" in built, JSON.stringify(built));
  return built.model;
};
const problems = (csv: string, extra: Record<string, unknown> = {}) => {
  const built = build(csv, extra);
  assert.ok("problems" in built, "expected problems");
  return built.problems.map((p) => `${p.file ?? "<post>"}:${p.line ?? ""}: ${p.field}: ${p.message}`);
};

describe("a <Chart>'s props", () => {
  test("read with their defaults: a line chart, the x column as the axis' title", () => {
    assert.deepEqual(spec(), {
      type: "line",
      data: "./rates.csv",
      x: "week",
      y: ["Visa", "Mastercard"],
      xLabel: "week",
      yLabel: undefined,
      unit: undefined,
      title: "Rates",
      description: "Two lines.",
    });
  });

  test("each problem names its attribute and what was expected", () => {
    assert.deepEqual(specProblems({ type: "pie", title: undefined, colour: "red" }), [
      "<Chart colour>: is not a prop of <Chart>, expected one of type, data, x, y, xLabel, yLabel, unit, title, description",
      '<Chart type>: "pie" is not a chart type, expected one of "line", "bar", "area"',
      '<Chart title>: is missing, expected title="Authorization rate by week"',
    ]);
    assert.deepEqual(specProblems({ data: "../rates.csv" }), [
      '<Chart data>: "../rates.csv" is not relative to the post, expected a file beside the post, written ./<name>.<csv|json>',
    ]);
    assert.deepEqual(specProblems({ y: "Visa,,week,Visa" }), [
      '<Chart y>: "Visa,,week,Visa" has an empty column name, expected column names separated by commas',
      '<Chart y>: column "Visa" is listed twice, expected each series once',
      '<Chart y>: column "week" is the x axis, expected other columns for the series',
    ]);
    assert.deepEqual(specProblems({ x: true, description: " " }), [
      '<Chart x>: is empty or not text, expected x="week"',
      '<Chart description>: is empty or not text, expected description="One or two sentences on what the chart shows"',
    ]);
  });

  test("a chart has no content between its tags", () => {
    assert.deepEqual(specProblems({ children: "text" }), ["<Chart>: has content, expected a self-closing <Chart … />"]);
  });

  test(`at most ${MAX_SERIES} series`, () => {
    assert.deepEqual(specProblems({ y: "a,b,c,d,e,f,g" }), [
      `<Chart y>: lists 7 columns, expected at most ${MAX_SERIES} series (split the chart in two)`,
    ]);
  });
});

describe("a chart's data, checked against its props", () => {
  const csv = "week,Visa,Mastercard\n2024-01-01,94.1,92.8\n2024-01-08,94.6,93.1\n";

  test("days become dates, values numbers; the rows stay as written for the table", () => {
    const chart = model(csv, { unit: "%" });
    assert.deepEqual(chart.xAxis, { kind: "date", values: [new Date("2024-01-01"), new Date("2024-01-08")] });
    assert.deepEqual(chart.series, [
      { name: "Visa", values: [94.1, 94.6] },
      { name: "Mastercard", values: [92.8, 93.1] },
    ]);
    assert.deepEqual(chart.rows, [
      ["2024-01-01", "94.1", "92.8"],
      ["2024-01-08", "94.6", "93.1"],
    ]);
    assert.equal(chart.file, "posts/rates.csv");
  });

  test("a column the file doesn't have is named, with those it has", () => {
    assert.deepEqual(problems(csv, { x: "day", y: "Visa,Amex" }), [
      '<post>:: <Chart x>: "day" is not a column of posts/rates.csv, expected one of week, Visa, Mastercard',
      '<post>:: <Chart y>: "Amex" is not a column of posts/rates.csv, expected one of week, Visa, Mastercard',
    ]);
  });

  test("a value that is not a number is named by file, line and column", () => {
    assert.deepEqual(problems('week,Visa,Mastercard\n2024-01-01,94.1,92.8\n2024-01-08,"12,3",93%\n2024-01-15,,1e2\n'), [
      'posts/rates.csv:3: column "Visa": "12,3" is not a number, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)',
      'posts/rates.csv:3: column "Mastercard": "93%" is not a number, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)',
      'posts/rates.csv:4: column "Visa": is empty, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)',
    ]);
  });

  test("a line's x values are one kind, each once, in increasing order", () => {
    assert.deepEqual(
      problems("week,Visa,Mastercard\n2024-01-08,1,1\n2024-01-01,1,1\n2024-01-01,1,1\n2024-02-30,1,1\n3,1,1\n"),
      [
        'posts/rates.csv:3: column "week": "2024-01-01" comes before the previous row\'s "2024-01-08", expected each x once, in increasing order',
        'posts/rates.csv:4: column "week": "2024-01-01" repeats the previous row\'s "2024-01-01", expected each x once, in increasing order',
        'posts/rates.csv:5: column "week": "2024-02-30" is not a calendar day, expected a day written YYYY-MM-DD, like the first row\'s "2024-01-08" (one kind of value per column)',
        'posts/rates.csv:6: column "week": "3" is not a day, expected a day written YYYY-MM-DD, like the first row\'s "2024-01-08" (one kind of value per column)',
      ],
    );
    assert.deepEqual(problems("week,Visa,Mastercard\n1,1,1\n2024-01-01,1,1\n", { type: "area" }), [
      'posts/rates.csv:3: column "week": "2024-01-01" is not a number, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit), like the first row\'s "1" (one kind of value per column)',
    ]);
  });

  test("a line needs numbers or days along x, and two points", () => {
    assert.deepEqual(problems("week,Visa,Mastercard\nW1,1,1\nW2,1,1\n"), [
      'posts/rates.csv:2: column "week": "W1" is not a number or a day, expected numbers or days written YYYY-MM-DD along the x axis of a line or area chart (a bar chart takes categories)',
    ]);
    assert.deepEqual(problems("week,Visa,Mastercard\n1,1,1\n"), [
      'posts/rates.csv:2: column "week": is the only row, expected at least two points for a line chart',
    ]);
  });

  test("a bar chart takes any categories, each once", () => {
    const bars = "scheme,Visa,Mastercard\nW1,1,2\n3,4,5\n";
    assert.deepEqual(model(bars, { type: "bar", x: "scheme" }).xAxis, { kind: "category", values: ["W1", "3"] });
    assert.deepEqual(problems("scheme,Visa,Mastercard\nW1,1,2\n,1,1\nW1,3,4\n", { type: "bar", x: "scheme" }), [
      'posts/rates.csv:3: column "scheme": is empty, expected a category name',
      'posts/rates.csv:4: column "scheme": "W1" is also on line 2, expected each category once',
    ]);
  });
});
