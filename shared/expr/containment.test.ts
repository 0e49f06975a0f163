import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpressionError, compileExpression, parseExpression, scopeFrom } from './index';

class Account {
  secret = 'hidden';
  reveal(): string {
    return this.secret;
  }
}

function context() {
  return {
    x: { a: 1 },
    list: [1, 2],
    text: 'abc',
    key: '__proto__',
    ctorName: 'constructor',
    account: new Account(),
    fn: () => 'called',
    parsed: JSON.parse('{"__proto__": {"polluted": 1}, "ok": 2}') as Record<string, unknown>,
  };
}

/** Parses and evaluates, returning the error (or the value, which a test then rejects). */
function attempt(text: string): unknown {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed.error;
  try {
    return compileExpression(text).evaluate(scopeFrom(context()));
  } catch (error) {
    return error;
  }
}

function snapshot() {
  return [Object.prototype, Array.prototype, String.prototype, Function.prototype, globalThis].map((o) =>
    Object.getOwnPropertyNames(o).sort().join(','),
  );
}

describe('containment', () => {
  const escapes: [string, string][] = [
    ["constructor.constructor('return process')()", 'forbidden'],
    ["x.constructor.constructor('return process')()", 'forbidden'],
    ["''.constructor", 'forbidden'],
    ['toString.constructor', 'forbidden'],
    ['x.__proto__.polluted = 1', 'forbidden'],
    ["x['__proto__']", 'forbidden'],
    ["x['__proto__'].polluted", 'forbidden'],
    ['x[key]', 'forbidden'],
    ["x['con' + 'structor']", 'forbidden'],
    ['list[ctorName]', 'forbidden'],
    ["[(key): [polluted: 1]]", 'forbidden'],
    ["$context['constructor']", 'forbidden'],
    ["x.get('__proto__')", 'forbidden'],
    ['[__proto__: [polluted: 1]]', 'forbidden'],
    ['x.prototype', 'forbidden'],
    ['this', 'forbidden'],
    ['this.constructor', 'forbidden'],
    ['super.x', 'forbidden'],
    ['x.__defineGetter__', 'forbidden'],
    ['globalThis', 'unknown-variable'],
    ['globalThis.process', 'unknown-variable'],
    ['process.exit(1)', 'unknown-variable'],
    ['window', 'unknown-variable'],
    ['toString', 'unknown-variable'],
    ['hasOwnProperty', 'unknown-variable'],
    ["require('fs')", 'unknown-method'],
    ["eval('1')", 'unknown-method'],
    ["Function('return process')", 'unknown-method'],
    ["import('fs')", 'unknown-method'],
    ["new Function('return process')", 'unknown-method'],
    ["x.hasOwnProperty('a')", 'unknown-method'],
    ['x.valueOf()', 'unknown-method'],
    ['list.getClass()', 'unknown-method'],
    ["list.map('x')", 'unknown-method'],
    ["text.at(0)", 'unknown-method'],
    ['account.secret', 'unknown-property'],
    ['account.reveal()', 'unknown-method'],
    ['fn()', 'unknown-method'],
    ['fn.call()', 'unknown-method'],
    ['fn.name', 'unknown-property'],
    ['new Random().next', 'unknown-property'],
    ["text['length']", 'type'],
    ['x = 1', 'parse'],
    ['x.a = 2', 'parse'],
    ['list += 1', 'parse'],
    ['{ -> 1 }', 'parse'],
    ['`ls`', 'parse'],
  ];

  it.each(escapes)('should refuse %j with a %s error and change nothing', (text, code) => {
    const before = snapshot();
    const outcome = attempt(text);
    expect(outcome).toBeInstanceOf(ExpressionError);
    expect((outcome as ExpressionError).code).toBe(code);
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should read only own keys of a map: inherited names are missing, not reachable', () => {
    expect(attempt('[x.toString, x.hasOwnProperty, x.valueOf, x.isPrototypeOf]')).toEqual([null, null, null, null]);
    expect(attempt("[x['toString'], x.get('toString')]")).toEqual([null, null]);
  });

  it('should keep $context to the variables, never the object behind it', () => {
    expect(attempt('[$context.scope, $context.has, $context.x.a]')).toEqual([null, null, 1]);
  });

  it('should treat an own __proto__ key from JSON as data it cannot name', () => {
    expect(attempt('parsed.ok')).toBe(2);
    expect((attempt('parsed.__proto__') as ExpressionError).code).toBe('forbidden');
  });

  it('should return copies, so an evaluated map cannot change the prototype of what it is merged into', () => {
    const merged = attempt("x + [b: 2]") as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged).toEqual({ a: 1, b: 2 });
    expect(context().x).toEqual({ a: 1 });
  });

  it('should never hand text to eval, Function, vm or a worker', () => {
    const folder = path.dirname(fileURLToPath(import.meta.url));
    const sources = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const code = readFileSync(path.join(folder, file), 'utf8').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|\bnode:vm\b|\bWorker\b|\bimport\s*\(/);
    }
  });
});
