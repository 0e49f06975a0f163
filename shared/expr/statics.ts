import type { Expr } from './ast';
import { arity, numberArg, table, textArg, type MethodTable } from './args';
import { toDecimal, toWhole } from './conversions';
import type { ExpressionEnv } from './env';
import { RandomValue, display, fail } from './values';

const mathFunctions: MethodTable<null> = table<null>({
  max: (_, a) => (arity('Math.max', a, 1, Infinity), Math.max(...a.map((_v, i) => numberArg('Math.max', a, i)))),
  min: (_, a) => (arity('Math.min', a, 1, Infinity), Math.min(...a.map((_v, i) => numberArg('Math.min', a, i)))),
  abs: (_, a) => unary('abs', a, Math.abs),
  round: (_, a) => unary('round', a, Math.round),
  floor: (_, a) => unary('floor', a, Math.floor),
  ceil: (_, a) => unary('ceil', a, Math.ceil),
  sqrt: (_, a) => unary('sqrt', a, Math.sqrt),
  cbrt: (_, a) => unary('cbrt', a, Math.cbrt),
  log: (_, a) => unary('log', a, Math.log),
  log10: (_, a) => unary('log10', a, Math.log10),
  exp: (_, a) => unary('exp', a, Math.exp),
  signum: (_, a) => unary('signum', a, Math.sign),
  pow: (_, a) => (arity('Math.pow', a, 2), numberArg('Math.pow', a, 0) ** numberArg('Math.pow', a, 1)),
  random: (_, a, env) => (arity('Math.random', a, 0), env.random()),
});

const classes: Record<string, { methods: MethodTable<null>; constants?: Record<string, number> }> = {
  Math: { methods: mathFunctions, constants: { PI: Math.PI, E: Math.E } },
  UUID: { methods: table<null>({ randomUUID: (_: null, a: unknown[], env: ExpressionEnv) => (arity('UUID.randomUUID', a, 0), env.uuid()) }) },
  Integer: {
    methods: table<null>({ parseInt: whole('Integer.parseInt'), valueOf: whole('Integer.valueOf') }),
    constants: { MAX_VALUE: 2 ** 31 - 1, MIN_VALUE: -(2 ** 31) },
  },
  Long: { methods: table<null>({ parseLong: whole('Long.parseLong'), valueOf: whole('Long.valueOf') }) },
  Double: { methods: table<null>({ parseDouble: decimal('Double.parseDouble'), valueOf: decimal('Double.valueOf') }) },
  String: { methods: table<null>({ valueOf: (_: null, a: unknown[]) => (arity('String.valueOf', a, 1), display(a[0])) }) },
  Boolean: {
    methods: table<null>({
      parseBoolean: (_, a) => (arity('Boolean.parseBoolean', a, 1), typeof a[0] === 'string' && a[0].toLowerCase() === 'true'),
    }),
  },
};

/** The class a name written in an expression means (`Math`, `java.util.UUID`), if any. */
export function knownClass(name: string): string | undefined {
  const short = name.replace(/^java\.(lang|util)\./, '');
  return Object.hasOwn(classes, short) ? short : undefined;
}

/** `Math.max(1, 2)`, `UUID.randomUUID()`: a static method of a known class. */
export function callStatic(className: string, name: string, args: unknown[], env: ExpressionEnv): unknown {
  const method = classes[className]?.methods.get(name);
  if (method === undefined) return fail('unknown-method', `${className} has no method '${name}'`);
  return method(null, args, env);
}

/** `Math.PI`: a constant of a known class. */
export function staticConstant(className: string, name: string): number {
  const constants = classes[className]?.constants;
  if (constants === undefined || !Object.hasOwn(constants, name)) {
    return fail('unknown-property', `${className} has no constant '${name}'`);
  }
  return constants[name]!;
}

/** `new Random()`, `new Random(seed)`, `new Date()`, `new Date(millis)`. */
export function construct(className: string, args: unknown[], env: ExpressionEnv): unknown {
  switch (className.replace(/^java\.util\./, '')) {
    case 'Random':
      arity('Random', args, 0, 1);
      return new RandomValue(args.length === 0 ? () => env.random() : seeded(numberArg('Random', args, 0)));
    case 'Date':
      arity('Date', args, 0, 1);
      return new Date(args.length === 0 ? env.now() : numberArg('Date', args, 0));
  }
  return fail('unknown-method', `cannot create '${className}': expressions know new Random() and new Date()`);
}

function unary(name: string, a: unknown[], f: (x: number) => number): number {
  arity(`Math.${name}`, a, 1);
  return f(numberArg(`Math.${name}`, a, 0));
}

function whole(name: string) {
  return (_: null, a: unknown[]) => (arity(name, a, 1), toWhole(typeof a[0] === 'number' ? a[0] : textArg(name, a, 0)));
}

function decimal(name: string) {
  return (_: null, a: unknown[]) => (arity(name, a, 1), toDecimal(typeof a[0] === 'number' ? a[0] : textArg(name, a, 0)));
}

// mulberry32: a seeded Random gives the same numbers on every run, as Java's does.
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `Math` in `Math.max(1, 2)`: a variable or dotted path naming a known class. */
export function staticClassOf(node: Expr): string | undefined {
  const parts: string[] = [];
  let current: Expr = node;
  while (current.type === 'member' && !current.safe) {
    parts.unshift(current.name);
    current = current.object;
  }
  if (current.type !== 'variable') return undefined;
  parts.unshift(current.name);
  return knownClass(parts.join('.'));
}
