/**
 * The journal's only user of @dagrejs/dagre: layout runs at build time, on the server, and the page
 * receives plain SVG coordinates. Replacing the layout engine touches this file alone.
 */
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import { transitionText, type MachineState, type StateMachineModel } from "./state-machine-model";
import {
  LABEL_HEIGHT,
  START_RADIUS,
  labelWidth,
  loopRoom,
  placeShapes,
  type EngineLayout,
  type StateMachineLayout,
} from "./state-machine-shapes";
import { textWidth } from "./text-width";

export type { PlacedEdge, PlacedLabel, PlacedState, StateMachineLayout } from "./state-machine-shapes";

const NODE_HEIGHT = 40;
const NODE_MIN_WIDTH = 88;
const NODE_PADDING = 16;
// Not a valid state id (see state-machine-model), so it never collides with one.
const START = "^start";

const stateWidth = (s: MachineState) => Math.max(NODE_MIN_WIDTH, textWidth(s.label) + 2 * NODE_PADDING);

/**
 * Lays out states top to bottom, in the order they were declared where dagre can keep it. dagre routes
 * self-transitions badly, so they stay out of its graph and are drawn as one loop on the state's right
 * (see state-machine-shapes); the state is laid out wider on both sides to keep room for the loop.
 */
export function layoutStateMachine(model: StateMachineModel): StateMachineLayout {
  const graph = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 32, edgesep: 20, ranksep: 28, marginx: 0, marginy: 0 });

  const loops = new Map<string, string>();
  for (const t of model.transitions) {
    if (t.from === t.to) loops.set(t.from, [loops.get(t.from), transitionText(t)].filter(Boolean).join(", "));
  }
  for (const state of model.states) {
    const loop = loops.get(state.id);
    const room = loop === undefined ? 0 : 2 * loopRoom(loop);
    graph.setNode(state.id, { width: stateWidth(state) + room, height: NODE_HEIGHT });
  }
  model.transitions.forEach((t, i) => {
    const text = transitionText(t);
    const label: EdgeLabel = text ? { width: labelWidth(text), height: LABEL_HEIGHT, labelpos: "c" } : {};
    if (t.from !== t.to) graph.setEdge(t.from, t.to, label, `${i}`);
  });
  const initial = model.states.find((s) => s.initial);
  if (initial) {
    graph.setNode(START, { width: 2 * START_RADIUS, height: 2 * START_RADIUS });
    graph.setEdge(START, initial.id, {}, START);
  }
  layout(graph);

  const engine: EngineLayout = {
    states: model.states.map((state) => {
      const { x = 0, y = 0 } = graph.node(state.id);
      const width = stateWidth(state);
      return { ...state, box: { x: x - width / 2, y: y - NODE_HEIGHT / 2, width, height: NODE_HEIGHT } };
    }),
    lines: model.transitions.flatMap((t, i) => {
      if (t.from === t.to) return [];
      const edge = graph.edge(t.from, t.to, `${i}`);
      const text = transitionText(t);
      const label =
        text && edge.x !== undefined && edge.y !== undefined ? { text, centre: { x: edge.x, y: edge.y } } : undefined;
      return [{ from: t.from, to: t.to, points: edge.points ?? [], label }];
    }),
    loops: [...loops].map(([state, text]) => ({ state, text })),
  };
  if (initial) {
    const { x = 0, y = 0 } = graph.node(START);
    engine.start = { centre: { x, y }, points: graph.edge(START, initial.id, START).points ?? [], target: initial.id };
  }
  return placeShapes(engine);
}
