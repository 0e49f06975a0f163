import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes';
import type { Diagnostic } from './types';

/** Where a validation problem belongs, besides its JSON path. */
export interface ReportPlace {
  state?: string;
  transition?: number;
  valueOffset?: number;
}

/** Adds a diagnostic whose severity comes from the code catalogue. */
export type Report = (code: DiagnosticCode, message: string, path: (string | number)[], place?: ReportPlace) => void;

/** A `Report` that appends to `into`. */
export function reporterInto(into: Diagnostic[]): Report {
  return (code, message, path, place = {}) => {
    const diagnostic: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code].severity, message, path };
    if (place.state !== undefined) diagnostic.state = place.state;
    if (place.transition !== undefined) diagnostic.transition = place.transition;
    if (place.valueOffset !== undefined) diagnostic.valueOffset = place.valueOffset;
    into.push(diagnostic);
  };
}

/** `'Route'`: a name quoted for a message. */
export function quote(name: string): string {
  return `'${name}'`;
}
