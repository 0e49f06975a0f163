import type { ExpressionEnv } from './env';
import { fail, typeName } from './values';

/** A built-in method: receives its receiver, evaluated arguments and the environment. */
export type Method<T> = (self: T, args: unknown[], env: ExpressionEnv) => unknown;

/** Methods by name; a Map, so a name like 'constructor' never finds anything inherited. */
export type MethodTable<T> = Map<string, Method<T>>;

/** Refuses a call with fewer than `min` or more than `max` arguments. */
export function arity(name: string, args: unknown[], min: number, max = min): void {
  if (args.length >= min && args.length <= max) return;
  const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  fail('type', `${name}() takes ${wanted} argument${wanted === '1' ? '' : 's'}, not ${args.length}`);
}

/** The argument at `index` as text. */
export function textArg(name: string, args: unknown[], index: number): string {
  const value = args[index];
  if (typeof value !== 'string') fail('type', `${name}() wants text as argument ${index + 1}, not ${typeName(value)}`);
  return value;
}

/** The argument at `index` as a number. */
export function numberArg(name: string, args: unknown[], index: number): number {
  const value = args[index];
  if (typeof value !== 'number') fail('type', `${name}() wants a number as argument ${index + 1}, not ${typeName(value)}`);
  return value;
}

/** The argument at `index` as a whole number. */
export function wholeArg(name: string, args: unknown[], index: number): number {
  const value = numberArg(name, args, index);
  if (!Number.isInteger(value)) fail('type', `${name}() wants a whole number as argument ${index + 1}, not ${value}`);
  return value;
}

/** A table from plain functions that take the receiver and checked arguments. */
export function table<T>(entries: Record<string, Method<T>>): MethodTable<T> {
  return new Map(Object.entries(entries));
}
