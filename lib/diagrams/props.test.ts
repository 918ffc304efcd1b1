import assert from "node:assert/strict";
import { test } from "node:test";
import { readProps } from "./props";

const reader = (props: Record<string, unknown>) => readProps("Figure", props, ["src", "width", "open", "tone"]);

test("an unknown prop fails, naming the component, the prop and the known ones", () => {
  assert.throws(
    () => reader({ source: "/a.png" }),
    /^Error: <Figure>: prop "source": expected a known prop \(one of src, width, open, tone\); got "\/a.png"\.$/,
  );
});

test("text is required and trimmed; empty text fails", () => {
  assert.equal(reader({ src: "  /a.png " }).text("src"), "/a.png");
  assert.throws(() => reader({}).text("src"), /<Figure>: prop "src": expected non-empty text.*got nothing/);
  assert.throws(() => reader({ src: "  " }).text("src"), /prop "src".*got "  "/);
  assert.equal(reader({}).optionalText("src"), undefined);
});

test("flags are bare attributes or the text true/false, nothing else", () => {
  assert.equal(reader({ open: true }).flag("open"), true);
  assert.equal(reader({ open: "true" }).flag("open"), true);
  assert.equal(reader({ open: "false" }).flag("open"), false);
  assert.equal(reader({}).flag("open"), false);
  assert.throws(
    () => reader({ open: "yes" }).flag("open"),
    /prop "open": expected a bare attribute \(open\) or open="true"; got "yes"/,
  );
});

test("a choice falls back when absent and lists the choices when wrong", () => {
  assert.equal(reader({}).oneOf("tone", ["calm", "loud"], "calm"), "calm");
  assert.equal(reader({ tone: "loud" }).oneOf("tone", ["calm", "loud"], "calm"), "loud");
  assert.throws(
    () => reader({ tone: "shy" }).oneOf("tone", ["calm", "loud"], "calm"),
    /expected one of "calm", "loud"; got "shy"/,
  );
});

test("errors show the identifying attributes and where the tag is", () => {
  const read = readProps("Transition", { from: "a", to: "b", on: "go" }, ["from", "to", "on"], {
    shown: ["from", "to"],
    where: '<StateMachine title="T">',
  });
  assert.equal(
    read.fail("to", "a known state").message,
    '<Transition from="a" to="b"> in <StateMachine title="T">: prop "to": expected a known state; got "b".',
  );
});
