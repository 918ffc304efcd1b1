import { mdxComponentProps } from "@/lib/content/mdx-components";
import { readProps, type Props } from "./props";

export type SequenceActor = { id: string; label: string };
export type SequenceMessage = { from: string; to: string; label: string; reply: boolean };
export type SequenceModel = {
  title: string;
  description: string;
  actors: SequenceActor[];
  messages: SequenceMessage[];
};

/** What the author wrote, in order: the parent's props and its <Actor> and <Message> markers. */
export type SequenceSource = {
  props: Props;
  markers: ReadonlyArray<{ kind: "Actor" | "Message"; props: Props }>;
};

const ID = /^[A-Za-z0-9_-]+$/;

/**
 * Validates and normalises a sequence diagram. Actors must be declared (their order is the columns'
 * order, left to right) before the messages, and used by one: a message from or to an unknown id, or
 * an actor no message involves, is a typo and fails. A message from an actor to itself is a loop.
 */
export function buildSequence(source: SequenceSource): SequenceModel {
  const parent = readProps("Sequence", source.props, [...mdxComponentProps.Sequence, "children"], { shown: ["title"] });
  const title = parent.text("title");
  const description = parent.text("description");
  const where = `<Sequence title=${JSON.stringify(title)}>`;

  const actors: Array<SequenceActor & { fail: (prop: string, expected: string) => Error }> = [];
  const messages: SequenceMessage[] = [];
  for (const marker of source.markers) {
    if (marker.kind === "Actor") {
      const read = readProps("Actor", marker.props, mdxComponentProps.Actor, { shown: ["id"], where });
      const id = read.text("id");
      if (!ID.test(id)) throw read.fail("id", "an id of letters, digits, _ or - (the label is what readers see)");
      if (actors.some((a) => a.id === id)) throw read.fail("id", "an id that no other <Actor> declares");
      if (messages.length > 0) throw read.fail("id", "every <Actor> declared before the first <Message>");
      actors.push({ id, label: read.optionalText("label") ?? id, fail: read.fail });
    } else {
      const read = readProps("Message", marker.props, mdxComponentProps.Message, {
        shown: ["from", "to", "label"],
        where,
      });
      const known = `the id of an <Actor> (${actors.map((a) => `"${a.id}"`).join(", ") || "none declared yet"})`;
      const from = read.text("from");
      if (!actors.some((a) => a.id === from)) throw read.fail("from", known);
      const to = read.text("to");
      if (!actors.some((a) => a.id === to)) throw read.fail("to", known);
      messages.push({ from, to, label: read.text("label"), reply: read.flag("reply") });
    }
  }

  if (actors.length === 0) throw parent.fail("children", "at least one <Actor>", "none");
  if (messages.length === 0) throw parent.fail("children", "at least one <Message>", "none");
  const unused = actors.find((a) => !messages.some((m) => m.from === a.id || m.to === a.id));
  if (unused) throw unused.fail("id", "an actor that a <Message> comes from or goes to");
  return { title, description, actors: actors.map(({ id, label }) => ({ id, label })), messages };
}
