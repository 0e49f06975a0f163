import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fluxDocumentArbitrary } from './arbitraries';
import { checkFlux, parseFlux } from './parse';
import { serializeFlux } from './serialize';
import { validateFlux } from './validate';

const folder = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(folder)
  .filter((f) => f.endsWith('.flux'))
  .map((f) => readFileSync(new URL(f, folder), 'utf8'));

// Seeds: the fixtures and generated documents, as canonical text.
const seed = fc.oneof(fc.constantFrom(...fixtures), fluxDocumentArbitrary(3).map(serializeFlux));

const JSON_NOISE = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', '0', '-', 'e', 'n', 't', '/', '*', '\u0000', '\ud800'];

type Edit = { at: number; remove: number; insert: string };
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 8 }),
  insert: fc.array(fc.constantFrom(...JSON_NOISE), { maxLength: 4 }).map((a) => a.join('')),
});

function applyEdits(text: string, edits: Edit[]): string {
  return edits.reduce((t, e) => {
    const at = e.at % (t.length + 1);
    return t.slice(0, at) + e.insert + t.slice(at + e.remove);
  }, text);
}

// Replaces one value somewhere in the document with any JSON value: a shape mutation.
function replaceValue(value: unknown, choice: number, replacement: unknown): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        nodes.push({ parent: v, key: i });
        visit(item);
      });
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        nodes.push({ parent: v as Record<string, unknown>, key: k });
        visit((v as Record<string, unknown>)[k]);
      }
    }
  };
  visit(value);
  const node = nodes[choice % Math.max(1, nodes.length)];
  if (node) (node.parent as Record<string | number, unknown>)[node.key] = replacement;
  return value;
}

function expectWellBehaved(text: string): void {
  const result = checkFlux(text);
  if (result.document === null) {
    // An unreadable file always says why, and where.
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) expect(d.line !== undefined || d.path !== undefined).toBe(true);
  } else {
    // A readable one can be validated and written, and reads back the same.
    expect(() => validateFlux(result.document!)).not.toThrow();
    const written = serializeFlux(result.document);
    expect(parseFlux(written).document).toEqual(result.document);
  }
}

describe('fuzzing the reader', () => {
  it('should report a syntax error with its position for every truncated document', () => {
    fc.assert(
      fc.property(seed, fc.nat(), (text, cut) => {
        // given a document cut before its closing brace
        const truncated = text.slice(0, cut % text.trimEnd().length);
        // when
        const { document, diagnostics } = parseFlux(truncated);
        // then
        expect(document).toBeNull();
        expect(diagnostics[0]).toMatchObject({ code: 'json-syntax', severity: 'error' });
        expect(diagnostics[0]?.line).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on text with random edits, and explain every rejection', () => {
    fc.assert(
      fc.property(seed, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        expectWellBehaved(applyEdits(text, edits));
      }),
      { numRuns: 500 },
    );
  });

  it('should never throw when any value is replaced by another JSON value', () => {
    fc.assert(
      fc.property(seed, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (text, choice, replacement) => {
        const mutated = JSON.stringify(replaceValue(JSON.parse(text), choice, replacement), null, 2);
        expectWellBehaved(mutated);
      }),
      { numRuns: 500 },
    );
  });

  it('should never throw on text that is not a document at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(() => checkFlux(text)).not.toThrow();
        const { document, diagnostics } = checkFlux(text);
        if (document === null) expect(diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
