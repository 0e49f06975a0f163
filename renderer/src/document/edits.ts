// Pure edits of a .flux document. Each returns a new document and never mutates its input, so the
// history can keep the documents themselves and undo is a pointer move. Unknown fields survive
// because every update spreads the object it replaces.
import type { FluxDocument, FluxState, FluxTransition } from '../../../shared/model';
import { stateNameFor, stateNames } from './names';

/** Where a transition stands: its source state and its index in that state's transitions. */
export interface TransitionRef {
  from: string;
  index: number;
}

/** The id React Flow and the selection use for a transition. */
export const transitionId = ({ from, index }: TransitionRef): string => `${from}#${index}`;

/** The reverse of transitionId. */
export function parseTransitionId(id: string): TransitionRef {
  const at = id.lastIndexOf('#');
  return { from: id.slice(0, at), index: Number(id.slice(at + 1)) };
}

function mapState(doc: FluxDocument, name: string, update: (state: FluxState) => FluxState): FluxDocument {
  return { ...doc, states: doc.states.map((s) => (s.name === name ? update(s) : s)) };
}

/** Adds a state at a position; the first state of a service becomes its start state. */
export function addState(doc: FluxDocument, displayName: string, position: { x: number; y: number }): { doc: FluxDocument; name: string } {
  const name = stateNameFor(displayName, stateNames(doc));
  const state: FluxState = {
    name,
    displayName: displayName.trim() || name,
    x: Math.round(position.x),
    y: Math.round(position.y),
    action: {},
    input: [],
    output: [],
  };
  const next: FluxDocument = { ...doc, states: [...doc.states, state] };
  if (doc.states.length === 0) next.startState = name;
  return { doc: next, name };
}

/**
 * Renames a state: its display name always, its identifier to one derived from the display name
 * (kept unique); every transition that targets it and `startState` follow.
 */
export function renameState(doc: FluxDocument, oldName: string, displayName: string): { doc: FluxDocument; name: string } {
  const others = stateNames(doc).filter((n) => n !== oldName);
  const name = stateNameFor(displayName, others);
  const states = doc.states.map((s) => {
    const renamed = s.name === oldName ? { ...s, name, displayName: displayName.trim() || name } : s;
    if (!renamed.transitions?.some((t) => t.to === oldName)) return renamed;
    return { ...renamed, transitions: renamed.transitions.map((t) => (t.to === oldName ? { ...t, to: name } : t)) };
  });
  const next: FluxDocument = { ...doc, states };
  if (doc.startState === oldName) next.startState = name;
  return { doc: next, name };
}

/** Deletes states and every transition into them; a deleted start state passes to the first state left. */
export function deleteStates(doc: FluxDocument, names: Iterable<string>): FluxDocument {
  const gone = new Set(names);
  const states = doc.states
    .filter((s) => !gone.has(s.name))
    .map((s) => (s.transitions?.some((t) => gone.has(t.to)) ? { ...s, transitions: s.transitions.filter((t) => !gone.has(t.to)) } : s));
  const next: FluxDocument = { ...doc, states };
  if (doc.startState !== undefined && gone.has(doc.startState)) {
    if (states[0]) next.startState = states[0].name;
    else delete next.startState;
  }
  return next;
}

/** Moves states to new positions (rounded to whole pixels, as the file keeps them). */
export function moveStates(doc: FluxDocument, positions: ReadonlyMap<string, { x: number; y: number }>): FluxDocument {
  return {
    ...doc,
    states: doc.states.map((s) => {
      const p = positions.get(s.name);
      return p && (Math.round(p.x) !== s.x || Math.round(p.y) !== s.y) ? { ...s, x: Math.round(p.x), y: Math.round(p.y) } : s;
    }),
  };
}

export function setStartState(doc: FluxDocument, name: string): FluxDocument {
  return { ...doc, startState: name };
}

export function toggleWaiting(doc: FluxDocument, name: string): FluxDocument {
  return mapState(doc, name, (s) => {
    const next = { ...s };
    if (s.waiting) delete next.waiting;
    else next.waiting = true;
    return next;
  });
}

/** Replaces fields of a state (not its name: see renameState). */
export function updateState(doc: FluxDocument, name: string, patch: Partial<Omit<FluxState, 'name'>>): FluxDocument {
  return mapState(doc, name, (s) => withoutUndefined({ ...s, ...patch }));
}

/** Adds a transition from `from` to `to` (itself allowed); a blank event means none. */
export function connect(doc: FluxDocument, from: string, to: string, event?: string): { doc: FluxDocument; ref: TransitionRef } {
  const source = doc.states.find((s) => s.name === from);
  const transition: FluxTransition = { to };
  if (event?.trim()) transition.event = event.trim();
  const index = source?.transitions?.length ?? 0;
  return { doc: mapState(doc, from, (s) => ({ ...s, transitions: [...(s.transitions ?? []), transition] })), ref: { from, index } };
}

export function updateTransition(doc: FluxDocument, ref: TransitionRef, patch: Partial<FluxTransition>): FluxDocument {
  return mapState(doc, ref.from, (s) => ({
    ...s,
    transitions: (s.transitions ?? []).map((t, i) => (i === ref.index ? withoutUndefined({ ...t, ...patch }) : t)),
  }));
}

/** Deletes transitions; indexes refer to the document before the edit. */
export function deleteTransitions(doc: FluxDocument, refs: Iterable<TransitionRef>): FluxDocument {
  const gone = new Set([...refs].map(transitionId));
  return {
    ...doc,
    states: doc.states.map((s) =>
      s.transitions?.some((_, i) => gone.has(transitionId({ from: s.name, index: i })))
        ? { ...s, transitions: s.transitions.filter((_, i) => !gone.has(transitionId({ from: s.name, index: i }))) }
        : s,
    ),
  };
}

/** Fields of the service itself; an empty list or blank comment is removed from the file. */
export type ServicePatch = Partial<Pick<FluxDocument, 'comment' | 'triggers' | 'tags' | 'input' | 'output' | 'startState'>>;

export function updateService(doc: FluxDocument, patch: ServicePatch): FluxDocument {
  const next: FluxDocument = { ...doc, ...patch };
  for (const key of ['triggers', 'tags', 'input', 'output'] as const) {
    if (key in patch && (patch[key]?.length ?? 0) === 0) delete next[key];
  }
  if ('comment' in patch && !patch.comment) delete next.comment;
  if ('startState' in patch && !patch.startState) delete next.startState;
  return next;
}

/**
 * Pastes copied states, offset from where they were; clashing names get a suffix, transitions
 * among the pasted states follow the new names, and transitions to states not copied are kept
 * only when that state still exists.
 */
export function pasteStates(doc: FluxDocument, copied: readonly FluxState[], offset: { x: number; y: number }): { doc: FluxDocument; names: string[] } {
  const taken = new Set(stateNames(doc));
  const renames = new Map<string, string>();
  for (const state of copied) {
    const name = stateNameFor(state.name, taken);
    taken.add(name);
    renames.set(state.name, name);
  }
  const existing = new Set(stateNames(doc));
  const pasted = copied.map((state) => {
    const next: FluxState = { ...structuredClone(state), name: renames.get(state.name)!, x: state.x + offset.x, y: state.y + offset.y };
    if (state.transitions) {
      next.transitions = state.transitions
        .filter((t) => renames.has(t.to) || existing.has(t.to))
        .map((t) => ({ ...t, to: renames.get(t.to) ?? t.to }));
    }
    return next;
  });
  const next: FluxDocument = { ...doc, states: [...doc.states, ...pasted] };
  if (doc.states.length === 0 && pasted[0]) next.startState = pasted[0].name;
  return { doc: next, names: pasted.map((s) => s.name) };
}

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
