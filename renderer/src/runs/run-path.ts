import type { RunDetail } from '../../../shared/api';
import type { FluxDocument } from '../../../shared/model';
import { transitionId } from '../document/edits';

/** What of a run the canvas highlights: where it is now, the states it passed and the transitions it took. */
export interface RunPath {
  current: string;
  visited: string[];
  transitions: string[];
}

/**
 * The run's path on the service's drawing. A transition in the history is matched to the drawn
 * one by its source, target and event; when the document changed since, what no longer exists is left out.
 */
export function runPath(run: RunDetail, doc: FluxDocument): RunPath {
  const states = new Set(doc.states.map((s) => s.name));
  const visited = new Set<string>();
  const transitions = new Set<string>();
  for (const entry of run.history) {
    if (entry.type === 'state' && states.has(entry.state)) visited.add(entry.state);
    if (entry.type !== 'transition') continue;
    const from = doc.states.find((s) => s.name === entry.from);
    const candidates = (from?.transitions ?? []).map((t, i) => ({ t, i })).filter(({ t }) => t.to === entry.to);
    // The transition of that event if there is one, else the catch-all that took it.
    const match =
      candidates.find(({ t }) => entry.event === undefined || (t.event ?? '') === entry.event) ??
      candidates.find(({ t }) => t.event === '$else' || t.event === '$exception');
    const index = match?.i ?? -1;
    if (from && index >= 0) transitions.add(transitionId({ from: from.name, index }));
  }
  return { current: run.state, visited: [...visited], transitions: [...transitions] };
}

/** CSS that marks a run's path on the React Flow canvas, by the ids React Flow puts on its elements. */
export function runPathCss(path: RunPath, escape: (id: string) => string = (id) => CSS.escape(id)): string {
  const node = (id: string) => `.react-flow__node[data-id="${escape(id)}"] .state-node`;
  const edge = (id: string) => `.react-flow__edge[data-id="${escape(id)}"] path`;
  const rules: string[] = [];
  if (path.visited.length) rules.push(`${path.visited.map(node).join(', ')} { border-color: #7fb0ff; }`);
  if (path.transitions.length) rules.push(`${path.transitions.map(edge).join(', ')} { stroke: #7fb0ff; stroke-width: 2.5px; }`);
  rules.push(`${node(path.current)} { box-shadow: 0 0 0 4px rgba(255, 196, 64, .85); }`);
  return rules.join('\n');
}
