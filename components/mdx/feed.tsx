import type { MDXComponents } from "mdx/types";
import type { JSX, ReactNode } from "react";
import { CALLOUT_LABELS, readCalloutProps } from "./callout-props";
import type { CalloutProps } from "./callout";
import { resolveFigure, type FigureContext } from "./figure";
import type { Props } from "@/lib/diagrams/props";
import { mediaPath, plainImage } from "@/lib/media/manifest";
import { loadChart } from "@/lib/charts/chart-load";
import type { MdxComponentName } from "@/lib/content/mdx-components";
import type { PostFiles } from "@/lib/content/post-files";
import { ChartTable, type ChartProps } from "./chart";
import { Actor, Message, sequenceModel, SequenceText, type SequenceProps } from "./sequence";
import { State, stateMachineModel, StateMachineText, Transition, type StateMachineProps } from "./state-machine";

/**
 * What the MDX components become in the feeds. Feed readers apply none of the journal's CSS, so a drawing
 * coloured by it would show as black shapes: a diagram is its title, description and text version, with
 * a link to the drawing on the post's page; a chart is its title, description and data table. Nothing here uses a
 * hook: the feeds render outside React Server Components (see lib/render/mdx.tsx). Props are checked by the same
 * readers as on the page, and a chart reads its data from `files`, the post's own.
 */
export function feedMdxComponents(postPath: string, files: PostFiles): MDXComponents {
  const components = {
    Callout: FeedCallout,
    Figure: (props: Props & FigureContext) => <FeedFigure {...props} post={files.source} />,
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
    Chart: (props: ChartProps) => {
      const model = loadChart(props, files);
      return (
        <FeedDiagram title={model.title} description={model.description} postPath={postPath} kind="chart as data">
          <ChartTable model={model} />
        </FeedDiagram>
      );
    },
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

/**
 * The fallback (JPEG, PNG, GIF or the SVG) at most 1,200 pixels wide: what any reader shows, and light enough for a
 * reader that downloads every image of the feed. Its address is made absolute by lib/publish/feed-html.ts.
 */
function FeedFigure(props: Props & FigureContext) {
  const { alt, caption, light } = resolveFigure(props);
  const image = plainImage(light);
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- feed HTML, never served as a page */}
      <img
        src={mediaPath(image.file)}
        alt={alt}
        width={image.width}
        height={Math.round((light.height * image.width) / light.width)}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

type FeedDiagramProps = {
  title: string;
  description: string;
  postPath: string;
  kind?: string;
  children: ReactNode;
};

function FeedDiagram({ title, description, postPath, kind = "diagram as text", children }: FeedDiagramProps) {
  return (
    <figure>
      <figcaption>
        <strong>{title}</strong>
        {` (${kind}; `}
        <a href={postPath}>see it drawn in the post</a>)
      </figcaption>
      <p>{description}</p>
      {children}
    </figure>
  );
}
