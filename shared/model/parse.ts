import { readJson } from './json-reader';
import { locateDiagnostics } from './locate';
import { readFluxDocument } from './read-flux-document';
import type { Diagnostic, FluxDocument } from './types';
import { validateFlux } from './validate';

/** What reading a .flux text gives: the document when it is readable, and every problem found. */
export interface FluxParseResult {
  document: FluxDocument | null;
  diagnostics: Diagnostic[];
}

const BOM = '\ufeff';

/**
 * Reads .flux text: strict JSON, then the shape of FLUX.md. The document is null when any error
 * is found; each diagnostic has its line and column. Never throws on bad input.
 */
export function parseFlux(text: string): FluxParseResult {
  return read(text).result;
}

/** parseFlux then validateFlux, every diagnostic with its line and column: what `flux check` prints. */
export function checkFlux(text: string): FluxParseResult {
  const { result, locate } = read(text);
  if (result.document === null || locate === undefined) return result;
  return { document: result.document, diagnostics: [...result.diagnostics, ...locate(validateFlux(result.document))] };
}

function read(text: string): { result: FluxParseResult; locate?: (d: Diagnostic[]) => Diagnostic[] } {
  // A byte-order mark is invisible in editors; accept it (saving drops it).
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const json = readJson(body);
  if (!json.ok) return { result: { document: null, diagnostics: json.diagnostics } };
  const locate = (d: Diagnostic[]) => {
    if (d.length === 0) return d;
    const { tree, lines } = json.positions();
    return locateDiagnostics(d, tree, body, lines);
  };
  const shape = readFluxDocument(json.value);
  return { result: { document: shape.document, diagnostics: [...json.diagnostics, ...locate(shape.diagnostics)] }, locate };
}
