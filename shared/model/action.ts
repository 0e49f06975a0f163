import { FLUX_EVENT } from './reserved';
import type { FluxAction, FluxActionKind, FluxLine } from './types';

/** The kind of an action: `{}` is 'none', `{ lines }` is 'map', else its `type`. */
export function actionKind(action: FluxAction): FluxActionKind {
  if (action.type !== undefined) return action.type;
  return action.lines !== undefined ? 'map' : 'none';
}

/** Every mapping line of an action: a map step's lines, or an invocation's inputs then outputs. */
export function actionLines(action: FluxAction): FluxLine[] {
  if (action.type === undefined) return action.lines ?? [];
  return [...(action.inputs ?? []), ...(action.outputs ?? [])];
}

/**
 * True when running the action may set `$fluxEvent`: a line writes to it, or a script mentions it
 * (what a script returns is only known when it runs).
 */
export function actionSetsFluxEvent(action: FluxAction): boolean {
  if (actionLines(action).some((line) => line.to[0] === FLUX_EVENT)) return true;
  return action.type === 'script' && action.code.includes(FLUX_EVENT);
}
