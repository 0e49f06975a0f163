import type { Diagnostic } from '../../../shared/model';

/** A problem as a Monaco marker wants it (1-based lines and columns). */
export interface SourceMarker {
  severity: 'error' | 'warning';
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Diagnostics with a place in the text as markers; one without a line marks the first line. */
export function markersOf(diagnostics: readonly Diagnostic[], lineLength: (line: number) => number): SourceMarker[] {
  return diagnostics.map((d) => {
    const line = d.line ?? 1;
    const column = d.column ?? 1;
    return {
      severity: d.severity,
      message: `${d.code}: ${d.message}`,
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: Math.max(column + 1, lineLength(line) + 1),
    };
  });
}

/** `12:5 message`, as the error view and the Source tab's problem list print a diagnostic. */
export function diagnosticText(d: Diagnostic): string {
  return `${d.line !== undefined ? `${d.line}:${d.column ?? 1} ` : ''}${d.message}`;
}
