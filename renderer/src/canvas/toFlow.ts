import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic, FluxDocument } from '../../../shared/model';
import { transitionId } from '../document/edits';

export interface StateNodeData extends Record<string, unknown> {
  label: string;
  isStart: boolean;
  waiting: boolean;
  /** Validation messages of this state, for its marker. */
  problems: string[];
}

export type StateNode = Node<StateNodeData, 'state'>;

/**
 * Nodes and edges for a service; positions come from the file as they are (opening never moves a
 * state). Selection is passed in so the canvas stays controlled by the store.
 */
export function toFlow(
  doc: FluxDocument,
  selection: { states: readonly string[]; transitions: readonly string[] },
  diagnostics: readonly Diagnostic[] = [],
): { nodes: StateNode[]; edges: Edge[] } {
  const start = doc.startState ?? doc.states[0]?.name;
  const selectedStates = new Set(selection.states);
  const selectedEdges = new Set(selection.transitions);
  const problems = new Map<string, string[]>();
  for (const d of diagnostics) if (d.state) problems.set(d.state, [...(problems.get(d.state) ?? []), d.message]);
  const nodes: StateNode[] = doc.states.map((state) => ({
    id: state.name,
    type: 'state',
    position: { x: state.x, y: state.y },
    selected: selectedStates.has(state.name),
    data: {
      label: state.displayName || state.name,
      isStart: state.name === start,
      waiting: state.waiting === true,
      problems: problems.get(state.name) ?? [],
    },
  }));
  const edges: Edge[] = doc.states.flatMap((state) =>
    (state.transitions ?? []).map((transition, index) => {
      const id = transitionId({ from: state.name, index });
      return {
        id,
        source: state.name,
        target: transition.to,
        selected: selectedEdges.has(id),
        label: [transition.event, transition.wait].filter(Boolean).join(' · ') || undefined,
      };
    }),
  );
  return { nodes, edges };
}
