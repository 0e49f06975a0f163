// The .flux format (FLUX.md, "The .flux file") as a JSON Schema, for completion and errors in the
// Source tab. Unknown fields are allowed, as the format keeps them; the validator in shared/model
// remains the judge of what a run needs (this only helps typing).
import { BUILTINS, PROPERTY_TYPES } from '../../../shared/model';

const path = { type: 'array', items: { type: 'string' }, description: 'A path into the run\'s variables: ["order", "quantity"].' };

const line = {
  type: 'object',
  description: 'A mapping line: copy a value (from/to), or set one (type "set").',
  properties: {
    type: { enum: ['set'], description: 'Set a literal, or an expression\'s value when evaluate is true.' },
    from: path,
    to: path,
    expression: { type: 'string', description: 'A literal, or an expression when evaluate is true.' },
    evaluate: { type: 'boolean' },
  },
  required: ['to'],
};

const lines = { type: 'array', items: { $ref: '#/definitions/line' } };

const property = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    type: { enum: [...PROPERTY_TYPES], description: 'string when absent.' },
    reference: { type: 'string', description: 'The model a model property refers to.' },
    array: { type: 'boolean' },
    allowNull: { type: 'boolean', description: 'false makes the input required.' },
    defaultValue: {},
    choices: { type: 'array' },
    comments: { type: 'string' },
    gloopProperties: { type: 'array', items: { $ref: '#/definitions/property' } },
  },
  required: ['name'],
};

const action = {
  type: 'object',
  description: '{} does nothing, { lines } maps, or a typed action: invokeCode, invokeGloop, script.',
  properties: {
    type: { enum: ['invokeCode', 'invokeGloop', 'script'] },
    lines,
    className: { enum: [...new Set(BUILTINS.map((b) => b.className))] },
    methodName: { enum: [...new Set(BUILTINS.map((b) => b.methodName))] },
    parameters: { type: 'array', items: { type: 'string' } },
    name: { type: 'string', description: 'The service to invoke, by its dotted name.' },
    code: { type: 'string', description: 'JavaScript; it sees the state\'s inputs and returns its outputs.' },
    inputs: lines,
    outputs: lines,
  },
};

const transition = {
  type: 'object',
  properties: {
    to: { type: 'string', description: 'The target state\'s name.' },
    event: { type: 'string', description: 'The $fluxEvent value that picks it; also $else and $exception.' },
    wait: { type: 'string', pattern: '^(duration:|date:)', description: 'duration:SECONDS or date:EXPR.' },
    lines,
    comments: { type: 'string' },
  },
  required: ['to'],
};

const state = {
  type: 'object',
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'An identifier, unique in the service.' },
    displayName: { type: 'string' },
    x: { type: 'number' },
    y: { type: 'number' },
    comment: { type: 'string' },
    waiting: { type: 'boolean', description: 'Pauses until an external event resumes the run.' },
    action: { $ref: '#/definitions/action' },
    input: { type: 'array', items: { $ref: '#/definitions/property' } },
    output: { type: 'array', items: { $ref: '#/definitions/property' } },
    transitions: { type: 'array', items: { $ref: '#/definitions/transition' } },
  },
  required: ['name', 'x', 'y', 'action', 'input', 'output'],
};

/** The JSON Schema of a .flux file. */
export const FLUX_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Flux service',
  type: 'object',
  properties: {
    comment: { type: 'string', description: 'Markdown.' },
    triggers: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Event names that start a run.' },
    tags: { type: 'array', items: { type: 'string' }, description: 'Labels of its runs; ${} expressions see the inputs.' },
    input: { type: 'array', items: { $ref: '#/definitions/property' } },
    output: { type: 'array', items: { $ref: '#/definitions/property' } },
    startState: { type: 'string' },
    states: { type: 'array', items: { $ref: '#/definitions/state' } },
  },
  required: ['states'],
  definitions: { line, property, action, transition, state },
} as const;

/** The schema's id, matched to the Source tab's models by their .flux file names. */
export const FLUX_SCHEMA_URI = 'inmemory://flux-studio/flux.schema.json';
