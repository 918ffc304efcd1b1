import type { SequenceLayout } from "@/lib/diagrams/sequence-layout";

const TEXT = "fill-(--diagram-text)";

/** The SVG content of a laid-out sequence; colours come from the --diagram-* custom properties. */
export function SequenceDrawing({ layout }: { layout: SequenceLayout }) {
  return (
    <>
      {layout.actors.map(({ id, label, x, box, lifelineEnd }) => (
        <g key={id} data-actor={id}>
          <line
            x1={x}
            y1={box.y + box.height}
            x2={x}
            y2={lifelineEnd}
            className="stroke-(--diagram-stroke) [stroke-dasharray:2_4]"
          />
          <rect {...box} rx={6} className="fill-(--diagram-fill) stroke-(--diagram-stroke) stroke-[1.5]" />
          <text x={x} y={box.y + box.height / 2} dy="0.35em" textAnchor="middle" className={`${TEXT} font-semibold`}>
            {label}
          </text>
        </g>
      ))}
      {layout.messages.map((m, i) => (
        <g key={i} data-message={i + 1} data-from={m.from} data-to={m.to} data-reply={m.reply || undefined}>
          {/* Replies are dashed, as in UML, and say "(reply)" in the text version: not told by style alone. */}
          <path
            d={m.path}
            className={`fill-none stroke-(--diagram-stroke) stroke-[1.5] ${m.reply ? "[stroke-dasharray:6_4]" : ""}`}
          />
          <polygon points={m.arrow} className="fill-(--diagram-stroke)" />
          <rect
            x={m.labelBox.x}
            y={m.labelBox.y}
            width={m.labelBox.width}
            height={m.labelBox.height}
            rx={3}
            className="fill-(--diagram-bg)"
          />
          <text x={m.labelBox.textX} y={m.labelBox.textY} textAnchor={m.labelBox.anchor} className={TEXT}>
            {m.text}
          </text>
        </g>
      ))}
    </>
  );
}
