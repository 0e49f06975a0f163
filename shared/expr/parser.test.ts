import { describe, expect, it } from 'vitest';
import { parseExpression, printExpression, withoutPositions, type Expr } from './index';

function parsed(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.ast;
}

describe('parseExpression', () => {
  // text as written -> text as printed back (grouping made explicit only where it changes meaning)
  const forms: [string, string][] = [
    ['42', '42'],
    ['3.25', '3.25'],
    ['1_000', '1000'],
    ['10L', '10'],
    ['1.5e3', '1500'],
    ['0xff', '255'],
    ["'single'", "'single'"],
    ['"double without interpolation"', "'double without interpolation'"],
    ['"Hello ${name}"', '"Hello ${name}"'],
    ['"Hi $user.name!"', '"Hi ${user.name}!"'],
    ['"Event $$fluxEvent"', '"Event ${$fluxEvent}"'],
    ['"cost \\$5"', "'cost $5'"],
    ["'''line one\nline two'''", "'line one\\nline two'"],
    ['"""total: ${a + b}\n"""', '"total: ${a + b}\\n"'],
    ["'it\\'s \\u0041'", "'it\\'s A'"],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ['$triggerFluxEvent', '$triggerFluxEvent'],
    ['order.quantity', 'order.quantity'],
    ['order?.customer?.name', 'order?.customer?.name'],
    ["map.'with space'", "map.'with space'"],
    ['items[0]', 'items[0]'],
    ["order['id']", "order['id']"],
    ['1 + 2 * 3', '1 + 2 * 3'],
    ['(1 + 2) * 3', '(1 + 2) * 3'],
    ['a - (b - c)', 'a - (b - c)'],
    ['a - b - c', 'a - b - c'],
    ['2 ** 3 ** 2', '2 ** 3 ** 2'],
    ['(2 ** 3) ** 2', '(2 ** 3) ** 2'],
    ['-x ** 2', '-x ** 2'],
    ['(-x) ** 2', '(-x) ** 2'],
    ['a % b / c', 'a % b / c'],
    ['a == b && c != d || !e', 'a == b && c != d || !e'],
    ['a <=> b', 'a <=> b'],
    ['a < b == c >= d', 'a < b == c >= d'],
    ['x in [1, 2]', 'x in [1, 2]'],
    ["count as Integer", 'count as Integer'],
    ['a ? b : c ? d : e', 'a ? b : c ? d : e'],
    ['(a ? b : c) ? d : e', '(a ? b : c) ? d : e'],
    ['a ?: b ?: c', 'a ?: b ?: c'],
    ['if (a) b else c', 'if (a) b else c'],
    ["if (ok) { 'yes' } else { 'no' }", "if (ok) 'yes' else 'no'"],
    ['if (a) b', 'if (a) b'],
    ['if (a) (if (b) c) else d', 'if (a) (if (b) c) else d'],
    ['[1, 2, 3,]', '[1, 2, 3]'],
    ['[]', '[]'],
    ['[:]', '[:]'],
    ["[a: 1, 'b c': 2, 3: 'x', (k): v]", "[a: 1, 'b c': 2, '3': 'x', (k): v]"],
    ['[a: b ? 1 : 2]', '[a: b ? 1 : 2]'],
    ['[a ? b : c]', '[a ? b : c]'],
    ["$context.hasProperty('x')", "$context.hasProperty('x')"],
    ['new Random().nextInt(10)', 'new Random().nextInt(10)'],
    ['new java.util.Date()', 'new java.util.Date()'],
    ['UUID.randomUUID()', 'UUID.randomUUID()'],
    ['Math.max(a, 2)', 'Math.max(a, 2)'],
    ["name.trim().toUpperCase()", 'name.trim().toUpperCase()'],
    ['a /* why */ + // because\n b', 'a + b'],
  ];

  it.each(forms)('should read %j and print it back as %j', (text, printed) => {
    expect(printExpression(parsed(text))).toBe(printed);
  });

  it('should build a tree with the offsets of each node', () => {
    const ast = parsed('a + b.c');
    expect(ast).toMatchObject({
      type: 'binary',
      operator: '+',
      start: 0,
      end: 7,
      left: { type: 'variable', name: 'a', start: 0, end: 1 },
      right: { type: 'member', name: 'c', safe: false, start: 4, end: 7, object: { type: 'variable', name: 'b' } },
    });
  });

  it('should keep the parts of an interpolated string in order', () => {
    expect(withoutPositions(parsed('"a${x}b$y.z"'))).toEqual({
      type: 'template',
      parts: ['a', { type: 'variable', name: 'x' }, 'b', { type: 'member', object: { type: 'variable', name: 'y' }, name: 'z', safe: false }],
    });
  });

  it('should read a map as a map only when its entries have keys', () => {
    expect(parsed('[a: 1]').type).toBe('map');
    expect(parsed('[a]').type).toBe('list');
    expect(parsed('[(a): 1]').type).toBe('map');
  });

  const errors: [string, string, number, number, RegExp][] = [
    ['1 +', 'parse', 1, 4, /expected an expression/],
    ['(a', 'parse', 1, 3, /expected '\)'/],
    ['a b', 'parse', 1, 3, /unexpected 'b'/],
    ['a = 1', 'parse', 1, 3, /'=' assigns/],
    ['a === b', 'parse', 1, 3, /use '=='/],
    ["'open", 'parse', 1, 1, /not closed/],
    ["'one\ntwo'", 'parse', 1, 1, /not closed on its line/],
    ['"x ${a"', 'parse', 1, 4, /not closed/],
    ['"${}"', 'parse', 1, 2, /empty/],
    ['"costs $5"', 'parse', 1, 8, /\\\$/],
    ["'\\q'", 'parse', 1, 2, /unknown escape/],
    ['a\n  + #', 'parse', 2, 5, /unexpected character '#'/],
    ['12abc', 'parse', 1, 1, /not a number/],
    ['1e999', 'parse', 1, 1, /too large/],
    ['(a)(1)', 'parse', 1, 4, /only a named method/],
    ['[a: 1, 2]', 'parse', 1, 8, /key: value/],
    ['[1, a: 2]', 'parse', 1, 5, /list holds values/],
    ['if a', 'parse', 1, 4, /expected '\('/],
    ['new 5()', 'parse', 1, 5, /class name/],
    ['a.', 'parse', 1, 3, /property or method name/],
    ['/* open', 'parse', 1, 1, /comment/],
    ['this', 'forbidden', 1, 1, /'this'/],
    ['a.constructor', 'forbidden', 1, 3, /'constructor'/],
    ['x.__proto__.polluted', 'forbidden', 1, 3, /'__proto__'/],
    ["[__proto__: 1]", 'forbidden', 1, 2, /'__proto__'/],
    ["['prototype': 1]", 'forbidden', 1, 2, /'prototype'/],
    ['in', 'parse', 1, 1, /'in' cannot be used/],
  ];

  it.each(errors)('should refuse %j with a %s error at %i:%i', (text, code, line, column, message) => {
    const result = parseExpression(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.position).toMatchObject({ line, column });
    expect(result.error.message).toMatch(message);
  });

  it('should refuse nesting deep enough to exhaust the stack, with an error instead of a crash', () => {
    const result = parseExpression(`${'('.repeat(5000)}1${')'.repeat(5000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/nested too deeply/);
  });

  it('should refuse strings nested inside interpolations past a hundred levels', () => {
    const result = parseExpression('"${'.repeat(3000));
    expect(result.ok ? undefined : result.error.message).toMatch(/nested too deeply/);
  });

  it('should give the offset of the error as well as its line and column', () => {
    const result = parseExpression('a +\n\n  )');
    expect(result.ok ? undefined : result.error.position).toEqual({ offset: 7, line: 3, column: 3 });
  });
});
