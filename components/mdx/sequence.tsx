import type { ReactNode } from "react";
import { buildSequence, type SequenceModel } from "@/lib/diagrams/sequence-model";
import { layoutSequence } from "@/lib/diagrams/sequence-layout";
import { Arrow, DiagramFrame } from "./diagram-frame";
import { collectMarkers } from "./markers";
import { SequenceDrawing } from "./sequence-drawing";

export type SequenceProps = { title: string; description: string; children?: ReactNode };
export type ActorProps = { id: string; label?: string };
/** In MDX, `reply="true"` and a bare `reply` both set the flag (see lib/diagrams/props). */
export type MessageProps = { from: string; to: string; label: string; reply?: boolean };

/** A marker read by <Sequence>; rendered anywhere else it would show nothing, so it fails. */
export function Actor(props: ActorProps): never {
  throw new Error(`<Actor id=${JSON.stringify(props.id)}>: expected inside <Sequence>; got it outside one.`);
}

/** A marker read by <Sequence>; rendered anywhere else it would show nothing, so it fails. */
export function Message(props: MessageProps): never {
  throw new Error(`<Message from=${JSON.stringify(props.from)}>: expected inside <Sequence>; got it outside one.`);
}

const MARKERS = new Map<unknown, "Actor" | "Message">([
  [Actor, "Actor"],
  [Message, "Message"],
]);

/** A <Sequence>'s checked model: its props and the <Actor>/<Message> markers inside it. */
export function sequenceModel(props: SequenceProps): SequenceModel {
  return buildSequence({
    props,
    markers: collectMarkers(props.children, `<Sequence title=${JSON.stringify(props.title)}>`, MARKERS),
  });
}

/** The sequence as text: each message in order, from whom to whom. */
export function SequenceText({ model }: { model: SequenceModel }) {
  const labelOf = new Map(model.actors.map((a) => [a.id, a.label]));
  return (
    <ol className="list-decimal space-y-1 pl-6">
      {model.messages.map((m, i) => (
        <li key={i}>
          {labelOf.get(m.from)}
          <Arrow />
          {m.from === m.to ? "itself" : labelOf.get(m.to)}: {m.label}
          {m.reply && " (reply)"}
        </li>
      ))}
    </ol>
  );
}

/** A sequence diagram (actors' lifelines, messages in order), laid out at build time as inline SVG. */
export function Sequence(props: SequenceProps) {
  const model = sequenceModel(props);
  const layout = layoutSequence(model);
  return (
    <DiagramFrame
      kind="sequence"
      title={model.title}
      description={model.description}
      width={layout.width}
      height={layout.height}
      text={<SequenceText model={model} />}
    >
      <SequenceDrawing layout={layout} />
    </DiagramFrame>
  );
}
