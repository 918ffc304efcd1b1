import assert from "node:assert/strict";
import { test } from "node:test";
import { boxesOverlap } from "./geometry";
import { actor, message, roundTrip, sequence } from "./sequence-fixture";
import { layoutSequence } from "./sequence-layout";
import { buildSequence } from "./sequence-model";
import { textWidth } from "./text-width";

const layout = layoutSequence(buildSequence(roundTrip));
const xOf = (id: string) => layout.actors.find((a) => a.id === id)?.x ?? NaN;

test("one column per actor, left to right in declaration order, boxes apart", () => {
  assert.deepEqual(
    layout.actors.map((a) => a.id),
    ["merchant", "gateway", "acquirer", "scheme", "issuer"],
  );
  layout.actors.slice(1).forEach((a, i) => {
    const before = layout.actors[i];
    assert.ok(before && before.box.x + before.box.width < a.box.x, `${before?.id} and ${a.id} overlap`);
  });
});

test("messages are drawn in order, top to bottom, numbered", () => {
  assert.equal(layout.messages.length, 9);
  layout.messages.slice(1).forEach((m, i) => assert.ok(m.y > (layout.messages[i]?.y ?? Infinity)));
  assert.deepEqual(
    layout.messages.map((m) => m.text.split(".")[0]),
    ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
  );
  assert.deepEqual(
    layout.messages.map((m) => m.reply),
    [false, false, false, false, false, true, true, true, true],
  );
});

test("each label fits between the lifelines its arrow joins", () => {
  for (const m of layout.messages.filter((m) => !m.self)) {
    const [left, right] = [Math.min(xOf(m.from), xOf(m.to)), Math.max(xOf(m.from), xOf(m.to))];
    assert.ok(m.labelBox.x > left && m.labelBox.x + m.labelBox.width < right, `${m.text} overflows its arrow`);
    assert.ok(m.labelBox.width >= textWidth(m.text));
  }
});

test("labels never overlap, and everything fits in the drawing", () => {
  const labels = layout.messages.map((m) => m.labelBox);
  for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) assert.equal(boxesOverlap(a, b), false);
  for (const box of [...labels, ...layout.actors.map((a) => a.box)]) {
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height);
  }
  assert.ok(layout.actors.every((a) => a.lifelineEnd > (layout.messages.at(-1)?.y ?? Infinity)));
});

test("arrows point from sender to receiver; replies keep their flag", () => {
  const request = layout.messages[0];
  const reply = layout.messages[8];
  assert.ok(request && reply);
  assert.equal(request.arrow.split(" ")[0], `${xOf("gateway")},${request.y}`);
  assert.equal(reply.arrow.split(" ")[0], `${xOf("merchant")},${reply.y}`);
});

test("a self-message loops inward on the last column, outward elsewhere", () => {
  const check = layout.messages[4];
  assert.ok(check?.self);
  assert.equal(check.labelBox.anchor, "end");
  assert.ok(check.labelBox.x > xOf("scheme") && check.labelBox.x + check.labelBox.width < xOf("issuer"));

  const first = layoutSequence(
    buildSequence(sequence([actor("a"), actor("b"), message("a", "a", "Think"), message("a", "b", "Go")])),
  );
  const loop = first.messages[0];
  assert.equal(loop?.labelBox.anchor, "start");
  assert.ok(loop && loop.labelBox.x + loop.labelBox.width < (first.actors[1]?.x ?? 0));
});

test("a lone actor's loop widens the drawing to fit its label", () => {
  const alone = layoutSequence(buildSequence(sequence([actor("a"), message("a", "a", "A rather long thought")])));
  const label = alone.messages[0]?.labelBox;
  assert.ok(label && label.x + label.width <= alone.width);
});
