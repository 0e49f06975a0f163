// The .flux model: types, reading, validation and canonical writing of Flux service files.
export * from './types';
export { parseFlux, checkFlux, type FluxParseResult } from './parse';
export { readFluxDocument, formatPath } from './read-flux-document';
export { validateFlux, isValidStateName } from './validate';
export { serializeFlux } from './serialize';
export { isCanonical } from './is-canonical';
export { DIAGNOSTIC_CODES, type DiagnosticCode, type DiagnosticCodeInfo } from './diagnostic-codes';
export * from './builtins';
export * from './names';
export * from './reserved';
export { actionKind, actionLines, actionSetsFluxEvent } from './action';
export { startStateOf } from './start-state';
export { isPropertyType, valueTypeProblem } from './value-type';
export { nearestName } from './nearest-name';
export { createLineIndex, type LineIndex } from './line-index';
