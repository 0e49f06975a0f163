import { LruCache } from './cache';
import { compileTree, type Evaluator } from './compile';
import { systemEnv, type ExpressionEnv } from './env';
import { asExpressionError, type ExpressionError } from './error';
import { parseExpression, parseTemplate, type ParseResult } from './parser';
import type { Scope } from './scope';

/** An expression parsed and compiled once, to be evaluated many times. */
export interface CompiledExpression {
  readonly source: string;
  /** The value of the expression in `scope`; throws an ExpressionError with a position. */
  evaluate(scope: Scope, env?: ExpressionEnv): unknown;
}

// Flux files hold a few hundred distinct expressions at most; the bound only stops a session of
// typing in the editor from growing the cache for ever.
const cacheLimit = 1000;
const expressions = new LruCache<CompiledExpression | ExpressionError>(cacheLimit);
const templates = new LruCache<CompiledExpression | ExpressionError>(cacheLimit);

/** Compiles expression text, or returns the compiled form cached for the same text; throws on a parse error. */
export function compileExpression(text: string): CompiledExpression {
  return cached(expressions, text, parseExpression);
}

/** Compiles template text such as `Order ${id}` (no quotes: only `${...}` is special); cached. */
export function compileTemplate(text: string): CompiledExpression {
  return cached(templates, text, parseTemplate);
}

/** Compiles (through the cache) and evaluates in one step. */
export function evaluateExpression(text: string, scope: Scope, env?: ExpressionEnv): unknown {
  return compileExpression(text).evaluate(scope, env);
}

/** Empties both caches (benchmarks measure cold parses with it). */
export function clearExpressionCache(): void {
  expressions.clear();
  templates.clear();
}

function cached(
  cache: LruCache<CompiledExpression | ExpressionError>,
  text: string,
  parse: (text: string) => ParseResult,
): CompiledExpression {
  let entry = cache.get(text);
  if (entry === undefined) {
    const result = parse(text);
    entry = result.ok ? compiled(text, compileTree(result.ast, text)) : result.error;
    cache.set(text, entry);
  }
  if ('evaluate' in entry) return entry;
  throw entry;
}

function compiled(source: string, evaluator: Evaluator): CompiledExpression {
  return {
    source,
    evaluate(scope, env = systemEnv) {
      try {
        return evaluator(scope, env);
      } catch (error) {
        throw asExpressionError(error, source);
      }
    },
  };
}
