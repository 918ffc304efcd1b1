import type { MDXComponents } from "mdx/types";
import { JournalLink } from "./journal-link";
import type { ComponentProps, JSX } from "react";
import { Callout } from "./callout";
import { Figure, type FigureContext } from "./figure";
import type { Props } from "@/lib/diagrams/props";
import type { MdxComponentName } from "@/lib/content/mdx-components";
import { Actor, Message, Sequence } from "./sequence";
import { State, StateMachine, Transition } from "./state-machine";

/**
 * Wide tables scroll inside their own box instead of widening the page on small screens; the box takes
 * focus so keyboard users can scroll it too.
 */
function Table(props: ComponentProps<"table">) {
  return (
    <div className="overflow-x-auto" role="group" aria-label="Table (scrolls sideways on small screens)" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/**
 * Links inside the journal ("/posts/x") go through JournalLink (next/link), which adds the base path the journal is
 * served under and prefetches the page on a reader's intent; anything else (other sites, "#anchors", mailto:) stays
 * a plain link.
 */
function Anchor({ href, ...props }: ComponentProps<"a">) {
  if (href?.startsWith("/") && !href.startsWith("//")) return <JournalLink href={href} {...props} />;
  return <a href={href} {...props} />;
}

// `satisfies` keeps this map and the content check's list of names (./names) in step.
const authorComponents = {
  Callout,
  Figure,
  StateMachine,
  State,
  Transition,
  Sequence,
  Actor,
  Message,
} satisfies Record<MdxComponentName, (props: never) => JSX.Element>;

/**
 * The components a post's body renders with. `post` is the post's source file (posts/<slug>/index.mdx): the
 * components that show the post's own files resolve them against its folder.
 */
export function mdxComponentsFor(post: string | undefined): MDXComponents {
  return {
    a: Anchor,
    table: Table,
    ...authorComponents,
    Figure: (props: Props & FigureContext) => <Figure {...props} post={post} />,
  };
}
