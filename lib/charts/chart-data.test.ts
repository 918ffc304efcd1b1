import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_COLUMNS, MAX_ROWS, parseDataTable, type DataTable } from "./chart-data";

const table = (file: string, text: string): DataTable => {
  const parsed = parseDataTable(file, text);
  assert.ok(parsed.table && parsed.problems.length === 0, JSON.stringify(parsed));
  return parsed.table;
};
const problems = (file: string, text: string) =>
  parseDataTable(file, text).problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);

describe("a CSV data file", () => {
  test("is read as named columns, trimmed, each row with its line", () => {
    const { columns, rows } = table("rates.csv", "week, Visa\n2024-01-01, 94.1\n\n2024-01-08,94.6\n");
    assert.deepEqual(columns, ["week", "Visa"]);
    assert.deepEqual(rows, [
      { line: 2, cells: { week: "2024-01-01", Visa: "94.1" } },
      { line: 4, cells: { week: "2024-01-08", Visa: "94.6" } },
    ]);
  });

  test("refuses a quoted value that spans lines, and keeps counting lines past it", () => {
    assert.deepEqual(problems("x.csv", 'label,value\n"two\nlines",1\nafter,2,3\n'), [
      'x.csv:2: column "label": a value spans lines (an unclosed quote?), expected one line per row',
      "x.csv:4: row: has 3 values, expected 2 (label, value)",
    ]);
  });

  test("a row with too few or too many values is named by its line, and left out of the table", () => {
    const text = "week,Visa,Mastercard\n2024-01-01,94.1\n2024-01-08,1,2,3\n2024-01-15,1,2\n";
    assert.deepEqual(problems("x.csv", text), [
      "x.csv:2: row: has 2 values, expected 3 (week, Visa, Mastercard)",
      "x.csv:3: row: has 4 values, expected 3 (week, Visa, Mastercard)",
    ]);
    assert.deepEqual(parseDataTable("x.csv", text).table?.rows, [
      { line: 4, cells: { week: "2024-01-15", Visa: "1", Mastercard: "2" } },
    ]);
  });

  test("column names must be there, once each, on one line", () => {
    assert.deepEqual(problems("x.csv", "week,,Visa,Visa\n1,2,3,4\n"), [
      "x.csv:1: header: has an empty column name, expected a name for every column",
      'x.csv:1: header: column "Visa" appears twice, expected each name once',
    ]);
  });

  test("a header without rows, or no header at all, is empty data", () => {
    assert.deepEqual(problems("x.csv", "week,Visa\n"), [
      "x.csv:1: file: has no rows of data, expected at least one row after the column names",
    ]);
    assert.deepEqual(problems("x.csv", ",\n"), ["x.csv:1: file: has no header row, expected column names"]);
  });

  test(`more than ${MAX_ROWS} rows are refused at the first row too many`, () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `${i},${i}`).join("\n");
    assert.deepEqual(problems("x.csv", `x,y\n${rows}\n`), [
      `x.csv:${MAX_ROWS + 2}: file: has 1,005 rows of data, expected at most 1,000 rows`,
    ]);
  });

  test(`more than ${MAX_COLUMNS} columns are refused by the header; bad rows are named up to ${MAX_ROWS}`, () => {
    const names = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(",");
    assert.deepEqual(problems("x.csv", `${names}\n${"1\n".repeat(10)}`), [
      `x.csv:1: header: has ${MAX_COLUMNS + 1} columns, expected at most ${MAX_COLUMNS}`,
    ]);
    const lines = problems("x.csv", `x,y\n${"1\n".repeat(130_000)}`);
    assert.equal(lines.length, MAX_ROWS);
    assert.equal(lines[0], "x.csv:2: row: has 1 value, expected 2 (x, y)");
    assert.equal(lines.at(-1), `x.csv:${MAX_ROWS + 1}: row: has 1 value, expected 2 (x, y)`);
  });

  test("an unclosed quote, which swallows the lines after it, is named", () => {
    assert.deepEqual(problems("x.csv", 'x,y\n1,"2\n3,4\n'), [
      'x.csv:2: column "y": a value spans lines (an unclosed quote?), expected one line per row',
    ]);
  });
});

describe("a JSON data file", () => {
  const json = `[
  { "week": "2024-01-01", "Visa": 94.1 },
  {
    "week": "2024-01-08",
    "Visa": "94.6"
  }
]`;

  test("a key that objects inherit is a column like any other, not a row lost", () => {
    const { columns, rows } = table("keys.json", '[{ "__proto__": "a", "constructor": 1 }]');
    assert.deepEqual(columns, ["__proto__", "constructor"]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.cells["__proto__"], "a");
    assert.equal(rows[0]?.cells["constructor"], "1");
  });

  test("is an array of flat objects; each row has the line its object starts on", () => {
    const { columns, rows } = table("rates.json", json);
    assert.deepEqual(columns, ["week", "Visa"]);
    assert.deepEqual(rows, [
      { line: 2, cells: { week: "2024-01-01", Visa: "94.1" } },
      { line: 3, cells: { week: "2024-01-08", Visa: "94.6" } },
    ]);
  });

  test("a syntax error is named with its line", () => {
    const [problem] = problems("x.json", '[\n  {"a": 1},\n  {"a": 2,}\n]');
    assert.match(problem ?? "", /^x\.json:3: JSON: .*, expected valid JSON$/);
  });

  test("anything but an array of flat objects with the same keys is refused, row by row", () => {
    assert.deepEqual(problems("x.json", '{"a": 1}'), [
      'x.json:1: JSON: is not an array, expected an array of flat objects, one per row: [{"week": "2024-01-01", "Visa": 91.2}, …]',
    ]);
    assert.deepEqual(problems("x.json", '[\n{"a": 1, "b": 2},\n[1, 2],\n{"a": null, "b": {"c": 1}},\n{"a": 1}\n]'), [
      'x.json:3: JSON: row 2 is not an object, expected an array of flat objects, one per row: [{"week": "2024-01-01", "Visa": 91.2}, …]',
      'x.json:4: column "a": is null, expected a number or text',
      'x.json:4: column "b": is object, expected a number or text',
      "x.json:5: JSON: row 4 has the keys a, expected those of the first row: a, b",
    ]);
  });

  test("an empty array is empty data", () => {
    assert.deepEqual(problems("x.json", "[]"), [
      "x.json:1: file: has no rows of data, expected at least one row after the column names",
    ]);
  });
});
