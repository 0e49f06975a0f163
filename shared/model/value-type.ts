import { PROPERTY_TYPES, type FluxPropertyType } from './types';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const LONG_LIMIT = 2n ** 63n;
const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True when `type` is one of FLUX.md's property types. */
export function isPropertyType(type: string): type is FluxPropertyType {
  return (PROPERTY_TYPES as readonly string[]).includes(type);
}

/**
 * Why `value` is not a value of a property of `type` (absent type means string), or null when it
 * is. Text that converts cleanly counts (`"42"` for an integer), since files and events carry
 * numbers and booleans as text too. Unknown types accept anything: they are reported elsewhere.
 */
export function valueTypeProblem(type: string | undefined, value: unknown): string | null {
  const t = type ?? 'string';
  switch (t) {
    case 'string':
      return ['string', 'number', 'boolean'].includes(typeof value) ? null : 'expected text';
    case 'integer':
    case 'long':
      return integerProblem(t, value);
    case 'double':
      if (typeof value === 'number') return null;
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? null : 'expected a number';
    case 'bigDecimal':
      if (typeof value === 'number') return null;
      return typeof value === 'string' && DECIMAL_TEXT.test(value) ? null : 'expected a decimal number';
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : 'expected true or false';
    case 'date':
      if (typeof value === 'number' && Number.isFinite(value)) return null;
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : 'expected a date (ISO 8601 text such as 2024-05-01T09:00:00Z, or epoch milliseconds)';
    case 'model':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? null : 'expected an object';
    default:
      return null;
  }
}

function integerProblem(type: 'integer' | 'long', value: unknown): string | null {
  let big: bigint;
  if (typeof value === 'number' && Number.isInteger(value)) big = BigInt(value);
  else if (typeof value === 'string' && INTEGER_TEXT.test(value)) big = BigInt(value);
  else return `expected ${type === 'integer' ? 'an integer' : 'a whole number'}`;
  const [min, max] = type === 'integer' ? [BigInt(INT_MIN), BigInt(INT_MAX)] : [-LONG_LIMIT, LONG_LIMIT - 1n];
  return big >= min && big <= max ? null : `${String(value)} is out of the range of ${type}`;
}

/** A key under which equal values of `type` compare equal (`"1"` and `1` for an integer). */
export function valueKey(type: string | undefined, value: unknown): string {
  switch (type) {
    case 'integer':
    case 'long':
    case 'double':
    case 'bigDecimal':
      return typeof value === 'string' || typeof value === 'number' ? `n:${Number(value)}` : JSON.stringify(value);
    case 'boolean':
      return `b:${String(value)}`;
    default:
      return ['string', 'number', 'boolean'].includes(typeof value) ? `s:${String(value)}` : JSON.stringify(value) ?? 'undefined';
  }
}
