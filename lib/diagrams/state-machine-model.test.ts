import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { machine, lifecycle, state, transition } from "./state-machine-fixture";
import { buildStateMachine, transitionText } from "./state-machine-model";

describe("buildStateMachine", () => {
  test("declared states keep their order; states implied by transitions follow", () => {
    const model = buildStateMachine(lifecycle);
    assert.deepEqual(
      model.states.map((s) => s.id),
      ["pending", "partially_refunded", "refunded", "voided", "failed", "charged_back", "authorized", "captured"],
    );
    assert.equal(model.transitions.length, 10);
    assert.deepEqual(
      model.states.filter((s) => s.terminal).map((s) => s.label),
      ["refunded", "voided", "failed", "charged back"],
    );
    assert.equal(model.states.find((s) => s.initial)?.id, "pending");
  });

  test("the brief's example builds: states may be implied", () => {
    const model = buildStateMachine(
      machine([
        state({ id: "pending", initial: true }),
        state({ id: "refunded", terminal: true }),
        transition("pending", "authorized", { on: "authorize" }),
        transition("authorized", "refunded", { on: "refund" }),
      ]),
    );
    assert.deepEqual(
      model.states.map((s) => [s.id, s.label]),
      [
        ["pending", "pending"],
        ["refunded", "refunded"],
        ["authorized", "authorized"],
      ],
    );
  });

  test("a transition shows its label, else its event", () => {
    assert.equal(transitionText({ from: "a", to: "b", on: "go", label: "Go!" }), "Go!");
    assert.equal(transitionText({ from: "a", to: "b", on: "go" }), "go");
    assert.equal(transitionText({ from: "a", to: "b" }), "");
  });

  const fails = (name: string, markers: Parameters<typeof machine>[0], pattern: RegExp, props = {}) =>
    test(name, () => assert.throws(() => buildStateMachine(machine(markers, props)), pattern));
  const ab = transition("a", "b");

  fails("without a title", [ab], /^Error: <StateMachine>: prop "title": expected non-empty text/, { title: undefined });
  fails("without a description", [ab], /<StateMachine title="Lifecycle">: prop "description"/, { description: " " });
  fails("without transitions", [state({ id: "a" })], /prop "children": expected at least one <Transition>; got none/);
  fails(
    "with a transition missing its target",
    [transition("a", "")],
    /<Transition from="a" to="">.*prop "to": expected non-empty text/,
  );
  fails("with an id holding spaces", [transition("a", "partially refunded")], /prop "to": expected an id of letters/);
  fails(
    "with an unknown prop",
    [transition("a", "b", { event: "go" })],
    /<Transition from="a" to="b"> in <StateMachine title="Lifecycle">: prop "event": expected a known prop/,
  );
  fails(
    "with a state declared twice",
    [state({ id: "a" }), state({ id: "a" }), ab],
    /<State id="a">.*prop "id": expected an id that no other <State> declares/,
  );
  fails(
    "with two initial states",
    [state({ id: "a", initial: true }), state({ id: "b", initial: true }), ab],
    /<State id="b">.*prop "initial": expected a single initial state \("a" already is\)/,
  );
  fails("with the same transition twice", [ab, ab], /prop "on": expected an event that no other <Transition>/);
  fails(
    "with a declared state no transition uses",
    [state({ id: "c" }), ab],
    /<State id="c">.*prop "id": expected a state that a <Transition> uses/,
  );
  fails(
    "with a transition leaving a terminal state",
    [state({ id: "b", terminal: true }), ab, transition("b", "a")],
    /<Transition from="b" to="a">.*prop "from": expected a state that is not terminal; got "b", a terminal state/,
  );
  fails(
    "with a misspelt target once terminal states are marked (a dead end)",
    [state({ id: "c", terminal: true }), ab, transition("b", "c"), transition("a", "capturd")],
    /<Transition from="a" to="capturd">.*prop "to": expected a state marked terminal or one with outgoing transitions; got "capturd"/,
  );
  fails(
    "with a misspelt source once the initial state is marked (unreachable)",
    [state({ id: "a", initial: true }), ab, transition("autorized", "b")],
    /<Transition from="autorized" to="b">.*prop "from": expected a state reachable from the initial state "a"/,
  );
  fails(
    "with a flag given a value",
    [state({ id: "a", initial: "yes" }), ab],
    /<State id="a">.*prop "initial": expected a bare attribute/,
  );
});
