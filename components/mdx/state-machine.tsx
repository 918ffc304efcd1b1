import type { ReactNode } from "react";
import { buildStateMachine, transitionText, type StateMachineModel } from "@/lib/diagrams/state-machine-model";
import { layoutStateMachine } from "@/lib/diagrams/state-machine-layout";
import { Arrow, DiagramFrame } from "./diagram-frame";
import { collectMarkers } from "./markers";
import { StateMachineDrawing } from "./state-machine-drawing";

export type StateMachineProps = { title: string; description: string; children?: ReactNode };
/** In MDX, `initial="true"` and a bare `initial` both set the flag (see lib/diagrams/props). */
export type StateProps = { id: string; label?: string; initial?: boolean; terminal?: boolean };
export type TransitionProps = { from: string; to: string; on?: string; label?: string };

/** A marker read by <StateMachine>; rendered anywhere else it would show nothing, so it fails. */
export function State(props: StateProps): never {
  throw new Error(`<State id=${JSON.stringify(props.id)}>: expected inside <StateMachine>; got it outside one.`);
}

/** A marker read by <StateMachine>; rendered anywhere else it would show nothing, so it fails. */
export function Transition(props: TransitionProps): never {
  throw new Error(
    `<Transition from=${JSON.stringify(props.from)}>: expected inside <StateMachine>; got it outside one.`,
  );
}

const MARKERS = new Map<unknown, "State" | "Transition">([
  [State, "State"],
  [Transition, "Transition"],
]);

/** A <StateMachine>'s checked model: its props and the <State>/<Transition> markers inside it. */
export function stateMachineModel(props: StateMachineProps): StateMachineModel {
  return buildStateMachine({
    props,
    markers: collectMarkers(props.children, `<StateMachine title=${JSON.stringify(props.title)}>`, MARKERS),
  });
}

/** The state machine as text: where it starts and ends, then each transition. */
export function StateMachineText({ model }: { model: StateMachineModel }) {
  const labelOf = new Map(model.states.map((s) => [s.id, s.label]));
  const initial = model.states.find((s) => s.initial);
  const terminal = model.states.filter((s) => s.terminal).map((s) => s.label);
  return (
    <>
      {(initial || terminal.length > 0) && (
        <p>
          {initial && `Starts in ${initial.label}. `}
          {terminal.length > 0 && `Ends in ${terminal.join(", ")}.`}
        </p>
      )}
      <ol className="list-decimal space-y-1 pl-6">
        {model.transitions.map((t) => (
          <li key={`${t.from} ${t.to} ${t.on ?? ""}`}>
            {labelOf.get(t.from)}
            <Arrow />
            {labelOf.get(t.to)}
            {transitionText(t) && `: ${transitionText(t)}`}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A state diagram, validated and laid out at build time, drawn as inline SVG with a text version. */
export function StateMachine(props: StateMachineProps) {
  const model = stateMachineModel(props);
  const layout = layoutStateMachine(model);
  return (
    <DiagramFrame
      kind="state-machine"
      title={model.title}
      description={model.description}
      width={layout.width}
      height={layout.height}
      text={<StateMachineText model={model} />}
    >
      <StateMachineDrawing layout={layout} />
    </DiagramFrame>
  );
}
