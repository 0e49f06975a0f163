// The document types of a .flux file, shaped exactly as the file is, so a document is plain JSON
// data. Unknown fields are kept as extra own properties of these objects (the types do not list
// them, so a typo in code is still a compile error): update objects with spread (`{ ...state, x }`)
// and they survive, and the serializer writes them after the known fields.

/** The property types FLUX.md defines; any other `type` is a validation error. */
export const PROPERTY_TYPES = [
  'string',
  'integer',
  'long',
  'double',
  'bigDecimal',
  'boolean',
  'date',
  'object',
  'model',
] as const;

/** One of the property types FLUX.md defines. */
export type FluxPropertyType = (typeof PROPERTY_TYPES)[number];

/** A declared input or output (of the service or of a state). `type` absent means string. */
export interface FluxProperty {
  name: string;
  /** Kept as written: an unknown type still opens, and validation reports it. */
  type?: string;
  /** The model a `model` property refers to by name. */
  reference?: string;
  array?: boolean;
  /** `false` makes the input required. */
  allowNull?: boolean;
  defaultValue?: unknown;
  choices?: unknown[];
  comments?: string;
  /** An inline model's fields. */
  gloopProperties?: FluxProperty[];
}

/** A path into the run's variables: `["order", "quantity"]`. */
export type FluxPath = string[];

/** A mapping line that copies the value at `from` to `to`. */
export interface FluxCopyLine {
  type?: undefined;
  from: FluxPath;
  to: FluxPath;
}

/** A mapping line that writes a literal, or an expression's value when `evaluate` is true. */
export interface FluxSetLine {
  type: 'set';
  expression: string;
  evaluate?: boolean;
  to: FluxPath;
}

/** A mapping line: copy a value, or set one. */
export type FluxLine = FluxCopyLine | FluxSetLine;

/** `{}`: a state that does nothing but choose its transition. */
export interface FluxNoAction {
  type?: undefined;
  lines?: undefined;
}

/** `{ lines }`: a map step. */
export interface FluxMapAction {
  type?: undefined;
  lines: FluxLine[];
}

/** Calls a built-in function (see builtins.ts). */
export interface FluxInvokeCodeAction {
  type: 'invokeCode';
  className: string;
  methodName: string;
  /** Parameter types as TORO writes them (`["String"]`). */
  parameters?: string[];
  inputs?: FluxLine[];
  outputs?: FluxLine[];
}

/** Invokes another service by its name (`orders.Checkout`). */
export interface FluxInvokeGloopAction {
  type: 'invokeGloop';
  name: string;
  inputs?: FluxLine[];
  outputs?: FluxLine[];
}

/** JavaScript the user wrote on purpose; it runs in an isolated worker. */
export interface FluxScriptAction {
  type: 'script';
  code: string;
  inputs?: FluxLine[];
  outputs?: FluxLine[];
}

/** A state's action, tagged by `type` (absent for `{}` and map steps; see `actionKind`). */
export type FluxAction =
  | FluxNoAction
  | FluxMapAction
  | FluxInvokeCodeAction
  | FluxInvokeGloopAction
  | FluxScriptAction;

/** The kind of an action, including the two kinds the file leaves untagged. */
export type FluxActionKind = 'none' | 'map' | 'invokeCode' | 'invokeGloop' | 'script';

/** An arrow from a state to a state (or to itself). */
export interface FluxTransition {
  comments?: string;
  /** The `$fluxEvent` value that picks it; also `$else` and `$exception`. */
  event?: string;
  /** `duration:SECONDS` or `date:EXPR`: a delay before the target is entered (a time-out in a waiting state). */
  wait?: string;
  /** Carry values into the target state's inputs. */
  lines?: FluxLine[];
  to: string;
}

/** One step of the workflow. */
export interface FluxState {
  name: string;
  displayName?: string;
  x: number;
  y: number;
  comment?: string;
  waiting?: boolean;
  action: FluxAction;
  input: FluxProperty[];
  output: FluxProperty[];
  transitions?: FluxTransition[];
}

/** A whole .flux file. */
export interface FluxDocument {
  comment?: string;
  triggers?: string[];
  tags?: string[];
  input?: FluxProperty[];
  output?: FluxProperty[];
  startState?: string;
  states: FluxState[];
}

/** A problem found in a .flux file; `path` is the JSON path of the value concerned. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  path?: (string | number)[];
  /** 1-based, where the value at `path` (or the syntax error) stands in the file text. */
  line?: number;
  /** 1-based, in UTF-16 code units, as editors count. */
  column?: number;
  /** The state the problem belongs to. */
  state?: string;
  /** The index of the transition (in its state's `transitions`) the problem belongs to. */
  transition?: number;
  /** For a problem inside a string value (an expression): its offset in the decoded string. */
  valueOffset?: number;
}
