import { arrowHead, round, type Box } from "./geometry";
import type { SequenceActor, SequenceMessage, SequenceModel } from "./sequence-model";
import { FONT_SIZE, textWidth } from "./text-width";

export type PlacedActor = SequenceActor & { x: number; box: Box; lifelineEnd: number };
export type PlacedMessage = SequenceMessage & {
  /** The label as drawn, numbered like the text version: "1. Authorize". */
  text: string;
  y: number;
  self: boolean;
  path: string;
  arrow: string;
  labelBox: Box & { textX: number; textY: number; anchor: "middle" | "start" | "end" };
};
export type SequenceLayout = { width: number; height: number; actors: PlacedActor[]; messages: PlacedMessage[] };

const MARGIN = 12;
const BOX_HEIGHT = 36;
const BOX_MIN_WIDTH = 80;
const BOX_PADDING = 12;
const COLUMN_GAP = 20;
const LABEL_PADDING = 4;
const LABEL_HEIGHT = FONT_SIZE + 7;
/** Room kept between a label and the lifelines at either end of its arrow. */
const LABEL_CLEARANCE = 10;
const FIRST_ROW = 44;
const ROW = 40;
const LOOP_WIDTH = 28;
const LOOP_HEIGHT = 20;

type Numbered = SequenceMessage & { text: string };

const labelWidthOf = (m: Numbered) => textWidth(m.text) + 2 * LABEL_PADDING;
const loopNeed = (m: Numbered) => LOOP_WIDTH + 6 + labelWidthOf(m) + LABEL_CLEARANCE;
/** Self-messages loop to the right, except on the last of several columns: there, to the left. */
const loopSide = (column: number, lastColumn: number) => (column === lastColumn && column > 0 ? -1 : 1);

/** The distance between neighbouring columns' centres, wide enough for every label between its ends. */
function columnGaps(boxWidths: number[], messages: Numbered[], columnOf: (id: string) => number): number[] {
  const gaps = boxWidths.slice(1).map((width, i) => (boxWidths[i] ?? 0) / 2 + width / 2 + COLUMN_GAP);
  const requirements: Array<{ first: number; last: number; need: number }> = [];
  for (const m of messages) {
    const [a, b] = [columnOf(m.from), columnOf(m.to)];
    if (a !== b) {
      requirements.push({
        first: Math.min(a, b),
        last: Math.max(a, b) - 1,
        need: labelWidthOf(m) + 2 * LABEL_CLEARANCE,
      });
    } else if (gaps.length > 0) {
      const gap = loopSide(a, gaps.length) > 0 ? a : a - 1;
      requirements.push({ first: gap, last: gap, need: loopNeed(m) });
    }
  }
  // Narrow spans first: a wide span's shortfall is spread over its gaps, after the narrow ones are fitted.
  requirements.sort((p, q) => p.last - p.first - (q.last - q.first));
  for (const { first, last, need } of requirements) {
    const span = gaps.slice(first, last + 1);
    const shortfall = need - span.reduce((sum, gap) => sum + gap, 0);
    if (shortfall > 0) for (let i = first; i <= last; i++) gaps[i] = (gaps[i] ?? 0) + shortfall / span.length;
  }
  return gaps;
}

/**
 * A deterministic layout: one column per actor in declaration order, one row per message in order,
 * columns spaced so that every label fits between the lifelines its arrow joins.
 */
export function layoutSequence(model: SequenceModel): SequenceLayout {
  const columns = new Map(model.actors.map((a, i) => [a.id, i]));
  const columnOf = (id: string) => columns.get(id) ?? 0;
  const lastColumn = model.actors.length - 1;
  const numbered = model.messages.map((m, i) => ({ ...m, text: `${i + 1}. ${m.label}` }));
  const boxWidths = model.actors.map((a) => Math.max(BOX_MIN_WIDTH, textWidth(a.label) + 2 * BOX_PADDING));

  const xs = [MARGIN + (boxWidths[0] ?? 0) / 2];
  columnGaps(boxWidths, numbered, columnOf).forEach((gap, i) => xs.push((xs[i] ?? 0) + gap));
  const xOf = (id: string) => xs[columnOf(id)] ?? 0;

  let y = MARGIN + BOX_HEIGHT + FIRST_ROW - ROW;
  const messages = numbered.map((m): PlacedMessage => {
    y += ROW;
    const width = labelWidthOf(m);
    const [x1, x2] = [xOf(m.from), xOf(m.to)];
    if (m.from !== m.to) {
      const label = { x: round((x1 + x2) / 2 - width / 2), y: y - 4 - LABEL_HEIGHT, width, height: LABEL_HEIGHT };
      const labelBox: PlacedMessage["labelBox"] = {
        ...label,
        textX: round((x1 + x2) / 2),
        textY: baseline(label),
        anchor: "middle",
      };
      const path = `M${round(x1)},${y} H${round(x2)}`;
      return { ...m, y, self: false, path, arrow: arrowHead({ x: x1, y }, { x: x2, y }), labelBox };
    }
    const side = loopSide(columnOf(m.from), lastColumn);
    const [turn, bottom] = [x1 + side * LOOP_WIDTH, y + LOOP_HEIGHT];
    const labelX = side > 0 ? turn + 6 : turn - 6 - width;
    const label = { x: round(labelX), y: y + (LOOP_HEIGHT - LABEL_HEIGHT) / 2, width, height: LABEL_HEIGHT };
    const textX = round(side > 0 ? labelX + LABEL_PADDING : labelX + width - LABEL_PADDING);
    const placed: PlacedMessage = {
      ...m,
      y,
      self: true,
      path: `M${round(x1)},${y} H${round(turn)} V${bottom} H${round(x1)}`,
      arrow: arrowHead({ x: turn, y: bottom }, { x: x1, y: bottom }),
      labelBox: { ...label, textX, textY: baseline(label), anchor: side > 0 ? "start" : "end" },
    };
    y += LOOP_HEIGHT;
    return placed;
  });

  const lifelineEnd = y + 24;
  const actors = model.actors.map((actor, i) => {
    const width = boxWidths[i] ?? BOX_MIN_WIDTH;
    const x = round(xs[i] ?? 0);
    return { ...actor, x, lifelineEnd, box: { x: round(x - width / 2), y: MARGIN, width, height: BOX_HEIGHT } };
  });

  // Only a lone column's loops reach right of the last lifeline; the others loop between columns.
  const loopsRight = lastColumn === 0 ? numbered.filter((m) => m.from === m.to).map(loopNeed) : [];
  const rightReach = Math.max((boxWidths[lastColumn] ?? 0) / 2, ...loopsRight);
  const width = Math.ceil((xs[lastColumn] ?? 0) + rightReach + MARGIN);
  return { width, height: lifelineEnd + MARGIN, actors, messages };
}

/** The baseline that centres 13px text vertically in its box. */
const baseline = (box: Box) => round(box.y + box.height / 2 + FONT_SIZE * 0.35);
