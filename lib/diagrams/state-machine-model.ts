import { mdxComponentProps } from "@/lib/content/mdx-components";
import { describeValue, readProps, type Props } from "./props";

export type MachineState = { id: string; label: string; initial: boolean; terminal: boolean };
export type MachineTransition = { from: string; to: string; on?: string; label?: string };
export type StateMachineModel = {
  title: string;
  description: string;
  states: MachineState[];
  transitions: MachineTransition[];
};

/** What the author wrote, in order: the parent's props and its <State> and <Transition> markers. */
export type StateMachineSource = {
  props: Props;
  markers: ReadonlyArray<{ kind: "State" | "Transition"; props: Props }>;
};

type Fail = (prop: string, expected: string, got?: string) => Error;
type CheckedTransition = MachineTransition & { fail: Fail };

const ID = /^[A-Za-z0-9_-]+$/;
const ID_EXPECTED = "an id of letters, digits, _ or - (the label is what readers see)";

/** The text a transition shows on its arrow and in the text version. */
export const transitionText = (t: MachineTransition) => t.label ?? t.on ?? "";

/**
 * Validates and normalises a state machine. States may be declared with <State> (for a label or the
 * initial/terminal markers) or implied by transitions. Typos are caught through the markers: once a
 * state is `initial`, every transition must start from a state reachable from it; once any state is
 * `terminal`, every state without outgoing transitions must be terminal. Terminal states have no
 * outgoing transitions, and a declared state must be used by a transition.
 */
export function buildStateMachine(source: StateMachineSource): StateMachineModel {
  const parent = readProps("StateMachine", source.props, [...mdxComponentProps.StateMachine, "children"], {
    shown: ["title"],
  });
  const title = parent.text("title");
  const description = parent.text("description");
  const where = `<StateMachine title=${JSON.stringify(title)}>`;

  const states = new Map<string, MachineState>();
  const declared = new Map<string, Fail>();
  const transitions: CheckedTransition[] = [];

  for (const marker of source.markers) {
    if (marker.kind === "State") {
      const read = readProps("State", marker.props, mdxComponentProps.State, { shown: ["id"], where });
      const id = read.text("id");
      if (!ID.test(id)) throw read.fail("id", ID_EXPECTED);
      if (declared.has(id)) throw read.fail("id", "an id that no other <State> declares");
      const initial = read.flag("initial");
      const previous = [...states.values()].find((s) => s.initial);
      if (initial && previous) throw read.fail("initial", `a single initial state ("${previous.id}" already is)`);
      states.set(id, { id, label: read.optionalText("label") ?? id, initial, terminal: read.flag("terminal") });
      declared.set(id, read.fail);
    } else {
      const read = readProps("Transition", marker.props, mdxComponentProps.Transition, {
        shown: ["from", "to", "on"],
        where,
      });
      const from = read.text("from");
      const to = read.text("to");
      if (!ID.test(from)) throw read.fail("from", ID_EXPECTED);
      if (!ID.test(to)) throw read.fail("to", ID_EXPECTED);
      const on = read.optionalText("on");
      if (transitions.some((t) => t.from === from && t.to === to && t.on === on)) {
        throw read.fail("on", "an event that no other <Transition> between the same states uses");
      }
      transitions.push({ from, to, on, label: read.optionalText("label"), fail: read.fail });
    }
  }

  if (transitions.length === 0) throw parent.fail("children", "at least one <Transition>", "none");
  for (const t of transitions) {
    for (const id of [t.from, t.to]) {
      if (!states.has(id)) states.set(id, { id, label: id, initial: false, terminal: false });
    }
  }
  for (const [id, fail] of declared) {
    if (!transitions.some((t) => t.from === id || t.to === id)) {
      throw fail("id", "a state that a <Transition> uses as from or to");
    }
  }
  checkMarkers([...states.values()], transitions);

  return {
    title,
    description,
    states: [...states.values()],
    transitions: transitions.map(({ from, to, on, label }) => ({ from, to, on, label })),
  };
}

function checkMarkers(states: MachineState[], transitions: CheckedTransition[]) {
  const terminal = new Set(states.filter((s) => s.terminal).map((s) => s.id));
  const fromTerminal = transitions.find((t) => terminal.has(t.from));
  if (fromTerminal) {
    throw fromTerminal.fail(
      "from",
      "a state that is not terminal",
      `${describeValue(fromTerminal.from)}, a terminal state`,
    );
  }

  if (terminal.size > 0) {
    const leaving = new Set(transitions.map((t) => t.from));
    const deadEnd = transitions.find((t) => !leaving.has(t.to) && !terminal.has(t.to));
    if (deadEnd) {
      const got = `${describeValue(deadEnd.to)}, which has no outgoing transition and is not marked terminal`;
      throw deadEnd.fail("to", "a state marked terminal or one with outgoing transitions", got);
    }
  }

  const initial = states.find((s) => s.initial);
  if (!initial) return;
  const reached = new Set([initial.id]);
  let grew = true;
  while (grew) {
    const before = reached.size;
    for (const t of transitions) if (reached.has(t.from)) reached.add(t.to);
    grew = reached.size > before;
  }
  const stray = transitions.find((t) => !reached.has(t.from));
  if (stray) {
    const got = `${describeValue(stray.from)}, which no path from "${initial.id}" reaches`;
    throw stray.fail("from", `a state reachable from the initial state "${initial.id}"`, got);
  }
}
