import type { SourcePosition } from './position';

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
