/**
 * The components authors may use in MDX, with the attributes each takes. The content check refuses any
 * other component or attribute, and the components' prop readers accept exactly these (plus children),
 * so the list an author is told about is the list that renders.
 */
export const mdxComponentNames = [
  "Callout",
  "Figure",
  "StateMachine",
  "State",
  "Transition",
  "Sequence",
  "Actor",
  "Message",
  "Chart",
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

export const mdxComponentProps = {
  Callout: ["type", "title"],
  Figure: ["src", "alt", "width", "height", "caption"],
  StateMachine: ["title", "description"],
  State: ["id", "label", "initial", "terminal"],
  Transition: ["from", "to", "on", "label"],
  Sequence: ["title", "description"],
  Actor: ["id", "label"],
  Message: ["from", "to", "label", "reply"],
  Chart: ["type", "data", "x", "y", "xLabel", "yLabel", "unit", "title", "description"],
} as const satisfies Record<MdxComponentName, readonly string[]>;

/** Component attributes that make the page load a file: they must name one of the journal's own. */
export const mdxComponentResources: Partial<Record<MdxComponentName, readonly string[]>> = { Figure: ["src"] };

/**
 * Component attributes that name a file beside the post (`data="./rates.csv"`), read at build time through
 * lib/content/post-files.ts and never served: the extensions each accepts.
 */
export const mdxComponentPostFiles: Partial<Record<MdxComponentName, Readonly<Record<string, readonly string[]>>>> = {
  Chart: { data: [".csv", ".json"] },
};
