// The expression language of Flux services: Groovy's expression forms, read by an interpreter of
// our own. Nothing here hands text to eval, Function or a worker.
export type { SourcePosition } from './position';
export { ExpressionError, formatExpressionError, type ExpressionErrorCode } from './error';
export type * from './ast';
export { withoutPositions, forbiddenNames } from './ast';
export { parseExpression, parseTemplate, type ParseResult } from './parser';
export { printExpression } from './printer';
export { scopeFrom, type Scope } from './scope';
export { systemEnv, type ExpressionEnv } from './env';
export { truthy, valuesEqual, display as displayValue } from './values';
export {
  compileExpression,
  compileTemplate,
  evaluateExpression,
  clearExpressionCache,
  type CompiledExpression,
} from './expression';
