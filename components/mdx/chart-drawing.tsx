import { FONT_SIZE } from "@/lib/diagrams/text-width";
import { ROTATION, seriesMarker, type ChartLayout, type SeriesLayout } from "@/lib/charts/chart-layout";
import type { ChartType } from "@/lib/charts/chart-model";

/**
 * How each series is told apart besides its colour (--chart-series-N): a line's dash pattern and marker shape,
 * a bar's fill pattern. The legend's swatches draw the same.
 */
const DASHES = [undefined, "7 4", "2 3", "9 3 2 3", "4 4", "12 3 2 3 2 3"];

const seriesColour = (index: number) => `var(--chart-series-${index + 1})`;
const dashOf = (index: number) => DASHES[index % DASHES.length];

const TEXT = "fill-(--diagram-text)";
const MUTED = "fill-(--diagram-stroke)";

/** The fill pattern of a bar series (an SVG <pattern> per drawing: patterns inside a hidden SVG don't paint). */
function BarPattern({ id, index }: { id: string; index: number }) {
  const colour = seriesColour(index);
  const mark = { stroke: colour, strokeWidth: 1.5 };
  const marks = [
    null,
    <path key="d" d="M0 6 L6 0" {...mark} />,
    <circle key="o" cx={3} cy={3} r={1.4} fill={colour} />,
    <path key="h" d="M0 3 H6" {...mark} />,
    <path key="x" d="M0 6 L6 0 M0 0 L6 6" {...mark} strokeWidth={1} />,
    <path key="v" d="M3 0 V6" {...mark} />,
  ];
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse">
      <rect width={6} height={6} fill={colour} opacity={index === 0 ? 1 : 0.3} />
      {marks[index % marks.length]}
    </pattern>
  );
}

/** A series' swatch for the legend: a short stretch of its line with its marker, or a square of its bar fill. */
export function SeriesSwatch({ type, index, id }: { type: ChartType; index: number; id: string }) {
  return (
    <svg width={30} height={14} viewBox="0 0 30 14" aria-hidden="true" className="shrink-0">
      {type === "bar" ? (
        <>
          <defs>
            <BarPattern id={id} index={index} />
          </defs>
          <rect
            x={8}
            y={1}
            width={14}
            height={12}
            fill={`url(#${id})`}
            stroke={seriesColour(index)}
            strokeWidth={1.5}
          />
        </>
      ) : (
        <>
          <path d="M1 7 H29" stroke={seriesColour(index)} strokeWidth={2} strokeDasharray={dashOf(index)} />
          <path d={seriesMarker(index)} transform="translate(15 7)" fill={seriesColour(index)} />
        </>
      )}
    </svg>
  );
}

function SeriesMarks({
  series,
  index,
  type,
  patternId,
}: {
  series: SeriesLayout;
  index: number;
  type: ChartType;
  patternId: string;
}) {
  const colour = seriesColour(index);
  if (type === "bar") {
    return (
      <g data-series={series.name}>
        {series.bars.map((bar, row) => (
          <rect key={row} {...bar} fill={`url(#${patternId})`} stroke={colour} strokeWidth={1.5} />
        ))}
      </g>
    );
  }
  const marker = seriesMarker(index);
  return (
    <g data-series={series.name}>
      {series.area && <path d={series.area} fill={colour} fillOpacity={0.12} />}
      <path
        d={series.line}
        fill="none"
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={dashOf(index)}
        strokeLinejoin="round"
      />
      {series.markers.map((point, i) => (
        <path key={i} d={marker} transform={`translate(${point.x} ${point.y})`} fill={colour} />
      ))}
      {series.endLabel && (
        <text x={series.endLabel.x} y={series.endLabel.y} dy="0.35em" fill={colour} fontWeight={600}>
          {series.name}
        </text>
      )}
    </g>
  );
}

/** The SVG content of a laid-out chart: grid and axes in the --diagram-* colours, series in --chart-series-*. */
export function ChartDrawing({ layout, type, id }: { layout: ChartLayout; type: ChartType; id: string }) {
  const { plot } = layout;
  return (
    <g fontSize={FONT_SIZE}>
      {type === "bar" && (
        <defs>
          {layout.series.map((_, index) => (
            <BarPattern key={index} id={`${id}-pattern-${index}`} index={index} />
          ))}
        </defs>
      )}
      <g data-axis="y">
        {layout.yTicks.map((tick) => (
          <g key={tick.label}>
            <line
              x1={plot.left}
              x2={plot.right}
              y1={tick.at}
              y2={tick.at}
              className="stroke-(--diagram-fill)"
              strokeWidth={1}
            />
            <text x={plot.left - 6} y={tick.at} dy="0.35em" textAnchor="end" className={MUTED}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g data-axis="x">
        {layout.xTicks.map((tick) => (
          <g key={`${tick.at} ${tick.label}`}>
            <line
              x1={tick.at}
              x2={tick.at}
              y1={plot.bottom}
              y2={plot.bottom + 4}
              className="stroke-(--diagram-stroke)"
            />
            {layout.xTicksRotated ? (
              <text
                x={tick.at}
                y={plot.bottom + 8}
                dy="0.7em"
                textAnchor="end"
                transform={`rotate(${ROTATION} ${tick.at} ${plot.bottom + 8})`}
                className={MUTED}
              >
                {tick.label}
              </text>
            ) : (
              <text x={tick.at} y={plot.bottom + 8} dy="0.8em" textAnchor="middle" className={MUTED}>
                {tick.label}
              </text>
            )}
          </g>
        ))}
      </g>
      <line
        x1={plot.left}
        x2={plot.right}
        y1={layout.zero ?? plot.bottom}
        y2={layout.zero ?? plot.bottom}
        className="stroke-(--diagram-stroke)"
        strokeWidth={1.5}
      />
      {layout.series.map((series, index) => (
        <SeriesMarks key={series.name} series={series} index={index} type={type} patternId={`${id}-pattern-${index}`} />
      ))}
      <text x={layout.xTitle.x} y={layout.xTitle.y} textAnchor="middle" className={TEXT} fontWeight={600}>
        {layout.xTitle.text}
      </text>
      {layout.yTitle && (
        <text x={layout.yTitle.x} y={layout.yTitle.y} className={TEXT} fontWeight={600}>
          {layout.yTitle.text}
        </text>
      )}
    </g>
  );
}
