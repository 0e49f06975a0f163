// Auto layout of states with dagre. Pure: the same document and sizes give the same positions.
import dagre from '@dagrejs/dagre';
import type { FluxDocument } from '../../../shared/model';
import { moveStates } from './edits';

/** A state's drawn size; states not measured yet use DEFAULT_STATE_SIZE. */
export interface Size {
  width: number;
  height: number;
}

export const DEFAULT_STATE_SIZE: Size = { width: 160, height: 44 };

export interface LayoutOptions {
  /** The states to arrange; all of them when absent or when fewer than two are named. */
  names?: Iterable<string>;
  /** Measured sizes by state name, so wide states do not overlap. */
  sizes?: ReadonlyMap<string, Size>;
}

/**
 * Arranges states top to bottom along their transitions. The arranged group keeps the top-left
 * corner it had, so a layout of a selection stays where the user was looking.
 */
export function layoutStates(doc: FluxDocument, options: LayoutOptions = {}): FluxDocument {
  const wanted = new Set(options.names ?? []);
  const chosen = wanted.size >= 2 ? doc.states.filter((s) => wanted.has(s.name)) : doc.states;
  if (chosen.length === 0) return doc;
  const inside = new Set(chosen.map((s) => s.name));
  const size = (name: string) => options.sizes?.get(name) ?? DEFAULT_STATE_SIZE;

  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 60, ranksep: 90, edgesep: 30 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const state of chosen) graph.setNode(state.name, { ...size(state.name) });
  for (const state of chosen) {
    (state.transitions ?? []).forEach((t, i) => {
      // Self-loops and transitions leaving the group do not shape it.
      if (t.to !== state.name && inside.has(t.to)) graph.setEdge(state.name, t.to, {}, `${state.name}#${i}`);
    });
  }
  dagre.layout(graph);

  const laidOut = new Map<string, { x: number; y: number }>();
  for (const state of chosen) {
    const node = graph.node(state.name);
    const { width, height } = size(state.name);
    laidOut.set(state.name, { x: node.x - width / 2, y: node.y - height / 2 });
  }
  const before = corner(chosen.map((s) => ({ x: s.x, y: s.y })));
  const after = corner([...laidOut.values()]);
  const positions = new Map([...laidOut].map(([name, p]) => [name, { x: p.x - after.x + before.x, y: p.y - after.y + before.y }]));
  return moveStates(doc, positions);
}

function corner(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  return { x: Math.min(...points.map((p) => p.x)), y: Math.min(...points.map((p) => p.y)) };
}
