import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { FONT_SIZE, textWidth } from "../diagrams/text-width";
import { parseDataTable } from "./chart-data";
import { layoutChart, seriesMarker, withUnit, type Frame } from "./chart-layout";
import { buildChartModel, readChartSpec, type ChartModel } from "./chart-model";

const WIDE: Frame = { width: 640, height: 360, endLabels: true };
const NARROW: Frame = { width: 320, height: 300, endLabels: false };

function chart(csv: string, props: Record<string, string>): ChartModel {
  const { table } = parseDataTable("data.csv", csv);
  const spec = readChartSpec({ data: "./data.csv", title: "T", description: "D", ...props });
  assert.ok(table && "spec" in spec);
  const built = buildChartModel(spec.spec, table);
  assert.ok("model" in built, JSON.stringify(built));
  return built.model;
}

const labels = (ticks: readonly { label: string }[]) => ticks.map((tick) => tick.label);

/** True when no two horizontal tick labels overlap (each label centred on its tick). */
function apart(ticks: readonly { at: number; label: string }[]) {
  return ticks.every((tick, i) => {
    const next = ticks[i + 1];
    return !next || tick.at + textWidth(tick.label) / 2 < next.at - textWidth(next.label) / 2;
  });
}

const weeks = Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10));
const rates = `week,Visa,Mastercard\n${weeks.map((week, i) => `${week},${94 + (i % 3) * 0.5},${92.8 - (i % 4) * 0.6}`).join("\n")}\n`;

describe("axes", () => {
  test("a bar chart of 0–97.3 % gets round ticks from zero, with the unit", () => {
    const bars = chart("scheme,Approved\nVisa,12\nAmex,97.3\n", { type: "bar", x: "scheme", y: "Approved", unit: "%" });
    assert.deepEqual(labels(layoutChart(bars, WIDE).yTicks), ["0%", "20%", "40%", "60%", "80%", "100%"]);
  });

  test("a line's axis spans its values, in round steps; other units follow a space", () => {
    const lines = chart(rates, { x: "week", y: "Visa,Mastercard", unit: "%" });
    const ticks = ["91.0%", "91.5%", "92.0%", "92.5%", "93.0%", "93.5%", "94.0%", "94.5%", "95.0%"];
    assert.deepEqual(labels(layoutChart(lines, WIDE).yTicks), ticks);
    assert.equal(withUnit("120", "ms"), "120 ms");
  });

  test("days across months: weeks where they fit, months on a narrow frame; labels never overlap", () => {
    const lines = chart(rates, { x: "week", y: "Visa,Mastercard" });
    const wide = layoutChart(lines, WIDE).xTicks;
    assert.deepEqual(labels(wide), [
      "Jan 07",
      "Jan 14",
      "Jan 21",
      "Jan 28",
      "Feb 04",
      "Feb 11",
      "Feb 18",
      "Feb 25",
      "Mar 03",
    ]);
    const narrow = layoutChart(lines, NARROW).xTicks;
    assert.deepEqual(labels(narrow), ["2024", "February", "March"]);
    assert.ok(apart(wide) && apart(narrow));
  });

  test("number ticks thin out until their labels fit", () => {
    const csv = `x,y\n${Array.from({ length: 50 }, (_, i) => `${i * 100000},${i}`).join("\n")}\n`;
    const ticks = layoutChart(chart(csv, { x: "x", y: "y" }), NARROW).xTicks;
    assert.ok(ticks.length >= 2 && apart(ticks), labels(ticks).join(" "));
    assert.match(ticks.at(-1)?.label ?? "", /^\d{1,3}(,\d{3})+$/);
  });

  test("whole four-digit numbers along x read as years", () => {
    const csv = "year,volume\n2019,1200\n2020,1500\n2021,2100\n2022,2600\n2023,3400\n2024,4100\n";
    const ticks = labels(layoutChart(chart(csv, { x: "year", y: "volume" }), WIDE).xTicks);
    assert.deepEqual(ticks, ["2019", "2020", "2021", "2022", "2023", "2024"]);
    assert.ok(labels(layoutChart(chart(csv, { x: "year", y: "volume" }), WIDE).yTicks).includes("4,000"));
  });

  test("category names that don't fit side by side are set at an angle, long ones shortened", () => {
    const csv = "scheme,n\nMastercard Europe,1\nVisa Electron,2\nAmerican Express,3\nCarte Bancaire,4\n";
    const bars = chart(csv, { type: "bar", x: "scheme", y: "n" });
    assert.equal(layoutChart(bars, WIDE).xTicksRotated, false);
    const narrow = layoutChart(bars, NARROW);
    assert.equal(narrow.xTicksRotated, true);
    assert.deepEqual(labels(narrow.xTicks), [
      "Mastercard Euro…",
      "Visa Electron",
      "American Express",
      "Carte Bancaire",
    ]);
  });
});

describe("series", () => {
  test("each line ends in its name, the names at least a line apart however close the values", () => {
    const close = chart("x,a,b,c\n1,10,10,10\n2,20,20.1,19.9\n", { x: "x", y: "a,b,c" });
    const ends = layoutChart(close, WIDE).series.map((s) => s.endLabel?.y ?? NaN);
    const sorted = [...ends].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      assert.ok((sorted[i] ?? 0) - (sorted[i - 1] ?? 0) >= FONT_SIZE, ends.join());
    assert.deepEqual(
      layoutChart(close, NARROW).series.map((s) => s.endLabel),
      [undefined, undefined, undefined],
    );
  });

  test("names too long for the end of a line are left to the legend", () => {
    const long = chart("x,Declined again by the issuer after a retry\n1,1\n2,2\n", {
      x: "x",
      y: "Declined again by the issuer after a retry",
    });
    assert.equal(layoutChart(long, WIDE).series[0]?.endLabel, undefined);
  });

  test("a dense line keeps a few markers, staggered between series; a short one marks every point", () => {
    const csv = `x,a,b\n${Array.from({ length: 400 }, (_, i) => `${i},${i},${400 - i}`).join("\n")}\n`;
    const [a, b] = layoutChart(chart(csv, { x: "x", y: "a,b" }), WIDE).series;
    assert.ok((a?.markers.length ?? 0) <= 13 && (a?.markers.length ?? 0) >= 10);
    assert.notEqual(a?.markers[0]?.x, b?.markers[0]?.x);
    assert.equal(layoutChart(chart(rates, { x: "week", y: "Visa" }), WIDE).series[0]?.markers.length, 10);
  });

  test("bars grow from zero, down for negative values; an area closes on zero", () => {
    const layout = layoutChart(chart("q,net\nQ1,5\nQ2,-3\n", { type: "bar", x: "q", y: "net" }), WIDE);
    const [up, down] = layout.series[0]?.bars ?? [];
    assert.ok(up && down && layout.zero !== undefined);
    assert.ok(Math.abs(up.y + up.height - layout.zero) < 1e-9 && Math.abs(down.y - layout.zero) < 1e-9);
    const area = layoutChart(chart("x,y\n1,5\n2,8\n", { type: "area", x: "x", y: "y" }), WIDE);
    assert.ok(area.series[0]?.area?.includes(`,${area.zero}`));
  });

  test("each series has its own marker shape", () => {
    assert.equal(new Set([0, 1, 2, 3, 4, 5].map((index) => seriesMarker(index))).size, 6);
  });
});
