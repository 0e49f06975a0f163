import { arity, table, textArg, wholeArg, type MethodTable } from './args';
import { add, subtract } from './operators';
import { getIndex } from './properties';
import { checkKey, compareValues, display, fail, isMap, ownValue, valuesEqual } from './values';

/** Methods of lists. Ones that reorder (sort, reverse, unique) return a new list. */
export const listMethods: MethodTable<unknown[]> = table<unknown[]>({
  size: (l, a) => (arity('size', a, 0), l.length),
  isEmpty: (l, a) => (arity('isEmpty', a, 0), l.length === 0),
  contains: (l, a) => (arity('contains', a, 1), l.some((x) => valuesEqual(x, a[0]))),
  containsAll: (l, a) => {
    arity('containsAll', a, 1);
    const wanted = a[0];
    if (!Array.isArray(wanted)) return fail('type', 'containsAll() wants a list');
    return wanted.every((w) => l.some((x) => valuesEqual(x, w)));
  },
  indexOf: (l, a) => (arity('indexOf', a, 1), l.findIndex((x) => valuesEqual(x, a[0]))),
  count: (l, a) => (arity('count', a, 1), l.filter((x) => valuesEqual(x, a[0])).length),
  join: (l, a) => (arity('join', a, 0, 1), l.map((x) => display(x)).join(a.length > 0 ? textArg('join', a, 0) : '')),
  get: (l, a) => (arity('get', a, 1), getIndex(l, wholeArg('get', a, 0))),
  getAt: (l, a) => (arity('getAt', a, 1), getIndex(l, a[0])),
  // Groovy throws on an empty list; null lets `list.first() ?: fallback` read naturally.
  first: (l, a) => (arity('first', a, 0), l.length > 0 ? l[0] ?? null : null),
  last: (l, a) => (arity('last', a, 0), l.length > 0 ? l[l.length - 1] ?? null : null),
  take: (l, a) => (arity('take', a, 1), l.slice(0, Math.max(0, wholeArg('take', a, 0)))),
  drop: (l, a) => (arity('drop', a, 1), l.slice(Math.max(0, wholeArg('drop', a, 0)))),
  subList: (l, a) => {
    arity('subList', a, 2);
    const from = wholeArg('subList', a, 0);
    const to = wholeArg('subList', a, 1);
    if (from < 0 || to > l.length || from > to) fail('type', `subList(${from}, ${to}) is outside the list (size ${l.length})`);
    return l.slice(from, to);
  },
  sum: (l, a) => (arity('sum', a, 0), l.length === 0 ? null : l.slice(1).reduce((acc, x) => add(acc, x), l[0])),
  max: (l, a) => (arity('max', a, 0), l.reduce<unknown>((best, x) => (best === undefined || compareValues(x, best) > 0 ? x : best), undefined) ?? null),
  min: (l, a) => (arity('min', a, 0), l.reduce<unknown>((best, x) => (best === undefined || compareValues(x, best) < 0 ? x : best), undefined) ?? null),
  sort: (l, a) => (arity('sort', a, 0), [...l].sort(compareValues)),
  reverse: (l, a) => (arity('reverse', a, 0), [...l].reverse()),
  unique: (l, a) => (arity('unique', a, 0), l.filter((x, i) => l.findIndex((y) => valuesEqual(x, y)) === i)),
  flatten: (l, a) => (arity('flatten', a, 0), l.flat(Infinity)),
  plus: (l, a) => (arity('plus', a, 1), add(l, a[0])),
  minus: (l, a) => (arity('minus', a, 1), subtract(l, a[0])),
});

/** Methods of maps. A map's keys are read as properties (`order.id`), so methods need parentheses. */
export const mapMethods: MethodTable<Record<string, unknown>> = table<Record<string, unknown>>({
  size: (m, a) => (arity('size', a, 0), Object.keys(m).length),
  isEmpty: (m, a) => (arity('isEmpty', a, 0), Object.keys(m).length === 0),
  containsKey: (m, a) => (arity('containsKey', a, 1), Object.hasOwn(m, checkKey(keyOf('containsKey', a[0])))),
  hasProperty: (m, a) => (arity('hasProperty', a, 1), Object.hasOwn(m, textArg('hasProperty', a, 0))),
  containsValue: (m, a) => (arity('containsValue', a, 1), Object.values(m).some((v) => valuesEqual(v, a[0]))),
  get: (m, a) => {
    arity('get', a, 1, 2);
    const key = checkKey(keyOf('get', a[0]));
    return Object.hasOwn(m, key) ? ownValue(m, key) : (a[1] ?? null);
  },
  getOrDefault: (m, a) => {
    arity('getOrDefault', a, 2);
    const key = checkKey(keyOf('getOrDefault', a[0]));
    return Object.hasOwn(m, key) ? ownValue(m, key) : (a[1] ?? null);
  },
  keySet: (m, a) => (arity('keySet', a, 0), Object.keys(m)),
  values: (m, a) => (arity('values', a, 0), Object.values(m).map((v) => v ?? null)),
  plus: (m, a) => {
    arity('plus', a, 1);
    if (!isMap(a[0])) return fail('type', 'plus() on a map wants a map');
    return { ...m, ...a[0] };
  },
});

function keyOf(name: string, key: unknown): string {
  if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean') return display(key);
  return fail('type', `${name}() wants a key (text or a number)`);
}
