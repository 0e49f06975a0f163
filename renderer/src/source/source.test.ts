import { describe, expect, it } from 'vitest';
import { parseFlux } from '../../../shared/model';
import { diagnosticText, markersOf } from './source-markers';

describe('problems of the Source tab', () => {
  it('should place a syntax error at its line and column, to the end of the line', () => {
    // given text that does not parse
    const { diagnostics } = parseFlux('{\n  "states": [\n    {"name": }\n');
    // when
    const [marker] = markersOf(diagnostics, () => 20);
    // then
    expect(marker).toMatchObject({ severity: 'error', startLineNumber: 3, endLineNumber: 3, endColumn: 21 });
    expect(diagnosticText(diagnostics[0]!)).toMatch(/^3:\d+ /);
  });

  it('should mark a problem without a place on the first line', () => {
    const [marker] = markersOf([{ code: 'x', severity: 'warning', message: 'm' }], () => 0);
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 2, message: 'x: m' });
  });
});
