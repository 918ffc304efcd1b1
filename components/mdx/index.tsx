import type { MDXComponents } from "mdx/types";
import { JournalLink } from "./journal-link";
import type { ComponentProps, JSX } from "react";
import { Callout } from "./callout";
import { Figure, type FigureContext } from "./figure";
import type { Props } from "@/lib/diagrams/props";
import { loadChart } from "@/lib/charts/chart-load";
import type { MdxComponentName } from "@/lib/content/mdx-components";
import type { PostFiles } from "@/lib/content/post-files";
import { Chart, type ChartProps } from "./chart";
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

/**
 * The components of one post's body: a <Chart> reads its data from `files`, the post's own (see
 * lib/content/post-files.ts). `satisfies` keeps the map and the content check's list of names in step.
 */
export function mdxComponentsFor(files: PostFiles): MDXComponents {
  const authorComponents = {
    Callout,
    Figure: (props: Props & FigureContext) => <Figure {...props} post={files.source} />,
    StateMachine,
    State,
    Transition,
    Sequence,
    Actor,
    Message,
    Chart: (props: ChartProps) => <Chart model={loadChart(props, files)} />,
  } satisfies Record<MdxComponentName, (props: never) => JSX.Element>;
  return { a: Anchor, table: Table, ...authorComponents };
}
