import type { FluxDocument, FluxState } from './types';

/** Where a run begins: the state named by `startState` if set, else the first state. */
export function startStateOf(doc: FluxDocument): FluxState | undefined {
  if (doc.startState !== undefined) return doc.states.find((s) => s.name === doc.startState);
  return doc.states[0];
}
