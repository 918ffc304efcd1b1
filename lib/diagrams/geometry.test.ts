import assert from "node:assert/strict";
import { test } from "node:test";
import { arrowHead, boxesOverlap, exitPoint, smoothPath } from "./geometry";

const box = { x: 0, y: 0, width: 100, height: 40 };

test("boxes that only touch do not overlap", () => {
  assert.equal(boxesOverlap(box, { x: 100, y: 0, width: 10, height: 10 }), false);
  assert.equal(boxesOverlap(box, { x: 99, y: 39, width: 10, height: 10 }), true);
});

test("the exit point lies on the side facing the target", () => {
  assert.deepEqual(exitPoint(box, { x: 50, y: 200 }), { x: 50, y: 40 });
  assert.deepEqual(exitPoint(box, { x: 300, y: 20 }), { x: 100, y: 20 });
  assert.deepEqual(exitPoint(box, { x: -50, y: -10 }), { x: 0, y: 5 });
});

test("a smoothed path starts and ends on the given points", () => {
  const d = smoothPath([
    { x: 0, y: 0 },
    { x: 10, y: 20 },
    { x: 30, y: 20 },
  ]);
  assert.match(d, /^M0,0 Q10,20 20,20 L30,20$/);
  assert.equal(smoothPath([]), "");
});

test("an arrowhead's tip is the end point and its base is behind it", () => {
  assert.equal(arrowHead({ x: 0, y: 0 }, { x: 20, y: 0 }), "20,0 11,4.5 11,-4.5");
});
