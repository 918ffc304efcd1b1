import type { MDXComponents } from "mdx/types";
import type { JSX, ReactNode } from "react";
import { CALLOUT_LABELS, readCalloutProps } from "./callout-props";
import type { CalloutProps } from "./callout";
import { inPublic, type FigureProps } from "./figure";
import { readFigureProps } from "./figure-props";
import type { MdxComponentName } from "@/lib/content/mdx-components";
import { Actor, Message, sequenceModel, SequenceText, type SequenceProps } from "./sequence";
import { State, stateMachineModel, StateMachineText, Transition, type StateMachineProps } from "./state-machine";

/**
 * What the MDX components become in the feeds. Feed readers apply none of the journal's CSS, so a drawing
 * coloured by it would show as black shapes: a diagram is its title, description and text version, with
 * a link to the drawing on the post's page. Nothing here uses a hook: the feeds render outside React
 * Server Components (see lib/render/mdx.tsx). Props are checked by the same readers as on the page.
 */
export function feedMdxComponents(postPath: string): MDXComponents {
  const components = {
    Callout: FeedCallout,
    Figure: FeedFigure,
    StateMachine: (props: StateMachineProps) => {
      const model = stateMachineModel(props);
      return (
        <FeedDiagram title={model.title} description={model.description} postPath={postPath}>
          <StateMachineText model={model} />
        </FeedDiagram>
      );
    },
    State,
    Transition,
    Sequence: (props: SequenceProps) => {
      const model = sequenceModel(props);
      return (
        <FeedDiagram title={model.title} description={model.description} postPath={postPath}>
          <SequenceText model={model} />
        </FeedDiagram>
      );
    },
    Actor,
    Message,
  } satisfies Record<MdxComponentName, (props: never) => JSX.Element>;
  return components;
}

function FeedCallout(props: CalloutProps) {
  const { type, title } = readCalloutProps(props);
  return (
    <aside>
      <p>
        <strong>{title ? `${CALLOUT_LABELS[type]}: ${title}` : CALLOUT_LABELS[type]}</strong>
      </p>
      {props.children}
    </aside>
  );
}

/** The original image rather than the page's resized variants: feed readers fetch and cache it once. */
function FeedFigure(props: FigureProps) {
  const { src, alt, width, height, caption } = readFigureProps(props, inPublic);
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- feed HTML, never served as a page */}
      <img src={src} alt={alt} width={width} height={height} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

type FeedDiagramProps = { title: string; description: string; postPath: string; children: ReactNode };

function FeedDiagram({ title, description, postPath, children }: FeedDiagramProps) {
  return (
    <figure>
      <figcaption>
        <strong>{title}</strong> (diagram as text; <a href={postPath}>see it drawn in the post</a>)
      </figcaption>
      <p>{description}</p>
      {children}
    </figure>
  );
}
