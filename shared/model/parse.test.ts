import { describe, expect, it } from 'vitest';
import { checkFlux, parseFlux } from './parse';
import { readFluxDocument } from './read-flux-document';
import { serializeFlux } from './serialize';
import { aState, serviceText } from './test-docs';

describe('parseFlux', () => {
  it('should read a document and keep unknown fields at every level', () => {
    // given
    const text = JSON.stringify({
      author: 'kim',
      states: [
        {
          name: 'A', x: 1, y: 2, color: 'red', input: [{ name: 'p', ui: { w: 3 } }], output: [],
          action: { lines: [{ from: ['a'], to: ['b'], note: 1 }], extra: true },
          transitions: [{ to: 'A', weight: 0.5 }],
        },
      ],
    });
    // when
    const { document, diagnostics } = parseFlux(text);
    // then
    expect(diagnostics).toEqual([]);
    expect(document).toEqual(JSON.parse(text));
  });

  it('should fill in what TORO tools always write when a hand-written state leaves it out', () => {
    // given
    const text = '{"states": [{"name": "A"}]}';
    // when
    const { document } = parseFlux(text);
    // then
    expect(document?.states[0]).toEqual({ name: 'A', x: 0, y: 0, action: {}, input: [], output: [] });
  });

  it.each([
    ['an empty file', '', 1, 1],
    ['a comment', '{\n  // note\n  "states": []\n}', 2, 3],
    ['single quotes', "{'states': []}", 1, 2],
    ['a missing comma', '{\n  "states": []\n  "tags": []\n}', 3, 3],
    ['text after the document', '{"states": []} x', 1, 16],
    ['a raw line break in a string', '{"comment": "a\nb", "states": []}', 1, 13],
  ])('should report %s as a syntax error at its line and column', (_label, text, line, column) => {
    // when
    const { document, diagnostics } = parseFlux(text);
    // then
    expect(document).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'json-syntax', severity: 'error', line, column });
  });

  it('should count lines ending in CRLF', () => {
    // given
    const text = '{\r\n  "states": [\r\n    {"name": 5}\r\n  ]\r\n}\r\n';
    // when
    const [d] = parseFlux(text).diagnostics;
    // then
    expect(d).toMatchObject({ code: 'schema-wrong-type', path: ['states', 0, 'name'], line: 3, column: 14 });
  });

  it('should accept a byte-order mark and drop it on save', () => {
    // given
    const canonical = serviceText([aState('A')]);
    // when
    const { document } = parseFlux(`\ufeff${canonical}`);
    // then
    expect(document && serializeFlux(document)).toBe(canonical);
  });

  it('should report every shape problem at once, with its JSON path', () => {
    // given
    const text = '{"triggers": "go", "states": [{"name": "A", "waiting": "yes", "transitions": [{"to": 1}]}, 7]}';
    // when
    const { document, diagnostics } = parseFlux(text);
    // then
    expect(document).toBeNull();
    expect(diagnostics.map((d) => d.path)).toEqual([['triggers'], ['states', 0, 'waiting'], ['states', 0, 'transitions', 0, 'to'], ['states', 1]]);
    expect(diagnostics.every((d) => d.line === 1 && d.column !== undefined)).toBe(true);
  });

  it('should point a missing field at the object that lacks it', () => {
    // given
    const text = '{\n  "states": [\n    {"x": 0}\n  ]\n}';
    // when
    const [d] = parseFlux(text).diagnostics;
    // then
    expect(d).toMatchObject({ code: 'schema-missing-field', path: ['states', 0, 'name'], line: 3, column: 5 });
  });

  it('should keep a "__proto__" key as a plain field', () => {
    // given
    const text = '{"__proto__": {"polluted": true}, "states": []}';
    // when
    const { document } = parseFlux(text);
    // then
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(document ?? {})).toContain('__proto__');
    expect(document && serializeFlux(document)).toContain('"__proto__": {');
  });

  it('should find a duplicate key even when strings hold quotes and colons', () => {
    // given
    const text = '{"comment": "a \\": b", "states": [{"name": "A\\\\", "name": "B", "x": 0, "y": 0}]}';
    // when
    const { document, diagnostics } = parseFlux(text);
    // then
    expect(document).toBeNull();
    expect(diagnostics).toMatchObject([{ code: 'json-duplicate-key', line: 1, column: 51 }]);
  });
});

describe('parseFlux on hostile nesting', () => {
  it('should refuse values nested thousands of levels deep without overflowing the stack', () => {
    // given
    const deep = `{"states": [], "x": ${'['.repeat(20000)}${']'.repeat(20000)}}`;
    const deepAndBroken = `{"states": [], "x": ${'['.repeat(20000)}${']'.repeat(20000)},}`;
    const deepModels = `{"states": [], "input": [${'{"name": "a", "gloopProperties": ['.repeat(5000)}${']}'.repeat(5000)}]}`;
    // when
    const results = [deep, deepAndBroken, deepModels].map((text) => checkFlux(text));
    // then
    expect(results.map((r) => r.diagnostics.map((d) => d.code))).toEqual([['json-too-deep'], ['json-syntax'], ['json-too-deep']]);
    expect(results[1]?.diagnostics[0]).toMatchObject({ line: 1, column: 40022 });
  });
});

describe('checkFlux', () => {
  it('should add validation diagnostics with the line and column of their value', () => {
    // given
    const text = serviceText([aState('A', { transitions: [{ to: 'Missing' }] })]);
    // when
    const { diagnostics } = checkFlux(text);
    // then
    const d = diagnostics[0]!;
    expect(d.code).toBe('unknown-target');
    expect(text.split('\n')[d.line! - 1]!.slice(d.column! - 1)).toBe('"Missing"');
  });
});

describe('readFluxDocument', () => {
  it('should not modify the value it reads', () => {
    // given
    const value = { states: [{ name: 'A' }] };
    // when
    const { document } = readFluxDocument(value);
    // then
    expect(value).toEqual({ states: [{ name: 'A' }] });
    expect(document?.states[0]?.input).toEqual([]);
  });

  it('should reject a value that is not an object', () => {
    // when
    const { document, diagnostics } = readFluxDocument([1]);
    // then
    expect(document).toBeNull();
    expect(diagnostics[0]?.message).toContain('must be a JSON object, found an array');
  });
});
