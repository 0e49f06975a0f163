import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fluxDocumentArbitrary } from './arbitraries';
import { parseFlux } from './parse';
import { serializeFlux } from './serialize';

describe('serialize then parse', () => {
  it('should give back every generated document unchanged, without a reading error', () => {
    fc.assert(
      fc.property(fluxDocumentArbitrary(), (doc) => {
        // given a generated document
        // when
        const text = serializeFlux(doc);
        const { document, diagnostics } = parseFlux(text);
        // then
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(document).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('should write the same bytes again for a document read from its own text', () => {
    fc.assert(
      fc.property(fluxDocumentArbitrary(), (doc) => {
        // given the canonical text of a generated document
        const text = serializeFlux(doc);
        // when
        const again = serializeFlux(parseFlux(text).document!);
        // then
        expect(again).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
