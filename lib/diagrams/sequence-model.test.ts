import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { actor, message, roundTrip, sequence } from "./sequence-fixture";
import { buildSequence } from "./sequence-model";

describe("buildSequence", () => {
  test("keeps actors and messages in order, labels defaulting to ids", () => {
    const model = buildSequence(
      sequence([actor("a", "Alice"), actor("b"), message("a", "b", "Hi"), message("b", "a", "Yo", { reply: true })]),
    );
    assert.deepEqual(model.actors, [
      { id: "a", label: "Alice" },
      { id: "b", label: "b" },
    ]);
    assert.deepEqual(model.messages, [
      { from: "a", to: "b", label: "Hi", reply: false },
      { from: "b", to: "a", label: "Yo", reply: true },
    ]);
  });

  test("the round trip builds", () => {
    const model = buildSequence(roundTrip);
    assert.equal(model.actors.length, 5);
    assert.equal(model.messages.filter((m) => m.reply).length, 4);
  });

  const ab = [actor("a"), actor("b")];
  const fails = (name: string, markers: Parameters<typeof sequence>[0], pattern: RegExp, props = {}) =>
    test(name, () => assert.throws(() => buildSequence(sequence(markers, props)), pattern));

  fails(
    "without a title",
    [...ab, message("a", "b", "x")],
    /^Error: <Sequence title="">: prop "title": expected non-empty text/,
    { title: "" },
  );
  fails(
    "with a message from an unknown actor",
    [...ab, message("c", "b", "x")],
    /<Message from="c" to="b" label="x"> in <Sequence title="Authorization">: prop "from": expected the id of an <Actor> \("a", "b"\); got "c"/,
  );
  fails(
    "with a message to an unknown actor",
    [...ab, message("a", "B", "x")],
    /prop "to": expected the id of an <Actor>/,
  );
  fails(
    "with a message before any actor",
    [message("a", "b", "x"), ...ab],
    /prop "from": expected the id of an <Actor> \(none declared yet\)/,
  );
  fails(
    "with an actor declared after a message",
    [...ab, message("a", "b", "x"), actor("c")],
    /<Actor id="c">.*expected every <Actor> declared before the first <Message>/,
  );
  fails(
    "with an actor declared twice",
    [...ab, actor("a"), message("a", "b", "x")],
    /<Actor id="a">.*expected an id that no other <Actor> declares/,
  );
  fails(
    "with an actor no message involves",
    [...ab, actor("c"), message("a", "b", "x")],
    /<Actor id="c">.*expected an actor that a <Message> comes from or goes to/,
  );
  fails(
    "with a message without label",
    [...ab, message("a", "b", "")],
    /<Message from="a" to="b" label="">.*prop "label": expected non-empty text/,
  );
  fails(
    "with a reply given a value",
    [...ab, message("a", "b", "x", { reply: "yes" })],
    /prop "reply": expected a bare attribute \(reply\) or reply="true"; got "yes"/,
  );
  fails("without messages", ab, /prop "children": expected at least one <Message>; got none/);
  fails("without actors", [], /prop "children": expected at least one <Actor>; got none/);
});
