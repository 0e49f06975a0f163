import { parseExpression, parseTemplate } from '../expr';

/** Why an expression text does not parse, and where (an offset in the text). */
export interface ExpressionProblem {
  message: string;
  offset: number;
}

/** The parse problem of an expression (a `set` line with `evaluate`, a wait), or null. */
export function expressionProblem(text: string): ExpressionProblem | null {
  const result = parseExpression(text);
  return result.ok ? null : { message: result.error.message, offset: result.error.position?.offset ?? 0 };
}

/** The parse problem of a `${}` template (a tag), or null. */
export function templateProblem(text: string): ExpressionProblem | null {
  if (!text.includes('$')) return null;
  const result = parseTemplate(text);
  return result.ok ? null : { message: result.error.message, offset: result.error.position?.offset ?? 0 };
}
