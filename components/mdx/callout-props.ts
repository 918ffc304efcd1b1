import { mdxComponentProps } from "@/lib/content/mdx-components";
import { readProps, type Props } from "@/lib/diagrams/props";

export const CALLOUT_TYPES = ["note", "warning", "danger"] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const CALLOUT_LABELS: Record<CalloutType, string> = { note: "Note", warning: "Warning", danger: "Danger" };

const hasContent = (children: unknown) =>
  children !== undefined && children !== null && !(typeof children === "string" && children.trim() === "");

/** Checks a <Callout>'s props: a known type (note by default), an optional title, and some content. */
export function readCalloutProps(props: Props): { type: CalloutType; title?: string } {
  const read = readProps("Callout", props, [...mdxComponentProps.Callout, "children"], { shown: ["type", "title"] });
  const type = read.oneOf("type", CALLOUT_TYPES, "note");
  const title = read.optionalText("title");
  if (!hasContent(props.children)) {
    throw read.fail("children", "Markdown between <Callout> and </Callout>", "no content");
  }
  return { type, title };
}
