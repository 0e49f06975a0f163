import { describe, expect, it } from 'vitest';
import { ExpressionError, evaluateExpression, scopeFrom, type ExpressionEnv } from './index';

const env: ExpressionEnv = { now: () => Date.UTC(2024, 0, 31, 12), random: () => 0.25, uuid: () => '00000000-0000-4000-8000-000000000001' };

function context() {
  return {
    name: 'Ada',
    user: { name: 'Ada', email: 'ada@example.com', tags: ['x', 'y'] },
    order: { id: 'o-1', quantity: 3, price: 2.5, items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }], note: null },
    n: 3,
    zero: 0,
    empty: '',
    blank: null,
    list: [3, 1, 2],
    nested: [[1, 2], [3]],
    flag: true,
    when: new Date(Date.UTC(2024, 0, 1)),
    $triggerFluxEvent: 'orderPlaced',
    $fluxEvent: 'shipped',
  };
}

function evaluate(text: string): unknown {
  return evaluateExpression(text, scopeFrom(context()), env);
}

describe('evaluateExpression', () => {
  const cases: [string, string, unknown][] = [
    // literals
    ['numbers', '42', 42],
    ['numbers', '2.5', 2.5],
    ['numbers', '1_000L', 1000],
    ['strings', "'single'", 'single'],
    ['strings', '"double"', 'double'],
    ['strings', "'''one\ntwo'''", 'one\ntwo'],
    ['booleans', 'true', true],
    ['null', 'null', null],
    // interpolation
    ['GString ${}', '"Hello ${name}"', 'Hello Ada'],
    ['GString ${} with an expression', '"${n} x ${order.price} = ${n * order.price}"', '3 x 2.5 = 7.5'],
    ['GString $name', '"Hi $name!"', 'Hi Ada!'],
    ['GString $name.path', '"Mail $user.email."', 'Mail ada@example.com.'],
    ['GString $$name', '"Event $$fluxEvent"', 'Event shipped'],
    ['GString escaped dollar', '"costs \\$5"', 'costs $5'],
    ['GString of a list and a map', '"${list} ${[a: 1, b: [2]]} ${[:]} ${blank}"', '[3, 1, 2] [a:1, b:[2]] [:] null'],
    ['triple-quoted GString', '"""a\n${n}"""', 'a\n3'],
    ['single quotes do not interpolate', "'${name}'", '${name}'],
    ['nested GString', '"a ${"b ${name}"}"', 'a b Ada'],
    // variables and paths
    ['variable', 'n', 3],
    ['$-variable', '$triggerFluxEvent', 'orderPlaced'],
    ['property path', 'order.quantity', 3],
    ['missing map key', 'order.missing', null],
    ['null-valued key', 'order.note', null],
    ['safe navigation', 'order.note?.text', null],
    ['safe navigation call', 'blank?.trim()', null],
    ['GPath over a list', 'order.items.sku', ['a', 'b']],
    ['quoted property', "user.'email'", 'ada@example.com'],
    ['date time', 'when.time', Date.UTC(2024, 0, 1)],
    // indexing
    ['list index', 'list[0]', 3],
    ['negative index', 'list[-1]', 2],
    ['index past the end', 'list[10]', null],
    ['map index', "order['id']", 'o-1'],
    ['map index by number', "[1: 'one'][1]", 'one'],
    ['text index', "name[0]", 'A'],
    ['chained index', 'nested[0][1]', 2],
    // arithmetic
    ['precedence', '1 + 2 * 3', 7],
    ['parentheses', '(1 + 2) * 3', 9],
    ['division gives a fraction', '7 / 2', 3.5],
    ['remainder', '7 % 3', 1],
    ['power', '2 ** 10', 1024],
    ['power is right-associative', '2 ** 3 ** 2', 512],
    ['unary minus', '-n + 1', -2],
    ['unary minus under power', '-2 ** 2', -4],
    ['+ joins text', "'a' + 1 + true", 'a1true'],
    ['+ joins number and text', "1 + 'a'", '1a'],
    ['+ joins null and text', "blank + 'a'", 'nulla'],
    ['+ on lists', '[1] + [2, 3] + 4', [1, 2, 3, 4]],
    ['+ on maps', '[a: 1] + [b: 2]', { a: 1, b: 2 }],
    ['- on lists', '[1, 2, 3, 2] - [2]', [1, 3]],
    ['- on text', "'hello world' - ' world'", 'hello'],
    ['* repeats text', "'ab' * 3", 'ababab'],
    ['+ days to a date', 'when + 1', new Date(Date.UTC(2024, 0, 2))],
    // comparison
    ['== on numbers', '1 == 1.0', true],
    ['== on text', "name == 'Ada'", true],
    ['== between kinds', "'1' == 1", false],
    ['== deep on lists', '[1, [2, 3]] == [1, [2, 3]]', true],
    ['== deep on maps', "[a: 1, b: [c: 2]] == [b: [c: 2], a: 1]", true],
    ['== on dates', 'when == new Date(when.time)', true],
    ['!= ', 'list != [3, 1, 2]', false],
    ['null == null', 'blank == null', true],
    ['<', 'n < 4', true],
    ['<= on text', "'abc' <= 'abd'", true],
    ['> on dates', 'new Date() > when', true],
    ['null sorts first', 'blank < 0', true],
    ['<=>', '3 <=> 5', -1],
    ['in a list', '2 in list', true],
    ['in a map', "'id' in order", true],
    // logic and truth
    ['&&', 'flag && n > 2', true],
    ['||', 'zero || empty', false],
    ['!', '!empty', true],
    ['&& short-circuits', 'blank && blank.x', false],
    ['|| short-circuits', 'flag || blank.x', true],
    ['empty list is false', '[] ? 1 : 2', 2],
    ['empty map is false', '[:] ? 1 : 2', 2],
    ['zero is false', 'zero ? 1 : 2', 2],
    ['text is true', "'false' ? 1 : 2", 1],
    // choices
    ['ternary', "n > 2 ? 'many' : 'few'", 'many'],
    ['nested ternary', "n > 5 ? 'a' : n > 2 ? 'b' : 'c'", 'b'],
    ['elvis on empty', "empty ?: 'default'", 'default'],
    ['elvis on null', "blank ?: order.id", 'o-1'],
    ['elvis keeps a value', "name ?: 'x'", 'Ada'],
    ['if else', "if (n == 3) 'three' else 'other'", 'three'],
    ['if else with braces', "if (zero) { 'yes' } else { 'no' }", 'no'],
    ['if without else', "if (zero) 'yes'", null],
    ['else if', "if (n < 1) 'a' else if (n < 5) 'b' else 'c'", 'b'],
    // collections
    ['list', '[1, n, "x"]', [1, 3, 'x']],
    ['map', "[a: 1, 'b c': n]", { a: 1, 'b c': 3 }],
    ['computed key', '[(name): 1]', { Ada: 1 }],
    ['empty map', '[:]', {}],
    ['list size', 'list.size()', 3],
    ['list contains', 'list.contains(1)', true],
    ['list join', "list.join(', ')", '3, 1, 2'],
    ['list sort keeps the original', '[list.sort(), list]', [[1, 2, 3], [3, 1, 2]]],
    ['list sum, max, min', '[list.sum(), list.max(), list.min()]', [6, 3, 1]],
    ['list first and last', '[list.first(), list.last(), [].first()]', [3, 2, null]],
    ['map size and keys', '[order.size(), [a: 1].keySet(), [a: 1].values()]', [5, ['a'], [1]]],
    ['map containsKey and get', "[order.containsKey('id'), order.get('nope', 'd')]", [true, 'd']],
    // context, random, time, ids
    ['hasProperty on a defined variable', "$context.hasProperty('order')", true],
    ['hasProperty on a null variable', "$context.hasProperty('blank')", true],
    ['hasProperty on an undefined variable', "$context.hasProperty('nope')", false],
    ['$context property', '$context.n', 3],
    ['Random.nextInt', 'new Random().nextInt(100)', 25],
    ['Random.nextInt is below its bound', 'new Random().nextInt(1)', 0],
    ['seeded Random repeats', 'new Random(7).nextInt(1000) == new Random(7).nextInt(1000)', true],
    ['new Date', 'new Date()', new Date(Date.UTC(2024, 0, 31, 12))],
    ['new Date(millis)', 'new Date(0).getTime()', 0],
    ['qualified Date', 'new java.util.Date().time', Date.UTC(2024, 0, 31, 12)],
    ['UUID', 'UUID.randomUUID()', '00000000-0000-4000-8000-000000000001'],
    ['UUID toString', 'java.util.UUID.randomUUID().toString()', '00000000-0000-4000-8000-000000000001'],
    // text methods
    ['toUpperCase', 'name.toUpperCase()', 'ADA'],
    ['toLowerCase', 'name.toLowerCase()', 'ada'],
    ['trim', "'  x  '.trim()", 'x'],
    ['length and size', '[name.length(), name.size()]', [3, 3]],
    ['contains', "user.email.contains('@')", true],
    ['startsWith and endsWith', "[name.startsWith('A'), name.endsWith('x')]", [true, false]],
    ['substring', "['abcdef'.substring(2), 'abcdef'.substring(1, 3)]", ['cdef', 'bc']],
    ['replace is literal and global', "'a.b.c'.replace('.', '-')", 'a-b-c'],
    ['split is literal and drops trailing empties', "'a|b||'.split('|')", ['a', 'b']],
    ['split without a separator splits on spaces', "' a  b '.split()", ['a', 'b']],
    ['indexOf', "'banana'.indexOf('n')", 2],
    ['toInteger', "' 42 '.toInteger() + 1", 43],
    ['isNumber', "['1.5'.isNumber(), 'x'.isNumber()]", [true, false]],
    ['padLeft', "'7'.padLeft(3, '0')", '007'],
    ['capitalize', "'ada'.capitalize()", 'Ada'],
    ['chained methods', "'  Ada Lovelace '.trim().toLowerCase().split(' ')", ['ada', 'lovelace']],
    // numbers and Math
    ['Math.max and min', '[Math.max(1, 5), Math.min(4, 2)]', [5, 2]],
    ['Math.abs, round, floor, ceil', '[Math.abs(-2), Math.round(2.5), Math.floor(2.7), Math.ceil(2.1)]', [2, 3, 2, 3]],
    ['Math.pow and sqrt', '[Math.pow(2, 3), Math.sqrt(16)]', [8, 4]],
    ['Math.random comes from the environment', 'Math.random()', 0.25],
    ['Math.PI', 'Math.PI > 3.14', true],
    ['intdiv', '7.intdiv(2)', 3],
    ['round to places', '2.345.round(2)', 2.35],
    ['parse numbers', "[Integer.parseInt('12'), Double.parseDouble('1.5'), String.valueOf(3)]", [12, 1.5, '3']],
    // casts
    ['as Integer', "'42' as Integer", 42],
    ['as Integer truncates', '3.9 as int', 3],
    ['as String', '[1, 2] as String', '[1, 2]'],
    ['as Boolean uses Groovy truth', "'' as Boolean", false],
    ['as List', "'ab' as List", ['a', 'b']],
    ['toString', "[1, 'a'].toString()", '[1, a]'],
  ];

  it.each(cases)('should evaluate %s: %s', (_form, text, expected) => {
    expect(evaluate(text)).toEqual(expected);
  });

  const failures: [string, string, string, number, RegExp][] = [
    ['an unknown variable', 'missing + 1', 'unknown-variable', 1, /unknown variable 'missing'/],
    ['a method that does not exist', "name.shout()", 'unknown-method', 6, /a string has no method 'shout'/],
    ['a bare function', 'println(name)', 'unknown-method', 1, /no function 'println'/],
    ['a static method that does not exist', 'Math.fly()', 'unknown-method', 6, /Math has no method 'fly'/],
    ['an unknown class', 'new File()', 'unknown-method', 1, /cannot create 'File'/],
    ['a property of text', 'name.size', 'unknown-property', 6, /it is a method: write size\(\)/],
    ['a property of null', 'order.note.text', 'type', 12, /'order.note' is null/],
    ['a method on null', 'blank.trim()', 'type', 7, /'blank' is null/],
    ['indexing null', 'blank[0]', 'type', 6, /cannot be indexed/],
    ['a type mismatch', 'n - "a"', 'type', 3, /cannot subtract a string from a number/],
    ['a comparison of different kinds', 'n < "a"', 'type', 3, /cannot compare a number with a string/],
    ['a wrong argument', "name.substring('a')", 'type', 6, /wants a number/],
    ['too many arguments', 'name.trim(1)', 'type', 6, /takes 0 arguments, not 1/],
    ['text out of range', "name.substring(5)", 'type', 6, /outside the text/],
    ['division by zero', 'n / zero', 'arithmetic', 3, /division by zero/],
    ['a bad cast', "'x' as Integer", 'type', 8, /not a whole number/],
    ['an unknown cast type', "1 as Widget", 'type', 6, /'Widget' is not a type/],
    ['a bad nextInt bound', 'new Random().nextInt(0)', 'type', 14, /bound above 0/],
    ['huge text', "'x' * 100000000", 'limit', 5, /longer than/],
  ];

  it.each(failures)('should fail on %s: %s', (_what, text, code, column, message) => {
    let caught: unknown;
    try {
      evaluate(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    const error = caught as ExpressionError;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.position).toMatchObject({ line: 1, column });
  });

  it('should point at the line of a failure in a multi-line expression', () => {
    expect(() => evaluateExpression("n > 1\n  ? order.id\n  : nope", scopeFrom({ n: 0, order: {} }), env)).toThrow(
      expect.objectContaining({ code: 'unknown-variable', position: { offset: 23, line: 3, column: 5 } }),
    );
  });

  it('should read the first layer of a scope that has the name', () => {
    const scope = scopeFrom({ a: 'state' }, { a: 'service', b: 'service' });
    expect(evaluateExpression('a + b', scope, env)).toBe('stateservice');
  });

  it('should use the real clock, random source and UUIDs when no environment is given', () => {
    const value = evaluateExpression('[new Date().time, Math.random(), UUID.randomUUID()]', scopeFrom({})) as [number, number, string];
    expect(Math.abs(value[0] - Date.now())).toBeLessThan(60_000);
    expect(value[1]).toBeGreaterThanOrEqual(0);
    expect(value[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
