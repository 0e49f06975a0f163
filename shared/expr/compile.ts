import { forbiddenNames, type BinaryOperator, type Expr, type Member, type MethodCall } from './ast';
import { castTo } from './conversions';
import type { ExpressionEnv } from './env';
import { ExpressionError, asExpressionError } from './error';
import { callMethod } from './methods';
import { binaryOperations, negate } from './operators';
import { positionAt } from './position';
import { printExpression } from './printer';
import { getIndex, getProperty } from './properties';
import type { Scope } from './scope';
import { callStatic, construct, staticClassOf, staticConstant } from './statics';
import { ContextView, checkKey, display, fail, isMap, truthy } from './values';

/** A compiled node: the tree turned into nested closures once, so evaluation never walks it again. */
export type Evaluator = (scope: Scope, env: ExpressionEnv) => unknown;

type Locate = (error: unknown) => ExpressionError;

/** Turns a tree parsed from `source` into an evaluator; errors it throws point into `source`. */
export function compileTree(ast: Expr, source: string): Evaluator {
  return new Compiler(source).compile(ast);
}

class Compiler {
  constructor(private readonly source: string) {}

  compile(node: Expr): Evaluator {
    // The parser refuses these names already; a tree built by hand must not get past here either.
    const name = 'name' in node ? node.name : undefined;
    if (name !== undefined && forbiddenNames.has(name)) {
      const error = new ExpressionError('forbidden', `'${name}' is not available in expressions`, positionAt(this.source, node.start));
      return () => {
        throw error;
      };
    }
    switch (node.type) {
      case 'number':
      case 'string':
      case 'boolean': {
        const value = node.value;
        return () => value;
      }
      case 'null':
        return () => null;
      case 'template':
        return this.template(node.parts);
      case 'variable':
        return this.variable(node.name, this.locator(node));
      case 'member':
        return this.member(node);
      case 'index': {
        const object = this.compile(node.object);
        const index = this.compile(node.index);
        const locate = this.locator(node);
        const what = describeNode(node.object);
        return (s, e) => {
          const o = object(s, e);
          if (o === null || o === undefined) throw locate(new ExpressionError('type', `'${what()}' is null, so it cannot be indexed`));
          const i = index(s, e);
          try {
            return getIndex(o, i);
          } catch (error) {
            throw locate(error);
          }
        };
      }
      case 'call': {
        const error = new ExpressionError('unknown-method', `there is no function '${node.name}' (expressions call methods on values, as in text.trim())`);
        const locate = this.locator(node);
        return () => {
          throw locate(error);
        };
      }
      case 'method':
        return this.method(node);
      case 'new': {
        const args = this.list(node.args);
        const { className } = node;
        const locate = this.locator(node);
        return (s, e) => {
          const values = args(s, e);
          try {
            return construct(className, values, e);
          } catch (error) {
            throw locate(error);
          }
        };
      }
      case 'unary': {
        const operand = this.compile(node.operand);
        if (node.operator === '!') return (s, e) => !truthy(operand(s, e));
        const { operator } = node;
        const locate = this.locator(node);
        return (s, e) => {
          const value = operand(s, e);
          try {
            return negate(value, operator);
          } catch (error) {
            throw locate(error);
          }
        };
      }
      case 'binary':
        return this.binary(node.operator, this.compile(node.left), this.compile(node.right), this.locator(node));
      case 'cast': {
        const operand = this.compile(node.operand);
        const { targetType } = node;
        const locate = this.locator(node);
        return (s, e) => {
          const value = operand(s, e);
          try {
            return castTo(value, targetType);
          } catch (error) {
            throw locate(error);
          }
        };
      }
      case 'conditional': {
        const [test, consequent, alternate] = [this.compile(node.test), this.compile(node.consequent), this.compile(node.alternate)];
        return (s, e) => (truthy(test(s, e)) ? consequent(s, e) : alternate(s, e));
      }
      case 'elvis': {
        const [left, right] = [this.compile(node.left), this.compile(node.right)];
        return (s, e) => {
          const value = left(s, e);
          return truthy(value) ? value : right(s, e);
        };
      }
      case 'if': {
        const [test, consequent] = [this.compile(node.test), this.compile(node.consequent)];
        const alternate = node.alternate ? this.compile(node.alternate) : () => null;
        return (s, e) => (truthy(test(s, e)) ? consequent(s, e) : alternate(s, e));
      }
      case 'list':
        return this.list(node.items);
      case 'map':
        return this.map(node);
    }
  }

  private template(parts: (string | Expr)[]): Evaluator {
    const compiled = parts.map((p) => (typeof p === 'string' ? p : this.compile(p)));
    const count = compiled.length;
    return (s, e) => {
      let out = '';
      for (let i = 0; i < count; i++) {
        const part = compiled[i]!;
        if (typeof part === 'string') {
          out += part;
        } else {
          const value = part(s, e);
          out += typeof value === 'string' ? value : display(value);
        }
      }
      return out;
    };
  }

  private variable(name: string, locate: Locate): Evaluator {
    return (s) => {
      if (s.has(name)) {
        const value = s.get(name);
        return value === undefined ? null : value;
      }
      if (name === '$context') return new ContextView(s);
      throw locate(new ExpressionError('unknown-variable', `unknown variable '${name}'`));
    };
  }

  private member(node: Member): Evaluator {
    const { name, safe } = node;
    const className = staticClassOf(node.object);
    const locate = this.locator(node);
    if (className !== undefined) {
      return () => {
        try {
          return staticConstant(className, name);
        } catch (error) {
          throw locate(error);
        }
      };
    }
    const object = this.compile(node.object);
    const what = describeNode(node.object);
    return (s, e) => {
      const o = object(s, e);
      if (isMap(o)) {
        if (!Object.hasOwn(o, name)) return null;
        const value = o[name];
        return value === undefined ? null : value;
      }
      if (o === null || o === undefined) {
        if (safe) return null;
        throw locate(new ExpressionError('type', `'${what()}' is null, so '.${name}' cannot be read (use ?. to allow null)`));
      }
      try {
        return getProperty(o, name);
      } catch (error) {
        throw locate(error);
      }
    };
  }

  private method(node: MethodCall): Evaluator {
    const { name, safe } = node;
    const args = this.list(node.args);
    const locate = this.locator(node);
    const className = staticClassOf(node.object);
    if (className !== undefined) {
      return (s, e) => {
        const values = args(s, e);
        try {
          return callStatic(className, name, values, e);
        } catch (error) {
          throw locate(error);
        }
      };
    }
    const object = this.compile(node.object);
    const what = describeNode(node.object);
    return (s, e) => {
      const o = object(s, e);
      if (o === null || o === undefined) {
        if (safe) return null;
        throw locate(new ExpressionError('type', `'${what()}' is null, so ${name}() cannot be called on it (use ?. to allow null)`));
      }
      const values = args(s, e);
      try {
        return callMethod(o, name, values, e);
      } catch (error) {
        throw locate(error);
      }
    };
  }

  private binary(operator: BinaryOperator, left: Evaluator, right: Evaluator, locate: Locate): Evaluator {
    if (operator === '&&') return (s, e) => truthy(left(s, e)) && truthy(right(s, e));
    if (operator === '||') return (s, e) => truthy(left(s, e)) || truthy(right(s, e));
    const apply = binaryOperations[operator];
    return (s, e) => {
      const a = left(s, e);
      const b = right(s, e);
      try {
        return apply(a, b);
      } catch (error) {
        throw locate(error);
      }
    };
  }

  private list(items: Expr[]): (scope: Scope, env: ExpressionEnv) => unknown[] {
    const compiled = items.map((item) => this.compile(item));
    return (s, e) => {
      const out = new Array<unknown>(compiled.length);
      for (let i = 0; i < compiled.length; i++) out[i] = compiled[i]!(s, e);
      return out;
    };
  }

  private map(node: Expr & { type: 'map' }): Evaluator {
    const entries = node.entries.map((entry) => ({
      key: typeof entry.key === 'string' ? entry.key : this.compile(entry.key),
      value: this.compile(entry.value),
    }));
    const locate = this.locator(node);
    return (s, e) => {
      // Keys are checked (no __proto__), so plain assignment cannot reach a prototype.
      const out: Record<string, unknown> = {};
      for (const entry of entries) {
        const key = typeof entry.key === 'string' ? entry.key : computedKey(entry.key(s, e), locate);
        out[key] = entry.value(s, e);
      }
      return out;
    };
  }

  private locator(node: Expr): Locate {
    const offset = this.focus(node);
    return (error) => asExpressionError(error, this.source, offset);
  }

  /** Where an error about `node` should point: at its operator or name rather than at its start. */
  private focus(node: Expr): number {
    let found = -1;
    if (node.type === 'member' || node.type === 'method') found = this.source.indexOf(node.name, node.object.end);
    else if (node.type === 'binary') found = this.source.indexOf(node.operator, node.left.end);
    else if (node.type === 'index') found = this.source.indexOf('[', node.object.end);
    else if (node.type === 'cast') found = this.source.indexOf(node.targetType, node.operand.end);
    return found >= 0 && found < node.end ? found : node.start;
  }
}

function computedKey(key: unknown, locate: Locate): string {
  try {
    if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean' || key === null) return checkKey(display(key));
    return fail('type', 'a map key is text or a number');
  } catch (error) {
    throw locate(error);
  }
}

/** The text of a node for an error message, printed only when an error needs it. */
function describeNode(node: Expr): () => string {
  return () => printExpression(node);
}
