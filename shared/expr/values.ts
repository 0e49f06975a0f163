import { forbiddenNames } from './ast';
import { ExpressionError, type ExpressionErrorCode } from './error';
import type { Scope } from './scope';

// Values an expression works with: null, boolean, number, string, list (array), map (plain
// object), Date, and the two objects below. Anything else the engine passes in is opaque: it can
// be passed along and compared, never looked into.

/** What `new Random()` gives: a source of numbers in [0, 1). */
export class RandomValue {
  constructor(readonly next: () => number) {}
}

/** What `$context` gives when the scope has no variable of that name: a view of the scope itself. */
export class ContextView {
  constructor(readonly scope: Scope) {}
}

/** Longest string an expression may build, so `'x' * 1e9` fails instead of exhausting memory. */
export const maxStringLength = 10_000_000;
// Cyclic structures from the engine must not hang display or equality.
const maxDepth = 100;

/** An ExpressionError without a position; the compiled node that catches it adds one. */
export function fail(code: ExpressionErrorCode, message: string): never {
  throw new ExpressionError(code, message);
}

/** True for a plain object (a map), never for a class instance, array or function. */
export function isMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The value of `key` if the map owns it, else null; inherited keys are never reached. */
export function ownValue(map: Record<string, unknown>, key: string): unknown {
  if (!Object.hasOwn(map, key)) return null;
  const value = map[key];
  return value === undefined ? null : value;
}

/** Refuses a computed key that would reach JavaScript's machinery instead of data. */
export function checkKey(key: string): string {
  if (forbiddenNames.has(key)) fail('forbidden', `'${key}' is not available in expressions`);
  return key;
}

/** A name for the kind of value, as error messages show it. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value instanceof RandomValue) return 'a Random';
  if (value instanceof ContextView) return '$context';
  if (isMap(value)) return 'a map';
  return 'an object';
}

/** Groovy truth: null, false, 0, '' and empty lists and maps are false; everything else is true. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (typeof value) {
    case 'boolean': return value;
    case 'number': return value !== 0;
    case 'string': return value !== '';
  }
  if (Array.isArray(value)) return value.length > 0;
  if (isMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Groovy's `==`: numbers by value, lists and maps element by element, dates by time. */
export function valuesEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (depth > maxDepth) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => valuesEqual(item, b[i], depth + 1));
  }
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && valuesEqual(a[k], b[k], depth + 1));
  }
  return false;
}

/** Groovy's `<=>`: -1, 0 or 1; null sorts first; other mixed kinds are a type error. */
export function compareValues(a: unknown, b: unknown): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull && bNull ? 0 : aNull ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  return fail('type', `cannot compare ${typeName(a)} with ${typeName(b)}`);
}

/** Groovy's toString, as interpolation and `+` show a value: [1, 2], [a:1], null. */
export function display(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > maxDepth) return '...';
  if (Array.isArray(value)) return `[${value.map((item) => display(item, depth + 1)).join(', ')}]`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (isMap(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? '[:]' : `[${keys.map((k) => `${k}:${display(value[k], depth + 1)}`).join(', ')}]`;
  }
  if (value instanceof RandomValue) return 'java.util.Random';
  if (value instanceof ContextView) return '$context';
  // Never call an unknown object's own toString: it is not ours to run.
  return `[${typeof value}]`;
}

/** A string result, refused when it would pass the length limit. */
export function checkedString(value: string): string {
  if (value.length > maxStringLength) fail('limit', `the result would be longer than ${maxStringLength} characters`);
  return value;
}
