/**
 * A chart's model laid out in a frame, at build time: scales and ticks from d3-scale, line, area and marker shapes
 * from d3-shape (this module is their only user). Text is set at FONT_SIZE in the frame's units, and the frame is
 * chosen so that once the SVG is scaled to the reader's column the text stays legible (components/mdx/chart.tsx).
 */
import { scaleBand, scaleLinear, scaleUtc } from "d3-scale";
import {
  area,
  line,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
} from "d3-shape";
import { FONT_SIZE, textWidth } from "../diagrams/text-width";
import type { ChartModel } from "./chart-model";

/** The drawing's size in SVG units; `endLabels`: names at the ends of lines, when the frame has room for them. */
export type Frame = { width: number; height: number; endLabels: boolean };
export type Tick = { at: number; label: string };
export type Point = { x: number; y: number };
export type Bar = Point & { width: number; height: number };
export type SeriesLayout = {
  name: string;
  /** A line or area chart's: its line, its area down to zero, its markers and the name at its end. */
  line?: string;
  area?: string;
  markers: readonly Point[];
  endLabel?: Point;
  /** A bar chart's: one bar per category. */
  bars: readonly Bar[];
};
export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Where y = 0 is, when the y axis shows it: the baseline. */
  zero: number | undefined;
  xTicks: readonly Tick[];
  /** Category names too wide to sit side by side are set at an angle (ROTATION), ending under their bar. */
  xTicksRotated: boolean;
  yTicks: readonly Tick[];
  xTitle: Point & { text: string };
  yTitle: (Point & { text: string }) | undefined;
  series: readonly SeriesLayout[];
};

const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolStar];

/** The marker of series `index` (a path around 0,0): a different shape for each series, so colour is not the only cue. */
export function seriesMarker(index: number, size = 44): string {
  return symbol(SYMBOLS[index % SYMBOLS.length], size)() ?? "";
}

/** A y value as the axis shows it: "97%" for a percent, "120 ms" for other units. */
export function withUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  return unit === "%" || unit === "‰" ? `${text}${unit}` : `${text} ${unit}`;
}

/** Coordinates to a tenth of a unit: finer is invisible and only lengthens the HTML. */
const tenth = (value: number) => Math.round(value * 10) / 10;

const GAP = 8;
export const ROTATION = -40;
/** A category name set at an angle is cut after this many characters (the table has it whole). */
const ROTATED_CHARACTERS = 16;
/** At most this many markers per series: on a dense line, markers every few points still tell the series apart. */
const MARKERS = 12;

/** Ticks whose labels fit side by side in `span`: fewer ticks until the widest label leaves a gap. */
function fittingTicks(span: number, ticksFor: (count: number) => Tick[]): Tick[] {
  for (let count = Math.max(2, Math.floor(span / 64)); ; count--) {
    const ticks = ticksFor(count);
    const widest = Math.max(...ticks.map((tick) => textWidth(tick.label)));
    if (count <= 2 || ticks.length < 2 || (widest + 2 * GAP) * (ticks.length - 1) <= span) return ticks;
  }
}

function yDomain(model: ChartModel): [number, number] {
  const values = model.series.flatMap((series) => series.values);
  let low = Math.min(...values);
  let high = Math.max(...values);
  // Bars and areas are read by their length from zero: their axis must start there.
  if (model.type !== "line") [low, high] = [Math.min(low, 0), Math.max(high, 0)];
  if (low === high) [low, high] = [Math.min(low, 0), Math.max(high, 0) || 1];
  return [low, high];
}

/** Categories whose names don't fit side by side in about `span` are set at an angle, and shortened if long. */
function categoryNames(model: ChartModel, span: number): { names: readonly string[]; rotated: boolean } {
  if (model.xAxis.kind !== "category") return { names: [], rotated: false };
  const names = model.xAxis.values;
  const widest = Math.max(...names.map((name) => textWidth(name)));
  if (widest + GAP <= span / names.length) return { names, rotated: false };
  const cut = (name: string) =>
    [...name].length > ROTATED_CHARACTERS ? `${[...name].slice(0, ROTATED_CHARACTERS - 1).join("")}…` : name;
  return { names: names.map(cut), rotated: true };
}

export function layoutChart(model: ChartModel, frame: Frame): ChartLayout {
  const { width, height } = frame;
  const categories = categoryNames(model, width - 8 * GAP);
  const angle = (Math.abs(ROTATION) * Math.PI) / 180;
  const tickHeight = categories.rotated
    ? Math.max(...categories.names.map((name) => textWidth(name))) * Math.sin(angle) + FONT_SIZE * Math.cos(angle)
    : FONT_SIZE;
  const top = model.yLabel ? FONT_SIZE + 2 * GAP + 4 : GAP + FONT_SIZE / 2;
  const bottom = height - (tickHeight + GAP) - (FONT_SIZE + 2 * GAP);
  const y = scaleLinear().domain(yDomain(model)).range([bottom, top]);
  const yCount = Math.max(2, Math.floor((bottom - top) / 40));
  y.nice(yCount);
  const yFormat = y.tickFormat(yCount);
  const yTicks = y.ticks(yCount).map((value) => ({ at: tenth(y(value)), label: withUnit(yFormat(value), model.unit) }));
  const left = Math.max(...yTicks.map((tick) => textWidth(tick.label))) + 1.5 * GAP;

  // Long names would squeeze the plot: the legend names the series then.
  const widestName = Math.max(...model.series.map((s) => textWidth(s.name)));
  const endLabels = frame.endLabels && model.type !== "bar" && widestName <= width / 5;
  const right = width - (endLabels ? widestName + 2 * GAP : 2 * GAP);
  const plot = { left, right, top, bottom };
  const [low = 0, high = 0] = y.domain();
  const zero = low <= 0 && high >= 0 ? tenth(y(0)) : undefined;

  const { xTicks, xOf, bandwidth } = xAxisLayout(model, plot, categories);
  const series = model.series.map((s, index): SeriesLayout => {
    const points = s.values.map((value, row) => ({ x: tenth(xOf(row)), y: tenth(y(value)) }));
    if (model.type === "bar") {
      const slot = bandwidth / model.series.length;
      const bars = s.values.map((value, row) => {
        const [from, to] = [y(Math.max(value, 0)), y(Math.min(value, 0))];
        const x = xOf(row) - bandwidth / 2 + index * slot;
        return { x: tenth(x), y: tenth(from), width: tenth(slot), height: tenth(tenth(to) - tenth(from)) };
      });
      return { name: s.name, markers: [], bars };
    }
    const step = Math.ceil(points.length / MARKERS);
    const offset = Math.floor((index * step) / model.series.length);
    const markers = points.length <= 3 * MARKERS ? points : points.filter((_, row) => row % step === offset);
    const path = line<Point>()
      .x((p) => p.x)
      .y((p) => p.y)(points);
    const filled =
      model.type === "area"
        ? area<Point>()
            .x((p) => p.x)
            .y0(zero ?? bottom)
            .y1((p) => p.y)(points)
        : null;
    return { name: s.name, line: path ?? "", area: filled ?? undefined, markers, bars: [] };
  });
  if (endLabels) {
    const ends = model.series.map((s) => y(s.values.at(-1) ?? 0));
    placeEndLabels(series, ends, plot);
  }

  return {
    width,
    height,
    plot,
    zero,
    xTicks,
    xTicksRotated: categories.rotated,
    yTicks,
    xTitle: { x: (left + right) / 2, y: height - GAP, text: model.xLabel },
    yTitle: model.yLabel ? { x: 0, y: FONT_SIZE + 2, text: model.yLabel } : undefined,
    series,
  };
}

type Plot = ChartLayout["plot"];

/** The x scale of the chart's kind: numbers and days on a continuous axis, categories in bands. */
function xAxisLayout(
  model: ChartModel,
  plot: Plot,
  categories: { names: readonly string[]; rotated: boolean },
): { xTicks: Tick[]; xOf: (row: number) => number; bandwidth: number } {
  const span = plot.right - plot.left;
  const axis = model.xAxis;
  if (axis.kind === "category") {
    const x = scaleBand<number>()
      .domain(axis.values.map((_, row) => row))
      .range([plot.left, plot.right])
      .paddingInner(0.25)
      .paddingOuter(0.15);
    const center = (row: number) => (x(row) ?? 0) + x.bandwidth() / 2;
    // Every category is named while the names (or, at an angle, their lines) fit; beyond, every n-th is.
    const room = categories.rotated
      ? FONT_SIZE + 2
      : Math.max(...categories.names.map((name) => textWidth(name))) + GAP;
    const every = Math.max(1, Math.ceil(room / x.step()));
    const xTicks = categories.names.flatMap((label, row) =>
      row % every === 0 ? [{ at: tenth(center(row)), label }] : [],
    );
    return { xTicks, xOf: center, bandwidth: x.bandwidth() };
  }
  if (axis.kind === "date") {
    const x = scaleUtc()
      .domain([axis.values[0] ?? new Date(0), axis.values.at(-1) ?? new Date(0)])
      .range([plot.left, plot.right]);
    const xTicks = fittingTicks(span, (count) => {
      const format = x.tickFormat(count);
      return x.ticks(count).map((day) => ({ at: tenth(x(day)), label: format(day) }));
    });
    return { xTicks, xOf: (row) => x(axis.values[row] ?? new Date(0)), bandwidth: 0 };
  }
  const x = scaleLinear()
    .domain([axis.values[0] ?? 0, axis.values.at(-1) ?? 1])
    .range([plot.left, plot.right]);
  // Whole numbers of four digits along x are years: 2024, not 2,024, and no tick between two years.
  const years = axis.values.every((value) => Number.isInteger(value) && value >= 1000 && value <= 9999);
  const xTicks = fittingTicks(span, (count) => {
    const format = years ? x.tickFormat(count, "d") : x.tickFormat(count);
    const ticks = years ? x.ticks(count).filter(Number.isInteger) : x.ticks(count);
    return ticks.map((value) => ({ at: tenth(x(value)), label: format(value) }));
  });
  return { xTicks, xOf: (row) => x(axis.values[row] ?? 0), bandwidth: 0 };
}

/** Each series' name beside its last point, nudged apart so that no two overlap, inside the plot's height. */
function placeEndLabels(series: SeriesLayout[], lastYs: readonly number[], plot: Plot) {
  const spacing = FONT_SIZE + 3;
  const ends = lastYs.map((y, index) => ({ index, y })).sort((a, b) => a.y - b.y);
  ends.forEach((end, i) => {
    const previous = ends[i - 1];
    if (previous && end.y < previous.y + spacing) end.y = previous.y + spacing;
  });
  const overflow = (ends.at(-1)?.y ?? 0) - plot.bottom;
  for (const end of ends) {
    const s = series[end.index];
    if (s) s.endLabel = { x: tenth(plot.right + GAP), y: tenth(end.y - Math.max(0, overflow)) };
  }
}
