// Stands in for shared/expr until it lands: accepts every expression. Its signatures are the
// ones shared/expr announced, so switching is the import line in expression-check.ts.

/** A parse error as shared/expr reports it. */
export interface ExpressionError {
  message: string;
  position: { offset: number; line: number; column: number };
}

/** Placeholder for shared/expr's parseExpression. */
export function parseExpression(_text: string): { ok: true; ast: unknown } | { ok: false; error: ExpressionError } {
  return { ok: true, ast: null };
}

/** Placeholder for shared/expr's compileTemplate. */
export function compileTemplate(_text: string): { ok: true } | { ok: false; error: ExpressionError } {
  return { ok: true };
}
