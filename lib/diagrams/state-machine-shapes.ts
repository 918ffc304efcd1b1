import { arrowHead, exitPoint, round, smoothPath, type Box, type Point } from "./geometry";
import type { MachineState } from "./state-machine-model";
import { FONT_SIZE, textWidth } from "./text-width";

export type PlacedLabel = Box & { text: string };
export type PlacedState = MachineState & { box: Box };
/** One drawn arrow: a transition, or all of a state's self-transitions as one loop. */
export type PlacedEdge = {
  from: string;
  to: string;
  points: Point[];
  /** SVG path data of the line, and the arrowhead's polygon points. */
  path: string;
  arrow: string;
  label?: PlacedLabel;
};
export type StateMachineLayout = {
  width: number;
  height: number;
  states: PlacedState[];
  edges: PlacedEdge[];
  /** The filled dot whose arrow points at the initial state. */
  start?: { center: Point; radius: number; path: string; arrow: string };
};

/** Where the layout engine put things: visible state boxes, and edges as its polylines. */
export type EngineLayout = {
  states: PlacedState[];
  lines: Array<{ from: string; to: string; points: Point[]; label?: { text: string; centre: Point } }>;
  loops: Array<{ state: string; text: string }>;
  start?: { centre: Point; points: Point[]; target: string };
};

const MARGIN = 12;
const LABEL_PADDING = 5;
export const LABEL_HEIGHT = FONT_SIZE + 8;
export const LOOP_REACH = 30;
export const START_RADIUS = 7;
/** Edges meet a state's top or bottom at least this far from its corners. */
const CORNER = 8;

export const labelWidth = (text: string) => textWidth(text) + 2 * LABEL_PADDING;
/** The room a self-loop and its label take right of a state (kept free on both sides, see the layout). */
export const loopRoom = (text: string) => LOOP_REACH + 4 + labelWidth(text);

/**
 * Turns the engine's positions into drawable shapes: edge ends on the visible boxes, self-loops, label
 * boxes; then crops the drawing to its content (the room kept for loops may be empty on the left).
 */
export function placeShapes(engine: EngineLayout): StateMachineLayout {
  const boxes = new Map(engine.states.map((s) => [s.id, s.box]));
  const boxOf = (id: string): Box => boxes.get(id) ?? { x: 0, y: 0, width: 0, height: 0 };

  const edges = engine.lines.map(({ from, to, points, label }) => ({
    from,
    to,
    points: clip(points, boxOf(from), boxOf(to)),
    label: label && centredLabel(label.text, label.centre),
    loop: false,
  }));
  for (const { state, text } of engine.loops) edges.push({ from: state, to: state, ...selfLoop(boxOf(state), text) });
  const start = engine.start && {
    centre: engine.start.centre,
    dot: {
      x: engine.start.centre.x - START_RADIUS,
      y: engine.start.centre.y - START_RADIUS,
      width: 2 * START_RADIUS,
      height: 2 * START_RADIUS,
    },
  };
  const startPoints = engine.start && start ? clip(engine.start.points, start.dot, boxOf(engine.start.target)) : [];

  const extent = bounds([
    ...engine.states.map((s) => s.box),
    ...edges.flatMap((e) => [...e.points.map((p) => ({ ...p, width: 0, height: 0 })), ...(e.label ? [e.label] : [])]),
    ...(start ? [start.dot] : []),
  ]);
  const move = (p: Point): Point => ({ x: round(p.x - extent.x + MARGIN), y: round(p.y - extent.y + MARGIN) });
  const moveBox = <T extends Box>(box: T): T => ({ ...box, ...move(box) });

  return {
    width: Math.ceil(extent.width + 2 * MARGIN),
    height: Math.ceil(extent.height + 2 * MARGIN),
    states: engine.states.map((s) => ({ ...s, box: moveBox(s.box) })),
    edges: edges.map(({ from, to, points, label, loop }) => {
      const moved = points.map(move);
      const path = loop ? loopPath(moved) : smoothPath(moved);
      return { from, to, points: moved, path, arrow: arrowTo(moved), label: label && moveBox(label) };
    }),
    start: start && {
      center: move(start.centre),
      radius: START_RADIUS,
      path: smoothPath(startPoints.map(move)),
      arrow: arrowTo(startPoints.map(move)),
    },
  };
}

function bounds(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Moves the engine's edge ends, computed on the boxes widened for loops, onto the visible boxes: an end
 * on the top or bottom keeps its side (so edges stay clear of a loop on the right), others are recomputed.
 */
function clip(points: Point[], from: Box, to: Box): Point[] {
  const first = points[0];
  const last = points[points.length - 1];
  const afterStart = points[1] ?? last;
  const beforeEnd = points[points.length - 2] ?? first;
  if (!first || !last || !afterStart || !beforeEnd) return points;
  return [endOn(from, first, afterStart), ...points.slice(1, -1), endOn(to, last, beforeEnd)];
}

function endOn(box: Box, end: Point, toward: Point): Point {
  const onTopOrBottom = Math.abs(end.y - box.y) < 0.5 || Math.abs(end.y - (box.y + box.height)) < 0.5;
  if (!onTopOrBottom) return exitPoint(box, toward);
  return { x: Math.min(Math.max(end.x, box.x + CORNER), box.x + box.width - CORNER), y: end.y };
}

function arrowTo(points: Point[]): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  return tip && from ? arrowHead(from, tip) : "";
}

function centredLabel(text: string, centre: Point): PlacedLabel {
  const width = labelWidth(text);
  return { text, x: centre.x - width / 2, y: centre.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
}

/** A loop on the state's right side: four points, drawn as one cubic curve. */
function selfLoop(box: Box, text: string) {
  const right = box.x + box.width;
  const middle = box.y + box.height / 2;
  const points = [
    { x: right, y: middle - 8 },
    { x: right + LOOP_REACH, y: middle - 22 },
    { x: right + LOOP_REACH, y: middle + 22 },
    { x: right, y: middle + 8 },
  ];
  const label = { text, x: right + LOOP_REACH + 4, y: middle - LABEL_HEIGHT / 2 };
  return { points, label: text ? { ...label, width: labelWidth(text), height: LABEL_HEIGHT } : undefined, loop: true };
}

function loopPath(points: Point[]): string {
  const [a, b, c, d] = points.map(({ x, y }) => `${x},${y}`);
  return `M${a} C${b} ${c} ${d}`;
}
