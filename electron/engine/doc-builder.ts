// Small .flux documents for tests, written as little as a rule needs.
import type { FluxAction, FluxDocument, FluxLine, FluxProperty, FluxState, FluxTransition } from '../../shared/model';

/** A state with defaults for what a test does not care about. */
export function state(name: string, parts: Partial<Omit<FluxState, 'name'>> = {}): FluxState {
  return { name, x: 0, y: 0, action: {}, input: [], output: [], ...parts };
}

/** A service document from its states and root fields. */
export function service(states: FluxState[], root: Partial<Omit<FluxDocument, 'states'>> = {}): FluxDocument {
  return { ...root, states };
}

/** A transition to `to`, with optional event, wait and lines. */
export function to(target: string, parts: Partial<Omit<FluxTransition, 'to'>> = {}): FluxTransition {
  return { ...parts, to: target };
}

/** `{ type: 'set', expression, evaluate: true, to }`. */
export function set(target: string | string[], expression: string): FluxLine {
  return { type: 'set', expression, evaluate: true, to: Array.isArray(target) ? target : [target] };
}

/** A literal `set` line (evaluate absent). */
export function literal(target: string, text: string): FluxLine {
  return { type: 'set', expression: text, to: [target] };
}

/** `{ from, to }`. */
export function copy(from: string | string[], target: string | string[]): FluxLine {
  return { from: Array.isArray(from) ? from : from.split('.'), to: Array.isArray(target) ? target : target.split('.') };
}

/** A map step. */
export function map(...lines: FluxLine[]): FluxAction {
  return { lines };
}

/** The logger at `level` with a message expression. */
export function logAt(level: 'info' | 'warn' | 'error' | 'debug', messageExpression: string): FluxAction {
  return {
    type: 'invokeCode',
    className: 'flux.Logger',
    methodName: level,
    parameters: ['String'],
    inputs: [set('message', messageExpression)],
  };
}

/** `throwException` with a message expression. */
export function throwing(messageExpression: string): FluxAction {
  return {
    type: 'invokeCode',
    className: 'io.toro.martini.GloopMethods',
    methodName: 'throwException',
    parameters: ['String'],
    inputs: [set('message', messageExpression)],
  };
}

/** A declared property. */
export function prop(name: string, parts: Partial<Omit<FluxProperty, 'name'>> = {}): FluxProperty {
  return { name, ...parts };
}
