import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BinaryOperator, Expr, MapEntry } from './ast';
import { ExpressionError, compileExpression, forbiddenNames, parseExpression, printExpression, scopeFrom, withoutPositions } from './index';

const keywords = new Set(['true', 'false', 'null', 'if', 'else', 'new', 'in', 'as']);
const operators: BinaryOperator[] = ['||', '&&', '==', '!=', '<=>', '<', '<=', '>', '>=', 'in', '+', '-', '*', '/', '%', '**'];
const at = { start: 0, end: 0 };

const name = fc.stringMatching(/^[a-zA-Z_$][a-zA-Z0-9_$]{0,5}$/).filter((n) => !forbiddenNames.has(n));
const variableName = name.filter((n) => !keywords.has(n));
const qualifiedName = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const key = anyText.filter((k) => !forbiddenNames.has(k));

const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
  const sub = tie('expr');
  const args = fc.array(sub, { maxLength: 3 });
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.nat(), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })).map((v): Expr => ({ type: 'number', value: Math.abs(v), ...at })),
      anyText.map((value): Expr => ({ type: 'string', value, ...at })),
      fc.boolean().map((value): Expr => ({ type: 'boolean', value, ...at })),
      fc.constant<Expr>({ type: 'null', ...at }),
      variableName.map((n): Expr => ({ type: 'variable', name: n, ...at })),
      fc.array(fc.oneof(anyText, sub), { minLength: 1, maxLength: 4 }).map(template),
      fc.record({ object: sub, name: key, safe: fc.boolean() }).map((r): Expr => ({ type: 'member', ...r, ...at })),
      fc.record({ object: sub, index: sub }).map((r): Expr => ({ type: 'index', ...r, ...at })),
      fc.record({ name: variableName, args }).map((r): Expr => ({ type: 'call', ...r, ...at })),
      fc.record({ object: sub, name, args, safe: fc.boolean() }).map((r): Expr => ({ type: 'method', ...r, ...at })),
      fc.record({ className: qualifiedName, args }).map((r): Expr => ({ type: 'new', ...r, ...at })),
      fc.record({ operator: fc.constantFrom('!' as const, '-' as const, '+' as const), operand: sub }).map((r): Expr => ({ type: 'unary', ...r, ...at })),
      fc.record({ operator: fc.constantFrom(...operators), left: sub, right: sub }).map((r): Expr => ({ type: 'binary', ...r, ...at })),
      fc.record({ operand: sub, targetType: qualifiedName }).map((r): Expr => ({ type: 'cast', ...r, ...at })),
      fc.record({ test: sub, consequent: sub, alternate: sub }).map((r): Expr => ({ type: 'conditional', ...r, ...at })),
      fc.record({ left: sub, right: sub }).map((r): Expr => ({ type: 'elvis', ...r, ...at })),
      fc.record({ test: sub, consequent: sub, alternate: fc.option(sub, { nil: null }) }).map((r): Expr => ({ type: 'if', ...r, ...at })),
      fc.array(sub, { maxLength: 3 }).map((items): Expr => ({ type: 'list', items, ...at })),
      fc.array(fc.record({ key: fc.oneof(key, sub), value: sub }), { maxLength: 3 }).map((entries: MapEntry[]): Expr => ({ type: 'map', entries, ...at })),
    ),
  };
});

/** A template as the parser builds one: adjacent texts joined, no empty text, at least one expression. */
function template(raw: (string | Expr)[]): Expr {
  const parts: (string | Expr)[] = [];
  for (const part of raw) {
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  }
  if (!parts.some((p) => typeof p !== 'string')) return { type: 'string', value: parts.join(''), ...at };
  return { type: 'template', parts, ...at };
}

// Fragments of the language, so random text reaches deep into the parser instead of failing at once.
const fragment = fc.constantFrom(
  'a', 'b.c', '$x', '1', '2.5', '0x1F', '1e3', '10L', "'s'", '"t"', '"${', '$', '}', '{', '(', ')', '[', ']', ':', ',', '?', '?.', '?:',
  '.', '+', '-', '*', '/', '%', '**', '==', '!=', '<', '<=>', '>=', '&&', '||', '!', '=', 'in', 'as', 'Integer', 'if', 'else',
  'new', 'Random', 'Math.max', 'trim()', "'''", '"""', '\\', '\n', ' ', '//', '/*', '*/', '[:]', 'null', 'true', '__proto__', 'this',
);
const languageLike = fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join(''));

function parsesOrExplains(text: string): void {
  const result = parseExpression(text);
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(ExpressionError);
  expect(['parse', 'forbidden']).toContain(result.error.code);
  expect(result.error.position!.offset).toBeGreaterThanOrEqual(0);
  expect(result.error.position!.offset).toBeLessThanOrEqual(text.length);
}

describe('parser properties', () => {
  it('should answer any text with a tree or an ExpressionError, never a crash', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), parsesOrExplains), { numRuns: 2000 });
  });

  it('should answer text made of language fragments with a tree or an ExpressionError', () => {
    fc.assert(fc.property(languageLike, parsesOrExplains), { numRuns: 3000 });
  });

  it('should evaluate whatever parses to a value or an ExpressionError, never another exception', () => {
    const scope = scopeFrom({ a: 1, b: { c: 'x' }, $x: [1, 2], Integer: 3 });
    const env = { now: () => 0, random: () => 0.5, uuid: () => 'u' };
    fc.assert(
      fc.property(languageLike, (text) => {
        if (!parseExpression(text).ok) return;
        try {
          compileExpression(text).evaluate(scope, env);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('should parse a printed tree back into the same tree', () => {
    fc.assert(
      fc.property(expr, (tree) => {
        const text = printExpression(tree);
        const result = parseExpression(text);
        if (!result.ok) throw new Error(`${text}\n${result.error.message} at ${result.error.position?.offset}`);
        expect(withoutPositions(result.ast)).toEqual(withoutPositions(tree));
      }),
      { numRuns: 3000 },
    );
  });

  it('should print a parsed expression to text that prints the same again', () => {
    fc.assert(
      fc.property(languageLike, (text) => {
        const first = parseExpression(text);
        if (!first.ok) return;
        const printed = printExpression(first.ast);
        const second = parseExpression(printed);
        expect(second.ok && printExpression(second.ast)).toBe(printed);
      }),
      { numRuns: 3000 },
    );
  });
});
