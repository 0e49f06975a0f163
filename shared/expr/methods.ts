import { table, type MethodTable } from './args';
import { listMethods, mapMethods } from './collectionMethods';
import type { ExpressionEnv } from './env';
import { contextMethods, dateMethods, numberMethods, randomMethods } from './otherMethods';
import { stringMethods } from './stringMethods';
import { ContextView, RandomValue, display, fail, isMap, typeName, valuesEqual } from './values';

// Every value answers these, as every Java object does.
const commonMethods: MethodTable<unknown> = table<unknown>({
  toString: (v: unknown) => display(v),
  equals: (v: unknown, a: unknown[]) => valuesEqual(v, a[0]),
});

function methodsOf(value: unknown): MethodTable<never> | undefined {
  if (typeof value === 'string') return stringMethods;
  if (typeof value === 'number') return numberMethods;
  if (Array.isArray(value)) return listMethods;
  if (value instanceof Date) return dateMethods;
  if (value instanceof RandomValue) return randomMethods;
  if (value instanceof ContextView) return contextMethods;
  if (isMap(value)) return mapMethods;
  return undefined;
}

/** Calls a built-in method on a value; anything not in the tables is an 'unknown-method' error. */
export function callMethod(self: unknown, name: string, args: unknown[], env: ExpressionEnv): unknown {
  const method = (methodsOf(self) as MethodTable<unknown> | undefined)?.get(name) ?? commonMethods.get(name);
  if (method === undefined) return fail('unknown-method', `${typeName(self)} has no method '${name}'`);
  return method(self, args, env);
}

/** True when `value.name(...)` would find a method. */
export function hasMethod(value: unknown, name: string): boolean {
  return methodsOf(value)?.has(name) === true || commonMethods.has(name);
}
