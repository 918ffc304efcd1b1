import type { PlacedLabel, StateMachineLayout } from "@/lib/diagrams/state-machine-layout";

const LINE = "fill-none stroke-(--diagram-stroke) stroke-[1.5]";
const HEAD = "fill-(--diagram-stroke)";
const TEXT = "fill-(--diagram-text)";

function EdgeLabel({ label }: { label: PlacedLabel }) {
  return (
    <>
      <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={4} className="fill-(--diagram-bg)" />
      <text
        x={label.x + label.width / 2}
        y={label.y + label.height / 2}
        dy="0.35em"
        textAnchor="middle"
        className={TEXT}
      >
        {label.text}
      </text>
    </>
  );
}

/** The SVG content of a laid-out state machine; colours come from the --diagram-* custom properties. */
export function StateMachineDrawing({ layout }: { layout: StateMachineLayout }) {
  const { start } = layout;
  return (
    <>
      {start && (
        <g data-start="">
          <circle cx={start.center.x} cy={start.center.y} r={start.radius} className="fill-(--diagram-accent)" />
          <path d={start.path} className="fill-none stroke-(--diagram-accent) stroke-[1.5]" />
          <polygon points={start.arrow} className="fill-(--diagram-accent)" />
        </g>
      )}
      {layout.edges.map((edge) => (
        <g key={`${edge.from} ${edge.to} ${edge.path}`} data-edge="" data-from={edge.from} data-to={edge.to}>
          <path d={edge.path} className={LINE} />
          <polygon points={edge.arrow} className={HEAD} />
        </g>
      ))}
      {/* Labels after every line, so no line crosses a label drawn before it. */}
      {layout.edges.map((edge) =>
        edge.label ? <EdgeLabel key={`${edge.from} ${edge.to} ${edge.path}`} label={edge.label} /> : null,
      )}
      {layout.states.map(({ id, label, box, initial, terminal }) => (
        <g key={id} data-state={id} data-initial={initial || undefined} data-terminal={terminal || undefined}>
          <rect
            {...box}
            rx={8}
            className={`fill-(--diagram-fill) ${initial ? "stroke-(--diagram-accent) stroke-2" : "stroke-(--diagram-stroke) stroke-[1.5]"}`}
          />
          {/* A terminal state has a double outline, so "terminal" is not told by colour alone. */}
          {terminal && (
            <rect
              x={box.x + 3.5}
              y={box.y + 3.5}
              width={box.width - 7}
              height={box.height - 7}
              rx={5}
              className="fill-none stroke-(--diagram-stroke)"
            />
          )}
          <text x={box.x + box.width / 2} y={box.y + box.height / 2} dy="0.35em" textAnchor="middle" className={TEXT}>
            {label}
          </text>
        </g>
      ))}
    </>
  );
}
