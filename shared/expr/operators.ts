import type { BinaryOperator } from './ast';
import { checkedString, compareValues, display, fail, isMap, maxStringLength, typeName, valuesEqual } from './values';

const day = 86_400_000;

/** Groovy's `+`: sums numbers, joins text, appends to lists, merges maps, adds days to a date. */
export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string') return checkedString(a + display(b));
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (typeof b === 'string' && (a === null || typeof a === 'number' || typeof a === 'boolean')) {
    return checkedString(display(a) + b);
  }
  if (isMap(a) && isMap(b)) return { ...a, ...b };
  if (a instanceof Date && typeof b === 'number') return new Date(a.getTime() + wholeDays(b) * day);
  return fail('type', `cannot add ${typeName(b)} to ${typeName(a)}`);
}

/** Groovy's `-`: subtracts numbers, removes items from a list or the first occurrence from text. */
export function subtract(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (Array.isArray(a)) {
    return Array.isArray(b)
      ? a.filter((x) => !b.some((y) => valuesEqual(x, y)))
      : a.filter((x) => !valuesEqual(x, b));
  }
  if (typeof a === 'string' && typeof b === 'string') {
    const at = a.indexOf(b);
    return at === -1 ? a : a.slice(0, at) + a.slice(at + b.length);
  }
  if (a instanceof Date && typeof b === 'number') return new Date(a.getTime() - wholeDays(b) * day);
  return fail('type', `cannot subtract ${typeName(b)} from ${typeName(a)}`);
}

/** Groovy's `*`: multiplies numbers, repeats text. */
export function multiply(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  if (typeof a === 'string' && typeof b === 'number') {
    if (!Number.isInteger(b) || b < 0) fail('type', `text can be repeated a whole number of times, not ${b}`);
    if (a.length * b > maxStringLength) fail('limit', `the result would be longer than ${maxStringLength} characters`);
    return a.repeat(b);
  }
  return fail('type', `cannot multiply ${typeName(a)} by ${typeName(b)}`);
}

/** `/` gives a fraction, as in Groovy (7 / 2 is 3.5); use intdiv() for a whole quotient. */
export function divide(a: unknown, b: unknown): unknown {
  const [x, y] = numbers('divide', a, b);
  if (y === 0) fail('arithmetic', 'division by zero');
  return x / y;
}

/** `%`, the remainder, with the sign of the dividend as in Java. */
export function remainder(a: unknown, b: unknown): unknown {
  const [x, y] = numbers('take the remainder of', a, b);
  if (y === 0) fail('arithmetic', 'division by zero');
  return x % y;
}

/** `**` */
export function power(a: unknown, b: unknown): unknown {
  const [x, y] = numbers('raise', a, b);
  return x ** y;
}

/** Unary `-` and `+`. */
export function negate(a: unknown, operator: '-' | '+'): unknown {
  if (typeof a !== 'number') fail('type', `cannot apply '${operator}' to ${typeName(a)}`);
  return operator === '-' ? -a : a;
}

/** Groovy's `in`: an item of a list, or a key of a map. */
export function isIn(item: unknown, container: unknown): boolean {
  if (container === null || container === undefined) return false;
  if (Array.isArray(container)) return container.some((x) => valuesEqual(x, item));
  if (isMap(container) && (typeof item === 'string' || typeof item === 'number')) return Object.hasOwn(container, String(item));
  return fail('type', `'in' looks in a list or a map, not in ${typeName(container)} (for text use contains())`);
}

function numbers(verb: string, a: unknown, b: unknown): [number, number] {
  if (typeof a !== 'number' || typeof b !== 'number') fail('type', `cannot ${verb} ${typeName(a)} by ${typeName(b)}`);
  return [a, b];
}

function wholeDays(days: number): number {
  if (!Number.isInteger(days)) fail('type', `a date moves by whole days, not ${days}`);
  return days;
}

/** The operators that evaluate both sides; `&&` and `||` short-circuit in the compiler instead. */
export const binaryOperations: Record<Exclude<BinaryOperator, '&&' | '||'>, (a: unknown, b: unknown) => unknown> = {
  '==': valuesEqual,
  '!=': (a, b) => !valuesEqual(a, b),
  '<=>': compareValues,
  '<': (a, b) => compareValues(a, b) < 0,
  '<=': (a, b) => compareValues(a, b) <= 0,
  '>': (a, b) => compareValues(a, b) > 0,
  '>=': (a, b) => compareValues(a, b) >= 0,
  in: isIn,
  '+': add,
  '-': subtract,
  '*': multiply,
  '/': divide,
  '%': remainder,
  '**': power,
};
