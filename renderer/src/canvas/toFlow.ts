import type { Edge, Node } from '@xyflow/react';

/** The parts of a .flux document the canvas draws. */
interface DrawnState {
  name: string;
  displayName?: string;
  x?: number;
  y?: number;
  waiting?: boolean;
  transitions?: { to: string; event?: string; wait?: string }[];
}
interface DrawnDocument {
  startState?: string;
  states?: DrawnState[];
}

export interface StateNodeData extends Record<string, unknown> {
  label: string;
  isStart: boolean;
  waiting: boolean;
}

export type StateNode = Node<StateNodeData, 'state'>;

/** Nodes and edges for a service; positions come from the file as they are (opening never moves a state). */
export function toFlow(document: DrawnDocument): { nodes: StateNode[]; edges: Edge[] } {
  const states = document.states ?? [];
  const start = document.startState ?? states[0]?.name;
  const nodes: StateNode[] = states.map((state) => ({
    id: state.name,
    type: 'state',
    position: { x: state.x ?? 0, y: state.y ?? 0 },
    data: { label: state.displayName || state.name, isStart: state.name === start, waiting: state.waiting === true },
  }));
  const edges: Edge[] = states.flatMap((state) =>
    (state.transitions ?? []).map((transition, index) => ({
      id: `${state.name}#${index}`,
      source: state.name,
      target: transition.to,
      label: [transition.event, transition.wait].filter(Boolean).join(' · ') || undefined,
    })),
  );
  return { nodes, edges };
}

/** Reads the document out of a file's text, or says why it cannot. */
export function readDocument(text: string): { document?: DrawnDocument; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'The file is not a JSON object.' };
    return { document: value as DrawnDocument };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
