import { arity, numberArg, table, textArg, wholeArg, type MethodTable } from './args';
import { toWhole } from './conversions';
import { add, subtract } from './operators';
import { ContextView, RandomValue, compareValues, fail } from './values';

/** Methods of numbers. */
export const numberMethods: MethodTable<number> = table<number>({
  intValue: (n, a) => (arity('intValue', a, 0), Math.trunc(n)),
  longValue: (n, a) => (arity('longValue', a, 0), Math.trunc(n)),
  toInteger: (n, a) => (arity('toInteger', a, 0), toWhole(n)),
  toLong: (n, a) => (arity('toLong', a, 0), toWhole(n)),
  doubleValue: (n, a) => (arity('doubleValue', a, 0), n),
  floatValue: (n, a) => (arity('floatValue', a, 0), n),
  toDouble: (n, a) => (arity('toDouble', a, 0), n),
  toBigDecimal: (n, a) => (arity('toBigDecimal', a, 0), n),
  abs: (n, a) => (arity('abs', a, 0), Math.abs(n)),
  round: (n, a) => {
    arity('round', a, 0, 1);
    if (a.length === 0) return Math.round(n);
    const factor = 10 ** wholeArg('round', a, 0);
    return Math.round(n * factor) / factor;
  },
  intdiv: (n, a) => {
    arity('intdiv', a, 1);
    const d = numberArg('intdiv', a, 0);
    if (d === 0) fail('arithmetic', 'division by zero');
    return Math.trunc(n / d);
  },
  compareTo: (n, a) => (arity('compareTo', a, 1), compareValues(n, a[0])),
  plus: (n, a) => (arity('plus', a, 1), add(n, a[0])),
  minus: (n, a) => (arity('minus', a, 1), subtract(n, a[0])),
});

/** Methods of dates (java.util.Date as Groovy extends it). */
export const dateMethods: MethodTable<Date> = table<Date>({
  getTime: (d, a) => (arity('getTime', a, 0), d.getTime()),
  before: (d, a) => (arity('before', a, 1), compareValues(d, dateArg('before', a[0])) < 0),
  after: (d, a) => (arity('after', a, 1), compareValues(d, dateArg('after', a[0])) > 0),
  compareTo: (d, a) => (arity('compareTo', a, 1), compareValues(d, dateArg('compareTo', a[0]))),
  plus: (d, a) => (arity('plus', a, 1), add(d, numberArg('plus', a, 0))),
  minus: (d, a) => (arity('minus', a, 1), subtract(d, numberArg('minus', a, 0))),
});

/** Methods of `new Random()`: java.util.Random's, drawing from the environment's source. */
export const randomMethods: MethodTable<RandomValue> = table<RandomValue>({
  nextInt: (r, a) => {
    arity('nextInt', a, 0, 1);
    if (a.length === 0) return Math.floor(r.next() * 2 ** 32) - 2 ** 31;
    const bound = wholeArg('nextInt', a, 0);
    if (bound <= 0) fail('type', `nextInt(${bound}) needs a bound above 0`);
    return Math.floor(r.next() * bound);
  },
  nextDouble: (r, a) => (arity('nextDouble', a, 0), r.next()),
  nextBoolean: (r, a) => (arity('nextBoolean', a, 0), r.next() < 0.5),
});

/** Methods of `$context`, the run's variables as one object. */
export const contextMethods: MethodTable<ContextView> = table<ContextView>({
  hasProperty: (c, a) => (arity('hasProperty', a, 1), c.scope.has(textArg('hasProperty', a, 0))),
  getProperty: (c, a) => {
    arity('getProperty', a, 1);
    const name = textArg('getProperty', a, 0);
    return c.scope.has(name) ? (c.scope.get(name) ?? null) : null;
  },
});

function dateArg(name: string, value: unknown): Date {
  if (!(value instanceof Date)) fail('type', `${name}() wants a date`);
  return value;
}
