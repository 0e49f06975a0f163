import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFlux } from './parse';
import { serializeFlux } from './serialize';

const folder = new URL('./fixtures/', import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith('.flux')).sort();

describe('fixtures', () => {
  it('should hold one service for each kind of example FLUX.md implies', () => {
    expect(files).toEqual([
      'DataPassing.flux',
      'ErrorHandling.flux',
      'Polling.flux',
      'Tagged.flux',
      'Triggered.flux',
      'WaitForEvent.flux',
      'WaitUntilDate.flux',
    ]);
  });

  for (const file of files) {
    it(`should find ${file} valid and canonical`, () => {
      // given
      const text = readFileSync(new URL(file, folder), 'utf8');
      // when
      const { document, diagnostics } = checkFlux(text);
      // then
      expect(diagnostics).toEqual([]);
      expect(document && serializeFlux(document)).toBe(text);
      expect(document?.triggers?.length).toBeGreaterThan(0);
    });
  }
});
