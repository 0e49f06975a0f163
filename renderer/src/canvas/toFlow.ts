import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic, FluxDocument } from '../../../shared/model';
import { transitionId } from '../document/edits';
import type { Size } from '../document/layout';
import { parallelOffset } from './edgeGeometry';

export interface StateNodeData extends Record<string, unknown> {
  label: string;
  isStart: boolean;
  waiting: boolean;
  /** Validation messages of this state, for its marker. */
  problems: string[];
}

export type StateNode = Node<StateNodeData, 'state'>;

export interface TransitionEdgeData extends Record<string, unknown> {
  label?: string;
  /** For a self-loop: which loop of its state it is (from 0); -1 for other transitions. */
  loop: number;
  /** How far the curve bends from the straight line (see edgeGeometry). */
  offset: number;
  /** Whether it runs against its pair's canonical direction, so it bends to the other side. */
  reversed: boolean;
}

/** A transition, in React Flow's shape of an edge; TransitionLayer draws it (React Flow is given none). */
export type TransitionEdge = Edge<TransitionEdgeData, 'transition'>;

export interface Flow {
  nodes: StateNode[];
  edges: TransitionEdge[];
  /** What the edges were made from, so that a change to nothing but positions keeps them as they are. */
  edgesFrom?: { states: FluxDocument['states']; selected: readonly string[] };
}

export interface FlowOptions {
  selection: { states: readonly string[]; transitions: readonly string[] };
  /** Validation messages by state name. */
  problems?: ReadonlyMap<string, string[]>;
  /** Sizes React Flow measured; a controlled canvas hands them back, or nodes are measured again. */
  sizes?: ReadonlyMap<string, Size>;
  /** The last result, whose unchanged nodes and edges are reused. */
  previous?: Flow;
}

/** Validation messages by state name. */
export function problemsByState(diagnostics: readonly Diagnostic[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const d of diagnostics) if (d.state) problems.set(d.state, [...(problems.get(d.state) ?? []), d.message]);
  return problems;
}

const NO_PROBLEMS: string[] = [];

/**
 * Nodes and edges for a service; positions come from the file as they are (opening never moves a
 * state). Selection is passed in so the canvas stays controlled by the store. Nodes and edges
 * equal to those of `previous` are reused as they are, so React Flow and TransitionLayer re-render
 * only what changed (during a drag, the dragged states and their transitions).
 */
export function toFlow(doc: FluxDocument, options: FlowOptions): Flow {
  const { selection, problems = new Map(), sizes = new Map(), previous } = options;
  const start = doc.startState ?? doc.states[0]?.name;
  const selectedStates = new Set(selection.states);
  const selectedEdges = new Set(selection.transitions);
  const oldNodes = new Map(previous?.nodes.map((n) => [n.id, n]));

  const nodes = doc.states.map((state): StateNode => {
    const node: StateNode = {
      id: state.name,
      type: 'state',
      position: { x: state.x, y: state.y },
      selected: selectedStates.has(state.name),
      ...(sizes.has(state.name) ? { measured: sizes.get(state.name) } : {}),
      data: {
        label: state.displayName || state.name,
        isStart: state.name === start,
        waiting: state.waiting === true,
        problems: problems.get(state.name) ?? NO_PROBLEMS,
      },
    };
    const old = oldNodes.get(state.name);
    return old && sameNode(old, node) ? old : node;
  });

  const nodesOut = sameItems(previous?.nodes, nodes) ? previous!.nodes : nodes;
  const edgesFrom = { states: doc.states, selected: selection.transitions };
  // A drag changes positions only: the states' names and transitions, and the selection, stand.
  if (previous?.edgesFrom && sameEdgeInputs(previous.edgesFrom, edgesFrom)) return { nodes: nodesOut, edges: previous.edges, edgesFrom };
  const oldEdges = new Map(previous?.edges.map((e) => [e.id, e]));
  const names = new Set(doc.states.map((s) => s.name));
  const pairs = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  for (const state of doc.states) {
    for (const t of state.transitions ?? []) if (t.to !== state.name) pairs.set(pairKey(state.name, t.to), (pairs.get(pairKey(state.name, t.to)) ?? 0) + 1);
  }
  const seenInPair = new Map<string, number>();
  const edges: TransitionEdge[] = [];
  for (const state of doc.states) {
    let loops = 0;
    (state.transitions ?? []).forEach((transition, index) => {
      // A transition to a missing state has nothing to point at; its state's marker says so.
      if (!names.has(transition.to)) return;
      const id = transitionId({ from: state.name, index });
      const self = transition.to === state.name;
      const key = pairKey(state.name, transition.to);
      const nth = self ? 0 : (seenInPair.get(key) ?? 0);
      if (!self) seenInPair.set(key, nth + 1);
      const label = [transition.event, transition.wait && `wait ${transition.wait}`].filter(Boolean).join(' · ') || undefined;
      const edge: TransitionEdge = {
        id,
        type: 'transition',
        source: state.name,
        target: transition.to,
        selected: selectedEdges.has(id),
        data: {
          ...(label ? { label } : {}),
          loop: self ? loops++ : -1,
          offset: self ? 0 : parallelOffset(nth, pairs.get(key) ?? 1),
          reversed: !self && state.name > transition.to,
        },
      };
      const old = oldEdges.get(id);
      edges.push(old && sameEdge(old, edge) ? old : edge);
    });
  }
  // The same arrays when nothing in them changed: React Flow rebuilds its lookup of all nodes
  // whenever it is handed a new array, and TransitionLayer looks at every edge.
  return { nodes: nodesOut, edges: sameItems(previous?.edges, edges) ? previous!.edges : edges, edgesFrom };
}

function sameEdgeInputs(a: NonNullable<Flow['edgesFrom']>, b: NonNullable<Flow['edgesFrom']>): boolean {
  return (
    a.states.length === b.states.length &&
    a.states.every((s, i) => s.name === b.states[i]!.name && s.transitions === b.states[i]!.transitions) &&
    a.selected.length === b.selected.length &&
    a.selected.every((id, i) => id === b.selected[i])
  );
}

function sameItems<T>(old: readonly T[] | undefined, items: readonly T[]): boolean {
  return old !== undefined && old.length === items.length && items.every((item, i) => item === old[i]);
}

function sameNode(a: StateNode, b: StateNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.measured === b.measured &&
    a.data.label === b.data.label &&
    a.data.isStart === b.data.isStart &&
    a.data.waiting === b.data.waiting &&
    (a.data.problems === b.data.problems || a.data.problems.join('\n') === b.data.problems.join('\n'))
  );
}

function sameEdge(a: TransitionEdge, b: TransitionEdge): boolean {
  const x = a.data!;
  const y = b.data!;
  return (
    a.target === b.target &&
    a.selected === b.selected &&
    x.label === y.label &&
    x.loop === y.loop &&
    x.offset === y.offset &&
    x.reversed === y.reversed
  );
}
