// Reading and writing the `[segment, ...]` paths of mapping lines, without ever reaching
// inherited properties (a path of `__proto__` must not touch Object.prototype).
import type { Vars } from './types';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** The value at `rest` inside `root`, or null when any segment is missing. */
export function readPath(root: unknown, rest: readonly string[]): unknown {
  let value = root;
  for (const segment of rest) {
    if (value === null || typeof value !== 'object') return null;
    if (Array.isArray(value) && /^\d+$/.test(segment)) {
      value = value[Number(segment)];
    } else if (Object.hasOwn(value, segment)) {
      value = (value as Vars)[segment];
    } else {
      return null;
    }
  }
  return value === undefined ? null : value;
}

/**
 * A copy of `target` with `value` written at `path` (objects created on the way), so the run it
 * belongs to is never changed in place.
 */
export function writePath(target: Vars, path: readonly string[], value: unknown): Vars {
  const [head, ...rest] = path;
  if (head === undefined) return target;
  if (FORBIDDEN.has(head)) throw new Error(`the path segment '${head}' cannot be written`);
  if (rest.length === 0) return { ...target, [head]: value };
  const inner = Object.hasOwn(target, head) ? target[head] : undefined;
  const child = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Vars) : {};
  return { ...target, [head]: writePath(child, rest, value) };
}
