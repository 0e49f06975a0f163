// The syntax tree of an expression. Every node carries the offsets of its text (start inclusive,
// end exclusive) so evaluation errors can point at the part that failed.

interface Span {
  start: number;
  end: number;
}

export type BinaryOperator =
  | '||' | '&&'
  | '==' | '!=' | '<=>'
  | '<' | '<=' | '>' | '>=' | 'in'
  | '+' | '-'
  | '*' | '/' | '%'
  | '**';

export type UnaryOperator = '!' | '-' | '+';

export interface NumberLiteral extends Span { type: 'number'; value: number }
export interface StringLiteral extends Span { type: 'string'; value: string }
/** A GString with at least one interpolation; texts and expressions alternate, no empty texts. */
export interface TemplateLiteral extends Span { type: 'template'; parts: (string | Expr)[] }
export interface BooleanLiteral extends Span { type: 'boolean'; value: boolean }
export interface NullLiteral extends Span { type: 'null' }
export interface Variable extends Span { type: 'variable'; name: string }
export interface Member extends Span { type: 'member'; object: Expr; name: string; safe: boolean }
export interface Index extends Span { type: 'index'; object: Expr; index: Expr }
/** A call of a bare name, `foo(1)`: there are no global functions, so it fails when evaluated. */
export interface Call extends Span { type: 'call'; name: string; args: Expr[] }
export interface MethodCall extends Span { type: 'method'; object: Expr; name: string; args: Expr[]; safe: boolean }
/** `new Random()`; `className` is written as in the text, dots included (`java.util.Date`). */
export interface New extends Span { type: 'new'; className: string; args: Expr[] }
export interface Unary extends Span { type: 'unary'; operator: UnaryOperator; operand: Expr }
export interface Binary extends Span { type: 'binary'; operator: BinaryOperator; left: Expr; right: Expr }
/** `value as Integer` */
export interface Cast extends Span { type: 'cast'; operand: Expr; targetType: string }
export interface Conditional extends Span { type: 'conditional'; test: Expr; consequent: Expr; alternate: Expr }
export interface Elvis extends Span { type: 'elvis'; left: Expr; right: Expr }
/** Groovy's `if (c) a else b` used as a value; without `else` it yields null when `c` is false. */
export interface If extends Span { type: 'if'; test: Expr; consequent: Expr; alternate: Expr | null }
export interface ListLiteral extends Span { type: 'list'; items: Expr[] }
/** A key is a string (`[a: 1]`, `['a b': 1]`) or an expression computed at run time (`[(k): 1]`). */
export interface MapEntry { key: string | Expr; value: Expr }
export interface MapLiteral extends Span { type: 'map'; entries: MapEntry[] }

export type Expr =
  | NumberLiteral | StringLiteral | TemplateLiteral | BooleanLiteral | NullLiteral
  | Variable | Member | Index | Call | MethodCall | New
  | Unary | Binary | Cast | Conditional | Elvis | If
  | ListLiteral | MapLiteral;

/**
 * Names that would lead from data to the JavaScript machinery behind it. They are refused wherever
 * a name is written (variable, property, method, map key) and wherever a key is computed.
 */
export const forbiddenNames: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
  'this', 'super',
]);

/** Words that cannot name a variable. */
export const keywords: ReadonlySet<string> = new Set([
  'true', 'false', 'null', 'if', 'else', 'new', 'in', 'as', 'this', 'super',
]);

/** The same tree without start/end offsets: two parses of equivalent text compare equal. */
export function withoutPositions(node: Expr): unknown {
  return strip(node);
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== 'start' && key !== 'end') out[key] = strip(item);
  }
  return out;
}
