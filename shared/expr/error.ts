import { positionAt, type SourcePosition } from './position';

/** What went wrong, for code that reacts differently to a typo than to a bad value. */
export type ExpressionErrorCode =
  | 'parse'
  | 'forbidden'
  | 'unknown-variable'
  | 'unknown-property'
  | 'unknown-method'
  | 'type'
  | 'arithmetic'
  | 'limit';

/** A parse or evaluation error, with where in the expression's text it happened. */
export class ExpressionError extends Error {
  override name = 'ExpressionError';
  readonly code: ExpressionErrorCode;
  /** Absent only while the error travels up to the node that knows where it is. */
  position?: SourcePosition;

  constructor(code: ExpressionErrorCode, message: string, position?: SourcePosition) {
    super(message);
    this.code = code;
    if (position) this.position = position;
  }
}

/** The message prefixed by `line:column`, as the CLI and the console show it. */
export function formatExpressionError(error: ExpressionError): string {
  return error.position ? `${error.position.line}:${error.position.column}: ${error.message}` : error.message;
}

/** Any error thrown while evaluating, as an ExpressionError with a position in `source`. */
export function asExpressionError(error: unknown, source: string, offset = 0): ExpressionError {
  if (error instanceof ExpressionError) {
    if (!error.position) error.position = positionAt(source, offset);
    return error;
  }
  // A RangeError (stack, string length) or a bug in a built-in: still the expression's failure.
  const message = error instanceof Error ? error.message : String(error);
  return new ExpressionError('limit', `evaluation failed: ${message}`, positionAt(source, offset));
}
