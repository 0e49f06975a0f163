// Builders for small documents in tests: a state or a service with only what a test is about.
import { serializeFlux } from './serialize';
import type { FluxDocument, FluxState, FluxTransition } from './types';

/** A state with no action, no properties and no transitions, plus `extra`. */
export function aState(name: string, extra: Partial<FluxState> = {}): FluxState {
  return { name, displayName: name, x: 0, y: 0, action: {}, input: [], output: [], ...extra };
}

/** A state whose map step sets `$fluxEvent` to a literal, so event transitions can be chosen. */
export function aChoosingState(name: string, transitions: FluxTransition[], extra: Partial<FluxState> = {}): FluxState {
  return aState(name, { action: { lines: [{ type: 'set', expression: 'go', to: ['$fluxEvent'] }] }, transitions, ...extra });
}

/** A service of `states`, plus `extra` root fields. */
export function aService(states: FluxState[], extra: Partial<Omit<FluxDocument, 'states'>> = {}): FluxDocument {
  return { ...extra, states };
}

/** The canonical text of a service built from `states`. */
export function serviceText(states: FluxState[], extra: Partial<Omit<FluxDocument, 'states'>> = {}): string {
  return serializeFlux(aService(states, extra));
}
