// fast-check arbitraries of .flux documents, for property tests here and wherever documents
// travel (the API payloads, the editor's commands). Every document they build is readable: the
// right shape, with unknown fields at every level, but not necessarily valid.
import fc from 'fast-check';
import type { FluxAction, FluxDocument, FluxLine, FluxProperty, FluxState, FluxTransition } from './types';

const KNOWN_KEYS = [
  'comment', 'triggers', 'tags', 'input', 'output', 'startState', 'states', 'name', 'displayName', 'x', 'y', 'waiting',
  'action', 'transitions', 'type', 'className', 'methodName', 'parameters', 'code', 'lines', 'inputs', 'outputs',
  'from', 'expression', 'evaluate', 'to', 'event', 'wait', 'comments', 'reference', 'array', 'allowNull',
  'defaultValue', 'choices', 'gloopProperties',
];

const text = fc.string({ unit: 'binary', maxLength: 12 });
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,7}$/);
// JSON text cannot hold -0 (it is written 0), so no file carries one.
const json = fc.jsonValue({ maxDepth: 2 }).map(withoutNegativeZero);

function withoutNegativeZero(value: unknown): fc.JsonValue {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, fc.JsonValue> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: withoutNegativeZero(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value as fc.JsonValue;
}
// Unknown keys: not a known key (it would be read as one), not an integer (JavaScript orders those
// first, so their place cannot be kept), and not "__proto__" (test equality trips on it).
const unknownKey = fc
  .string({ minLength: 1, maxLength: 8 })
  .filter((k) => !KNOWN_KEYS.includes(k) && !/^\d+$/.test(k) && k !== '__proto__');
const unknownFields = fc.dictionary(unknownKey, json, { maxKeys: 2 });

function withUnknown<T extends object>(known: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(known, unknownFields).map(([k, u]) => ({ ...u, ...k }));
}

const path = fc.array(text, { minLength: 1, maxLength: 3 });

/** A copy line or a set line. */
export const fluxLineArbitrary: fc.Arbitrary<FluxLine> = withUnknown(
  fc.oneof(
    fc.record({ from: path, to: path }),
    fc.record({ type: fc.constant('set' as const), expression: text, evaluate: fc.boolean(), to: path }, { requiredKeys: ['type', 'expression', 'to'] }),
  ),
);

const lines = fc.array(fluxLineArbitrary, { maxLength: 3 });

/** A declared property, with inline model fields two levels deep at most. */
export const fluxPropertyArbitrary: fc.Arbitrary<FluxProperty> = fc.letrec<{ property: FluxProperty }>((tie) => ({
  property: withUnknown(
    fc.record(
      {
        name: identifier,
        type: fc.oneof(fc.constantFrom('string', 'integer', 'model', 'object'), text),
        reference: text,
        array: fc.boolean(),
        allowNull: fc.boolean(),
        defaultValue: json,
        choices: fc.array(json, { maxLength: 3 }),
        comments: text,
        gloopProperties: fc.array(tie('property'), { maxLength: 2, depthIdentifier: 'property' }),
      },
      { requiredKeys: ['name'] },
    ),
  ),
})).property;

const properties = fc.array(fluxPropertyArbitrary, { maxLength: 3 });

/** Any of the five kinds of action. */
export const fluxActionArbitrary: fc.Arbitrary<FluxAction> = withUnknown(
  fc.oneof(
    fc.constant({}),
    fc.record({ lines }),
    fc.record(
      { type: fc.constant('invokeCode' as const), className: text, methodName: text, parameters: fc.array(text, { maxLength: 2 }), inputs: lines, outputs: lines },
      { requiredKeys: ['type', 'className', 'methodName'] },
    ),
    fc.record({ type: fc.constant('invokeGloop' as const), name: text, inputs: lines, outputs: lines }, { requiredKeys: ['type', 'name'] }),
    fc.record({ type: fc.constant('script' as const), code: text, inputs: lines, outputs: lines }, { requiredKeys: ['type', 'code'] }),
  ),
) as fc.Arbitrary<FluxAction>;

/** A transition to one of `names` (or anywhere when none is given). */
export function fluxTransitionArbitrary(names: fc.Arbitrary<string> = identifier): fc.Arbitrary<FluxTransition> {
  return withUnknown(
    fc.record(
      { comments: text, event: fc.oneof(fc.constantFrom('$else', '$exception'), text), wait: text, lines, to: names },
      { requiredKeys: ['to'] },
    ),
  );
}

const coordinate = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)));

/** A state whose transitions go to one of `names`. */
export function fluxStateArbitrary(names: fc.Arbitrary<string> = identifier): fc.Arbitrary<FluxState> {
  return withUnknown(
    fc.record(
      {
        name: identifier,
        displayName: text,
        x: coordinate,
        y: coordinate,
        comment: text,
        waiting: fc.boolean(),
        action: fluxActionArbitrary,
        input: properties,
        output: properties,
        transitions: fc.array(fluxTransitionArbitrary(names), { maxLength: 3 }),
      },
      { requiredKeys: ['name', 'x', 'y', 'action', 'input', 'output'] },
    ),
  );
}

/** A whole document of up to `maxStates` states. */
export function fluxDocumentArbitrary(maxStates = 5): fc.Arbitrary<FluxDocument> {
  return fc.array(identifier, { minLength: 1, maxLength: maxStates }).chain((names) =>
    withUnknown(
      fc.record(
        {
          comment: text,
          triggers: fc.array(text, { maxLength: 2 }),
          tags: fc.array(text, { maxLength: 2 }),
          input: properties,
          output: properties,
          startState: fc.constantFrom(...names),
          states: fc.array(fluxStateArbitrary(fc.constantFrom(...names)), { maxLength: maxStates }),
        },
        { requiredKeys: ['states'] },
      ),
    ),
  );
}
