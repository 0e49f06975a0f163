import { describe, expect, it } from 'vitest';
import { LruCache } from './cache';
import { ExpressionError, compileExpression, compileTemplate, scopeFrom } from './index';

const scope = scopeFrom({ orderId: 'o-17', name: 'Ada', total: 12.5, items: [1, 2] });

describe('compileTemplate', () => {
  const cases: [string, string][] = [
    ['${orderId}', 'o-17'],
    ['Order ${orderId} for ${name}', 'Order o-17 for Ada'],
    ['Total: ${total * 2} (${items.size()} items)', 'Total: 25 (2 items)'],
    ['no interpolation at all', 'no interpolation at all'],
    ['', ''],
    ['He said "hi" to ${name}', 'He said "hi" to Ada'],
    ["it's ${name + '!'}", "it's Ada!"],
    ['costs $5 for $name', 'costs $5 for $name'],
    ['literal \\${orderId}', 'literal ${orderId}'],
    ['C:\\temp\\file ${name}.txt', 'C:\\temp\\file Ada.txt'],
    ['line one\nline ${name}', 'line one\nline Ada'],
    ['${[a: 1]}', '[a:1]'],
  ];

  it.each(cases)('should render %j as %j', (text, expected) => {
    expect(compileTemplate(text).evaluate(scope)).toBe(expected);
  });

  it('should report a bad interpolation with its position in the template', () => {
    expect(() => compileTemplate('Order\n  ${orderId +}')).toThrow(
      expect.objectContaining({ code: 'parse', position: expect.objectContaining({ line: 2, column: 14 }) }),
    );
  });

  it('should report an evaluation error with its position in the template', () => {
    expect(() => compileTemplate('Hi ${nobody}').evaluate(scope)).toThrow(
      expect.objectContaining({ code: 'unknown-variable', position: { offset: 5, line: 1, column: 6 } }),
    );
  });
});

describe('the compile cache', () => {
  it('should give the same compiled expression for the same text', () => {
    expect(compileExpression('name + 1')).toBe(compileExpression('name + 1'));
    expect(compileTemplate('${name}')).toBe(compileTemplate('${name}'));
  });

  it('should keep expressions and templates of the same text apart', () => {
    expect(compileExpression('"a${name}"').evaluate(scope)).toBe('aAda');
    expect(compileTemplate('"a${name}"').evaluate(scope)).toBe('"aAda"');
  });

  it('should throw the parse error again for the same bad text', () => {
    const first = (() => { try { compileExpression('1 +'); } catch (e) { return e; } })();
    expect(first).toBeInstanceOf(ExpressionError);
    expect(() => compileExpression('1 +')).toThrow(first as Error);
  });

  it('should keep an entry in use while a stream of new texts passes through', () => {
    const cache = new LruCache<number>(10);
    cache.set('hot', 0);
    for (let i = 0; i < 100; i++) {
      cache.set(`cold ${i}`, i);
      expect(cache.get('hot')).toBe(0);
    }
    expect(cache.size).toBeLessThanOrEqual(10);
    expect(cache.get('cold 0')).toBeUndefined();
  });

  it('should forget the least recently used entry when full', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
  });
});
