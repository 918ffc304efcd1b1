import type { PostFileKind } from "./post-files";

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
  Figure: ["src", "alt", "caption", "dark"],
  StateMachine: ["title", "description"],
  State: ["id", "label", "initial", "terminal"],
  Transition: ["from", "to", "on", "label"],
  Sequence: ["title", "description"],
  Actor: ["id", "label"],
  Message: ["from", "to", "label", "reply"],
  Chart: ["type", "data", "x", "y", "xLabel", "yLabel", "unit", "title", "description"],
} as const satisfies Record<MdxComponentName, readonly string[]>;

/**
 * Component attributes that name a file of the post (./dashboard.png, beside it in its folder), with the kind of
 * file each takes (lib/content/post-files.ts resolves them, for the check and for the render).
 */
export const mdxComponentResources: Partial<Record<MdxComponentName, Readonly<Record<string, PostFileKind>>>> = {
  Figure: { src: "image", dark: "image" },
  Chart: { data: "data" },
};
