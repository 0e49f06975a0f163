import { compileExpression, ExpressionError, formatExpressionError, type ExpressionEnv, type Scope } from '../../shared/expr';
import type { FluxLine } from '../../shared/model';
import { StateError } from './errors';
import { readPath } from './paths';

/** The value a mapping line carries: a copied path, a literal, or an expression's value. */
export function lineValue(line: FluxLine, scope: Scope, env: ExpressionEnv): unknown {
  if (line.type === 'set') return line.evaluate ? evaluate(line.expression, scope, env) : line.expression;
  const [head, ...rest] = line.from;
  if (head === undefined || !scope.has(head)) return null;
  return readPath(scope.get(head), rest);
}

/** Evaluates expression text; an error becomes an exception of the state (FLUX.md "Expressions"). */
export function evaluate(text: string, scope: Scope, env: ExpressionEnv): unknown {
  try {
    return compileExpression(text).evaluate(scope, env);
  } catch (error) {
    if (error instanceof ExpressionError) {
      throw new StateError('expression-error', `${formatExpressionError(error)} in ${text}`, 'ExpressionError');
    }
    throw error;
  }
}
