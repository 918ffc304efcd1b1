import { slug } from "github-slugger";
import { useId } from "react";
import { layoutChart, type Frame } from "@/lib/charts/chart-layout";
import type { ChartModel } from "@/lib/charts/chart-model";
import { ChartDrawing, SeriesSwatch } from "./chart-drawing";

/** A <Chart>'s attributes as MDX passes them (checked by lib/charts/chart-model.ts). */
export type ChartProps = Readonly<Record<string, unknown>>;

/**
 * Two drawings of one chart, so that scaling to the column never shrinks the text much below its size: the wide
 * one where the figure is 36rem wide or more, the narrow one below (down to a 320 px screen). The figure's own
 * width decides (a container query), not the screen's.
 */
const WIDE: Frame = { width: 640, height: 360, endLabels: true };
const NARROW: Frame = { width: 320, height: 300, endLabels: false };

/** The chart's data as a table, for every reader and the feeds (unstyled: the page styles it from outside). */
export function ChartTable({ model }: { model: ChartModel }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{model.xLabel}</th>
          {model.series.map((series) => (
            <th key={series.name} scope="col">
              {model.unit ? `${series.name} (${model.unit})` : series.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map(([x, ...values], row) => (
          <tr key={row}>
            <th scope="row">{x}</th>
            {values.map((value, column) => (
              <td key={column}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The table's look on the page: rules under each row, figures right-aligned in columns. */
const TABLE_STYLE =
  "[&_table]:w-full [&_table]:border-collapse [&_td]:text-right [&_td]:tabular-nums [&_th]:text-left [&_th]:font-normal [&_thead_th]:font-semibold [&_thead_th:not(:first-child)]:text-right [&_:is(td,th)]:border-b [&_:is(td,th)]:border-line [&_:is(td,th)]:px-2 [&_:is(td,th)]:py-1";

function ChartSvg({ model, frame, id, className }: { model: ChartModel; frame: Frame; id: string; className: string }) {
  const layout = layoutChart(model, frame);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className={`h-auto w-full font-sans ${className}`}
    >
      <title id={`${id}-title`}>{model.title}</title>
      <desc id={`${id}-desc`}>{model.description}</desc>
      <ChartDrawing layout={layout} type={model.type} id={id} />
    </svg>
  );
}

/**
 * A chart drawn at build time from a data file beside the post: caption, legend (each series' name with its
 * marker and dash, or its bar pattern), the SVG, and the data as a table in a disclosure. No client JavaScript.
 */
export function Chart({ model }: { model: ChartModel }) {
  const id = `chart-${slug(model.title)}-${useId().replace(/[^\w-]/g, "")}`;
  return (
    <figure className="not-prose @container my-8" data-chart={model.type} id={id}>
      <figcaption id={`${id}-caption`} className="mb-2 text-sm font-semibold text-ink">
        {model.title}
      </figcaption>
      {model.series.length > 1 && (
        <ul aria-label="Legend" className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink">
          {model.series.map((series, index) => (
            <li key={series.name} className="flex items-center gap-1.5" data-legend={series.name}>
              <SeriesSwatch type={model.type} index={index} id={`${id}-swatch-${index}`} />
              {series.name}
            </li>
          ))}
        </ul>
      )}
      <div className="rounded-lg border border-line bg-(--diagram-bg) p-2">
        <ChartSvg model={model} frame={WIDE} id={`${id}-wide`} className="hidden @min-[36rem]:block" />
        <ChartSvg
          model={model}
          frame={NARROW}
          id={`${id}-narrow`}
          className="mx-auto block max-w-[420px] @min-[36rem]:hidden"
        />
      </div>
      <details className="mt-2 text-sm text-ink">
        <summary className="cursor-pointer font-medium text-accent">
          Chart as data<span className="sr-only">: {model.title}</span>
        </summary>
        {/* Focusable so keyboard users can scroll a wide table sideways. */}
        <div
          role="group"
          aria-label={`${model.title}: data`}
          tabIndex={0}
          className={`mt-2 max-h-96 overflow-auto rounded-lg border border-line bg-panel p-2 ${TABLE_STYLE}`}
        >
          <ChartTable model={model} />
        </div>
      </details>
    </figure>
  );
}
