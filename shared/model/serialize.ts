import type { FluxAction, FluxDocument, FluxLine, FluxProperty, FluxState, FluxTransition } from './types';

// The key order TORO's tools write (FLUX.md, "The .flux file", and the files it describes), so a
// file they wrote comes back byte for byte. Unknown keys follow, in the order they came in.
const ROOT_KEYS = ['comment', 'triggers', 'tags', 'input', 'output', 'startState', 'states'];
const STATE_KEYS = ['name', 'displayName', 'x', 'y', 'comment', 'waiting', 'action', 'input', 'output', 'transitions'];
const ACTION_KEYS = ['type', 'className', 'methodName', 'parameters', 'name', 'code', 'lines', 'inputs', 'outputs'];
const LINE_KEYS = ['type', 'from', 'expression', 'evaluate', 'to'];
const TRANSITION_KEYS = ['comments', 'event', 'wait', 'lines', 'to'];
const PROPERTY_KEYS = ['name', 'type', 'reference', 'array', 'allowNull', 'defaultValue', 'choices', 'comments', 'gloopProperties'];

/** The canonical text of a document: fixed key order, two-space indentation, a final newline. */
export function serializeFlux(doc: FluxDocument): string {
  return `${JSON.stringify(ordered(doc, ROOT_KEYS, rootField), null, 2)}\n`;
}

type Reorder = (key: string, value: unknown) => unknown;

function rootField(key: string, value: unknown): unknown {
  if (key === 'states') return (value as FluxState[]).map((s) => ordered(s, STATE_KEYS, stateField));
  if (key === 'input' || key === 'output') return properties(value);
  return value;
}

function stateField(key: string, value: unknown): unknown {
  if (key === 'action') return ordered(value as FluxAction, ACTION_KEYS, actionField);
  if (key === 'input' || key === 'output') return properties(value);
  if (key === 'transitions') return (value as FluxTransition[]).map((t) => ordered(t, TRANSITION_KEYS, transitionField));
  return value;
}

function actionField(key: string, value: unknown): unknown {
  return key === 'lines' || key === 'inputs' || key === 'outputs' ? lines(value) : value;
}

function transitionField(key: string, value: unknown): unknown {
  return key === 'lines' ? lines(value) : value;
}

function propertyField(key: string, value: unknown): unknown {
  return key === 'gloopProperties' ? properties(value) : value;
}

// Known keys keep their shape only where the document's reader accepted them; anything else is
// written as it is, so serializing never loses data.
function lines(value: unknown): unknown {
  return Array.isArray(value) ? (value as FluxLine[]).map((l) => ordered(l, LINE_KEYS, keep)) : value;
}

function properties(value: unknown): unknown {
  return Array.isArray(value) ? (value as FluxProperty[]).map((p) => ordered(p, PROPERTY_KEYS, propertyField)) : value;
}

function keep(_key: string, value: unknown): unknown {
  return value;
}

function ordered(value: object, keys: readonly string[], reorder: Reorder): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  // A null prototype, so a "__proto__" field is written as a plain key.
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined) out[key] = reorder(key, source[key]);
  }
  for (const key of Object.keys(source)) {
    if (!keys.includes(key) && source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

