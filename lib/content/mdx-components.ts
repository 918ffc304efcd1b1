/** The components authors may use in MDX; the content check rejects any other capitalised tag. */
export const mdxComponentNames = [
  "Callout",
  "Figure",
  "StateMachine",
  "State",
  "Transition",
  "Sequence",
  "Actor",
  "Message",
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
