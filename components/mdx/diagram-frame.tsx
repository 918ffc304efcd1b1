import { slug } from "github-slugger";
import { useId, type ReactNode } from "react";
import { FONT_SIZE } from "@/lib/diagrams/text-width";

/** Below this scale labels get too small to read: the diagram scrolls inside its box instead. */
const MIN_SCALE = 0.75;

type DiagramFrameProps = {
  kind: "state-machine" | "sequence";
  title: string;
  description: string;
  width: number;
  height: number;
  /** The diagram's content as text (a list), for every reader, in a disclosure under the drawing. */
  text: ReactNode;
  /** The SVG's drawing. */
  children: ReactNode;
};

/**
 * The figure around a build-time diagram: caption, the SVG as one image with a title and description,
 * and the same content as text. Ids join the title's slug and React's id for this position in the
 * tree, so several diagrams, even with the same title, stay distinct on one page.
 */
export function DiagramFrame({ kind, title, description, width, height, text, children }: DiagramFrameProps) {
  const id = `diagram-${slug(title)}-${useId().replace(/[^\w-]/g, "")}`;
  return (
    <figure className="not-prose my-8" data-diagram={kind} id={id}>
      <figcaption id={`${id}-caption`} className="mb-2 text-sm font-semibold text-ink">
        {title}
      </figcaption>
      {/* Focusable so keyboard users can scroll it when a narrow screen makes it scroll. */}
      <div
        role="group"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-(--diagram-bg) p-2"
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          fontSize={FONT_SIZE}
          className="mx-auto block h-auto w-full font-sans"
          style={{ maxWidth: width, minWidth: Math.round(width * MIN_SCALE) }}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
      </div>
      <details className="mt-2 text-sm text-ink">
        <summary className="cursor-pointer font-medium text-accent">
          Diagram as text<span className="sr-only">: {title}</span>
        </summary>
        <div className="mt-2 space-y-2 rounded-lg border border-line bg-panel p-4">{text}</div>
      </details>
    </figure>
  );
}

/** "A → B" in the text versions: the arrow is drawn for the eye, and read as "to". */
export function Arrow() {
  return (
    <>
      <span aria-hidden="true"> → </span>
      <span className="sr-only"> to </span>
    </>
  );
}
