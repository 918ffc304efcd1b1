import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { illustrativeData } from "./illustrative-data";

const posts = path.resolve(import.meta.dirname, "../../content/posts");

test("each chart's committed data is what the script computes (rerun scripts/figure-data.ts after a change)", () => {
  for (const { file, csv } of illustrativeData()) {
    assert.equal(readFileSync(path.join(posts, file), "utf8"), csv, file);
  }
});

test("a 32-bit float holds every cent below 131,072 and not above it; a scaled_float holds them all", () => {
  const floatError = illustrativeData().find(({ file }) => file.endsWith("/float-error.csv"));
  assert.ok(floatError);
  const rows = readRows(floatError.csv);
  for (const [amount = NaN, asFloat = NaN, asScaled = NaN] of rows) {
    assert.equal(asFloat < 0.5, amount <= 131_072, `float at ${amount}`);
    assert.equal(asScaled, 0, `scaled_float at ${amount}`);
  }
});

function readRows(csv: string): number[][] {
  return csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number));
}
