import type { Diagnostic, FluxDocument, FluxState } from './types';

type Path = (string | number)[];
type Kind = 'string' | 'number' | 'boolean' | 'object' | 'array';

/**
 * Checks that a JSON value has the shape of a .flux document and returns it typed. Any shape
 * problem is an error with the JSON path of the value (and the document is then null), so code
 * downstream can trust the types. The value is not modified: states missing `x`, `y`, `action`,
 * `input` or `output` (which TORO's tools always write) come back as copies with the defaults.
 */
export function readFluxDocument(value: unknown): { document: FluxDocument | null; diagnostics: Diagnostic[] } {
  const reader = new ShapeReader();
  const document = reader.document(value);
  const failed = reader.diagnostics.some((d) => d.severity === 'error');
  return { document: failed ? null : document, diagnostics: reader.diagnostics };
}

const ACTION_TYPES = ['invokeCode', 'invokeGloop', 'script'];

class ShapeReader {
  readonly diagnostics: Diagnostic[] = [];
  // The path of the value being read, pushed and popped as the reader descends (copied only
  // when a problem is reported), and the state being read, so messages can name it.
  private readonly path: Path = [];
  private state: string | undefined;

  document(value: unknown): FluxDocument | null {
    if (!isObject(value)) {
      this.report(undefined, 'schema-wrong-type', `must be a JSON object, found ${describe(value)}`);
      return null;
    }
    this.optional(value, 'comment', 'string');
    this.stringList(value, 'triggers');
    this.stringList(value, 'tags');
    this.properties(value, 'input');
    this.properties(value, 'output');
    this.optional(value, 'startState', 'string');
    if (!('states' in value)) {
      this.report('states', 'schema-missing-field', 'is required but missing (write "states": [] for an empty service)');
      return null;
    }
    if (!this.optional(value, 'states', 'array')) return null;
    const raw = value.states as unknown[];
    let changed = false;
    this.path.push('states');
    const states = raw.map((item, index) => {
      this.path.push(index);
      const state = this.stateObject(item);
      this.path.pop();
      if (state !== item) changed = true;
      return state;
    });
    this.path.pop();
    this.state = undefined;
    return (changed ? { ...value, states } : value) as unknown as FluxDocument;
  }

  private stateObject(value: unknown): unknown {
    this.state = undefined;
    if (!isObject(value)) {
      this.report(undefined, 'schema-wrong-type', `must be a state object, found ${describe(value)}`);
      return value;
    }
    if (typeof value.name === 'string') this.state = value.name;
    this.required(value, 'name', 'string');
    this.optional(value, 'displayName', 'string');
    this.optional(value, 'x', 'number');
    this.optional(value, 'y', 'number');
    this.optional(value, 'comment', 'string');
    this.optional(value, 'waiting', 'boolean');
    if (this.optional(value, 'action', 'object')) this.inside('action', () => this.action(value.action as Record<string, unknown>));
    this.properties(value, 'input');
    this.properties(value, 'output');
    this.each(value, 'transitions', (t) => this.transition(t));
    if ('x' in value && 'y' in value && 'action' in value && 'input' in value && 'output' in value) return value;
    const defaults: Partial<FluxState> = {};
    if (!('x' in value)) defaults.x = 0;
    if (!('y' in value)) defaults.y = 0;
    if (!('action' in value)) defaults.action = {};
    if (!('input' in value)) defaults.input = [];
    if (!('output' in value)) defaults.output = [];
    return { ...value, ...defaults };
  }

  private action(value: Record<string, unknown>): void {
    const type = value.type;
    if (type === undefined) {
      this.each(value, 'lines', (line) => this.line(line));
      return;
    }
    if (typeof type !== 'string') {
      this.report('type', 'schema-wrong-type', `must be a string, found ${describe(type)}`);
      return;
    }
    if (!ACTION_TYPES.includes(type)) {
      this.report('type', 'schema-unknown-action', `unknown action type "${type}" (expected invokeCode, invokeGloop or script, or no type for a map step)`);
      return;
    }
    if (type === 'invokeCode') {
      this.required(value, 'className', 'string');
      this.required(value, 'methodName', 'string');
      this.stringList(value, 'parameters');
    } else if (type === 'invokeGloop') {
      this.required(value, 'name', 'string');
    } else {
      this.required(value, 'code', 'string');
    }
    this.each(value, 'inputs', (line) => this.line(line));
    this.each(value, 'outputs', (line) => this.line(line));
  }

  private transition(value: unknown): void {
    if (!isObject(value)) {
      this.report(undefined, 'schema-wrong-type', `must be a transition object, found ${describe(value)}`);
      return;
    }
    this.optional(value, 'comments', 'string');
    this.optional(value, 'event', 'string');
    this.optional(value, 'wait', 'string');
    this.each(value, 'lines', (line) => this.line(line));
    this.required(value, 'to', 'string');
  }

  private line(value: unknown): void {
    if (!isObject(value)) {
      this.report(undefined, 'schema-wrong-type', `must be a mapping line object, found ${describe(value)}`);
      return;
    }
    if (value.type === undefined) {
      this.pathField(value, 'from');
    } else if (value.type === 'set') {
      this.required(value, 'expression', 'string');
      this.optional(value, 'evaluate', 'boolean');
    } else {
      this.report('type', 'schema-unknown-line', `unknown line type ${JSON.stringify(value.type)} (expected "set", or no type for a copy line)`);
      return;
    }
    this.pathField(value, 'to');
  }

  private pathField(owner: Record<string, unknown>, key: string): void {
    if (!this.required(owner, key, 'array')) return;
    const segments = owner[key] as unknown[];
    if (segments.length === 0) {
      this.report(key, 'schema-empty-path', 'must name at least one segment, such as ["order", "quantity"]');
    }
    this.stringList(owner, key);
  }

  private properties(owner: Record<string, unknown>, key: string): void {
    this.each(owner, key, (p) => this.property(p));
  }

  private property(value: unknown): void {
    if (!isObject(value)) {
      this.report(undefined, 'schema-wrong-type', `must be a property object, found ${describe(value)}`);
      return;
    }
    this.required(value, 'name', 'string');
    this.optional(value, 'type', 'string');
    this.optional(value, 'reference', 'string');
    this.optional(value, 'array', 'boolean');
    this.optional(value, 'allowNull', 'boolean');
    this.optional(value, 'choices', 'array');
    this.optional(value, 'comments', 'string');
    this.properties(value, 'gloopProperties');
  }

  private stringList(owner: Record<string, unknown>, key: string): void {
    this.each(owner, key, (item) => {
      if (typeof item !== 'string') this.report(undefined, 'schema-wrong-type', `must be a string, found ${describe(item)}`);
    });
  }

  /** Reads each item of an optional array field, with the path at the item. */
  private each(owner: Record<string, unknown>, key: string, read: (item: unknown) => void): void {
    if (!this.optional(owner, key, 'array')) return;
    const items = owner[key] as unknown[];
    this.path.push(key);
    for (let i = 0; i < items.length; i++) {
      this.path.push(i);
      read(items[i]);
      this.path.pop();
    }
    this.path.pop();
  }

  private inside(segment: string, read: () => void): void {
    this.path.push(segment);
    read();
    this.path.pop();
  }

  /** True when the field is present and of the kind; reports it when missing. */
  private required(owner: Record<string, unknown>, key: string, kind: Kind): boolean {
    if (!Object.prototype.hasOwnProperty.call(owner, key) || owner[key] === undefined) {
      this.report(key, 'schema-missing-field', 'is required but missing');
      return false;
    }
    return this.optional(owner, key, kind);
  }

  /** True when the field is present and of the kind; reports it when present with another kind. */
  private optional(owner: Record<string, unknown>, key: string, kind: Kind): boolean {
    if (!Object.prototype.hasOwnProperty.call(owner, key) || owner[key] === undefined) return false;
    const value = owner[key];
    if (kindOf(value) === kind) return true;
    this.report(key, 'schema-wrong-type', `must be ${article(kind)}, found ${describe(value)}`);
    return false;
  }

  private report(key: string | undefined, code: string, message: string): void {
    const path = key === undefined ? [...this.path] : [...this.path, key];
    const where = path.length > 0 ? formatPath(path) : 'the file';
    const inState = this.state !== undefined ? ` (state '${this.state}')` : '';
    const diagnostic: Diagnostic = { code, severity: 'error', message: `${where}${inState}: ${message}`, path };
    if (this.state !== undefined) diagnostic.state = this.state;
    if (path[0] === 'states' && path[2] === 'transitions' && typeof path[3] === 'number') diagnostic.transition = path[3];
    this.diagnostics.push(diagnostic);
  }
}

/** `states[2].transitions[0].to`: a JSON path as a reader writes it. */
export function formatPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): Kind | 'null' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'other';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as Kind;
  return 'other';
}

function article(kind: Kind): string {
  return kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`;
}

function describe(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'null') return 'null';
  if (kind === 'other') return typeof value === 'number' ? String(value) : `a ${typeof value}`;
  if (kind === 'string') return `the string ${JSON.stringify(value).slice(0, 40)}`;
  if (kind === 'number' || kind === 'boolean') return `${article(kind)} (${String(value)})`;
  return article(kind);
}
