import assert from "node:assert/strict";
import { test } from "node:test";
import { boxesOverlap, type Box, type Point } from "./geometry";
import { layoutStateMachine } from "./state-machine-layout";
import { lifecycle, machine, state, transition } from "./state-machine-fixture";
import { buildStateMachine } from "./state-machine-model";

const layout = layoutStateMachine(buildStateMachine(lifecycle));

const onBoundary = (p: Point, b: Box) =>
  p.x >= b.x - 0.2 &&
  p.x <= b.x + b.width + 0.2 &&
  p.y >= b.y - 0.2 &&
  p.y <= b.y + b.height + 0.2 &&
  Math.min(Math.abs(p.x - b.x), Math.abs(p.x - b.x - b.width), Math.abs(p.y - b.y), Math.abs(p.y - b.y - b.height)) <
    0.2;

const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height;

test("every state is drawn once, every transition as one arrow (self-loops as one loop per state)", () => {
  assert.equal(layout.states.length, 8);
  assert.equal(layout.edges.length, 10);
  assert.equal(layout.edges.filter((e) => e.from === e.to).length, 1);
  assert.ok(layout.edges.every((e) => e.path.startsWith("M") && e.arrow.split(" ").length === 3));
  assert.deepEqual(
    layout.edges.map((e) => e.label?.text),
    [
      "authorize",
      "fail",
      "capture",
      "void",
      "refund (part)",
      "refund (all)",
      "chargeback",
      "refund (rest)",
      "chargeback",
      "refund (part)",
    ],
  );
});

test("no two states, labels or a state and a label overlap", () => {
  const boxes: Box[] = [...layout.states.map((s) => s.box), ...layout.edges.flatMap((e) => (e.label ? [e.label] : []))];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1))
      assert.equal(boxesOverlap(a, b), false, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
  }
});

test("everything fits in the drawing, cropped to a 12px margin", () => {
  const boxes = [...layout.states.map((s) => s.box), ...layout.edges.flatMap((e) => (e.label ? [e.label] : []))];
  assert.ok(boxes.every(inside));
  assert.equal(Math.min(...boxes.map((b) => b.x)), 12);
  assert.equal(Math.min(...layout.states.map((s) => s.box.y)), layout.start ? 12 + 14 + 28 : 12);
});

test("arrows start and end on the edges of their states' boxes", () => {
  const box = (id: string) => layout.states.find((s) => s.id === id)?.box ?? { x: NaN, y: NaN, width: 0, height: 0 };
  for (const edge of layout.edges) {
    const [first, last] = [edge.points[0], edge.points[edge.points.length - 1]];
    assert.ok(first && onBoundary(first, box(edge.from)), `${edge.from} → ${edge.to} starts off its box`);
    assert.ok(last && onBoundary(last, box(edge.to)), `${edge.from} → ${edge.to} ends off its box`);
  }
});

test("the start dot sits above the initial state and points at it", () => {
  const pending = layout.states.find((s) => s.id === "pending")?.box;
  assert.ok(layout.start && pending);
  assert.ok(layout.start.center.y < pending.y);
  assert.match(layout.start.arrow, new RegExp(`,${pending.y} `));
});

test("layout is deterministic", () => {
  assert.deepEqual(layoutStateMachine(buildStateMachine(lifecycle)), layout);
});

test("several self-transitions of one state share one loop and one label", () => {
  const model = buildStateMachine(
    machine([transition("a", "a", { on: "retry" }), transition("a", "a", { on: "poll" }), transition("a", "b")]),
  );
  const { edges, start } = layoutStateMachine(model);
  assert.deepEqual(
    edges.map((e) => [e.from, e.to, e.label?.text]),
    [
      ["a", "b", undefined],
      ["a", "a", "retry, poll"],
    ],
  );
  assert.equal(start, undefined);
});

test("a machine without markers still lays out", () => {
  const { states } = layoutStateMachine(
    buildStateMachine(machine([state({ id: "x", label: "Ex" }), transition("x", "y")])),
  );
  assert.deepEqual(
    states.map((s) => s.label),
    ["Ex", "y"],
  );
  const [x, y] = states;
  assert.ok(x && y && x.box.y + x.box.height < y.box.y, "top to bottom");
});
