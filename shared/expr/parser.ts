import type { BinaryOperator, Expr, MapEntry, UnaryOperator } from './ast';
import { forbiddenNames, keywords } from './ast';
import { ExpressionError } from './error';
import { tokenize, tokenizeTemplate, type TemplatePart, type Token } from './lexer';
import { positionAt } from './position';
import { binaryOperators, precedence } from './precedence';

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ExpressionError };

// Deep enough for any expression a person writes; shallow enough that neither the parser nor the
// compiled closures can exhaust the stack.
const maxNesting = 500;

/** Parses expression text into a tree, or says what is wrong and where. Never throws. */
export function parseExpression(text: string): ParseResult {
  try {
    return { ok: true, ast: new Parser(tokenize(text), text).root() };
  } catch (error) {
    return { ok: false, error: asParseError(error, text) };
  }
}

/** Parses template text such as `Order ${id} shipped` (no quotes around it) into a tree. */
export function parseTemplate(text: string): ParseResult {
  try {
    const parts = new Parser([], text).templateParts(tokenizeTemplate(text));
    const ast: Expr =
      parts.length === 1 && typeof parts[0] === 'string'
        ? { type: 'string', value: parts[0], start: 0, end: text.length }
        : parts.length === 0
          ? { type: 'string', value: '', start: 0, end: text.length }
          : { type: 'template', parts, start: 0, end: text.length };
    return { ok: true, ast };
  } catch (error) {
    return { ok: false, error: asParseError(error, text) };
  }
}

function asParseError(error: unknown, text: string): ExpressionError {
  if (error instanceof ExpressionError) return error;
  // Only a bug gets here; report it as a parse error rather than crash the editor.
  const message = error instanceof Error ? error.message : String(error);
  return new ExpressionError('parse', `cannot read this expression (${message})`, positionAt(text, 0));
}

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(private readonly tokens: Token[], private readonly source: string) {}

  root(): Expr {
    const ast = this.expression(0);
    const next = this.peek();
    if (next.kind !== 'eof') this.unexpected(next);
    return ast;
  }

  templateParts(parts: TemplatePart[]): (string | Expr)[] {
    return parts.map((part) => {
      if (part.kind === 'text') return part.value;
      const inner = new Parser(part.tokens, this.source);
      inner.nesting = this.nesting + 1;
      return inner.root();
    });
  }

  private expression(minPower: number): Expr {
    const depthAtStart = this.nesting;
    this.deeper();
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'op' && !(token.kind === 'name' && (token.text === 'in' || token.text === 'as'))) break;
      const op = token.text;
      const power = this.infixPower(op);
      if (power === undefined) {
        if (op === '=') this.fail("'=' assigns, which expressions cannot do: use '==' to compare", token.start);
        if (op === '===' || op === '!==') this.fail(`'${op}' is not an operator here: use '${op.slice(0, 2)}'`, token.start);
        break;
      }
      if (power < minPower) break;
      // A long chain (a + b + c ..., a.b.c ...) nests as deeply as parentheses do.
      this.deeper();
      left = this.infix(left, op);
    }
    this.nesting = depthAtStart;
    return left;
  }

  private deeper(): void {
    if (++this.nesting > maxNesting) this.fail('this expression is nested too deeply', this.peek().start);
  }

  private infixPower(op: string): number | undefined {
    if (op === '?' || op === '?:') return precedence.conditional;
    if (op === '.' || op === '?.' || op === '[' || op === '(') return precedence.postfix;
    return Object.hasOwn(precedence, op) ? precedence[op as keyof typeof precedence] : undefined;
  }

  private infix(left: Expr, op: string): Expr {
    const token = this.next();
    const start = left.start;
    switch (op) {
      case '?': {
        const consequent = this.expression(0);
        this.expect(':');
        const alternate = this.expression(precedence.conditional);
        return { type: 'conditional', test: left, consequent, alternate, start, end: alternate.end };
      }
      case '?:': {
        const right = this.expression(precedence.conditional);
        return { type: 'elvis', left, right, start, end: right.end };
      }
      case '.':
      case '?.':
        return this.member(left, op === '?.');
      case '[': {
        const index = this.expression(0);
        const close = this.expect(']');
        return { type: 'index', object: left, index, start, end: close.end };
      }
      case '(':
        return this.fail('only a named method can be called, as in name(...) or value.name(...)', token.start);
      case 'as': {
        const { name, end } = this.qualifiedName('a type name after \'as\'');
        return { type: 'cast', operand: left, targetType: name, start, end };
      }
    }
    if (!binaryOperators.has(op)) this.unexpected(token);
    const power = this.infixPower(op)!;
    // `**` is right-associative and its right side may be negative: 2 ** -1.
    const right = op === '**' ? this.expression(precedence.unary) : this.expression(power + 1);
    return { type: 'binary', operator: op as BinaryOperator, left, right, start, end: right.end };
  }

  private member(object: Expr, safe: boolean): Expr {
    const token = this.next();
    let name: string;
    if (token.kind === 'name') name = token.text;
    else if (token.kind === 'string') name = token.value;
    else return this.fail(`expected a property or method name after '${safe ? '?.' : '.'}'`, token.start);
    this.checkName(name, token.start);
    if (this.isOp(this.peek(), '(')) {
      const { args, end } = this.arguments();
      return { type: 'method', object, name, args, safe, start: object.start, end };
    }
    return { type: 'member', object, name, safe, start: object.start, end: token.end };
  }

  private prefix(): Expr {
    const token = this.next();
    const { start, end } = token;
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value, start, end };
      case 'string':
        return { type: 'string', value: token.value, start, end };
      case 'template':
        return { type: 'template', parts: this.templateParts(token.parts), start, end };
      case 'eof':
        return this.fail('expected an expression but the text ends here', start);
      case 'name':
        return this.named(token);
      case 'op':
        break;
    }
    switch (token.text) {
      case '(': {
        const inner = this.expression(0);
        this.expect(')');
        return inner;
      }
      case '[':
        return this.listOrMap(start);
      case '!':
      case '-':
      case '+': {
        const operand = this.expression(precedence.unary);
        return { type: 'unary', operator: token.text as UnaryOperator, operand, start, end: operand.end };
      }
    }
    return this.unexpected(token);
  }

  private named(token: Token & { kind: 'name' }): Expr {
    const { text, start, end } = token;
    switch (text) {
      case 'true':
      case 'false':
        return { type: 'boolean', value: text === 'true', start, end };
      case 'null':
        return { type: 'null', start, end };
      case 'if':
        return this.ifExpression(start);
      case 'new': {
        const { name } = this.qualifiedName("a class name after 'new'");
        const { args, end: close } = this.arguments();
        return { type: 'new', className: name, args, start, end: close };
      }
    }
    this.checkName(text, start);
    if (keywords.has(text)) this.fail(`'${text}' cannot be used here`, start);
    if (this.isOp(this.peek(), '(')) {
      const { args, end: close } = this.arguments();
      return { type: 'call', name: text, args, start, end: close };
    }
    return { type: 'variable', name: text, start, end };
  }

  private ifExpression(start: number): Expr {
    this.expect('(');
    const test = this.expression(0);
    this.expect(')');
    const consequent = this.branch();
    let alternate: Expr | null = null;
    const next = this.peek();
    if (next.kind === 'name' && next.text === 'else') {
      this.next();
      alternate = this.branch();
    }
    return { type: 'if', test, consequent, alternate, start, end: (alternate ?? consequent).end };
  }

  /** A branch of `if`, bare or in braces as Groovy code usually writes it. */
  private branch(): Expr {
    if (!this.isOp(this.peek(), '{')) return this.expression(0);
    this.next();
    const inner = this.expression(0);
    this.expect('}');
    return inner;
  }

  private listOrMap(start: number): Expr {
    if (this.isOp(this.peek(), ':')) {
      this.next();
      const close = this.expect(']');
      return { type: 'map', entries: [], start, end: close.end };
    }
    const items: Expr[] = [];
    const entries: MapEntry[] = [];
    let isMap: boolean | undefined;
    while (!this.isOp(this.peek(), ']')) {
      const at = this.peek().start;
      const literalKey = this.mapKey();
      let key: string | Expr | undefined = literalKey;
      let item: Expr | undefined;
      if (key === undefined) {
        item = this.expression(0);
        if (this.isOp(this.peek(), ':')) {
          this.next();
          key = item;
        }
      }
      if (isMap === undefined) isMap = key !== undefined;
      if (isMap !== (key !== undefined)) {
        this.fail(isMap ? "expected 'key: value' in this map" : "a list holds values, not 'key: value' pairs", at);
      }
      if (key !== undefined) entries.push({ key, value: this.expression(0) });
      else items.push(item!);
      if (!this.isOp(this.peek(), ',')) break;
      this.next();
    }
    const close = this.expect(']');
    return entries.length > 0
      ? { type: 'map', entries, start, end: close.end }
      : { type: 'list', items, start, end: close.end };
  }

  /** A literal key followed by ':' (consumed), or undefined when the entry does not start so. */
  private mapKey(): string | undefined {
    const token = this.peek();
    const after = this.tokens[this.index + 1];
    if (!after || !this.isOp(after, ':')) return undefined;
    let key: string;
    if (token.kind === 'name') key = token.text;
    else if (token.kind === 'string') key = token.value;
    else if (token.kind === 'number') key = String(token.value);
    else return undefined;
    this.checkName(key, token.start);
    this.index += 2;
    return key;
  }

  private arguments(): { args: Expr[]; end: number } {
    this.expect('(');
    const args: Expr[] = [];
    while (!this.isOp(this.peek(), ')')) {
      args.push(this.expression(0));
      if (!this.isOp(this.peek(), ',')) break;
      this.next();
    }
    return { args, end: this.expect(')').end };
  }

  private qualifiedName(what: string): { name: string; end: number } {
    let token = this.next();
    if (token.kind !== 'name') return this.fail(`expected ${what}`, token.start);
    this.checkName(token.text, token.start);
    let name = token.text;
    let end = token.end;
    while (this.isOp(this.peek(), '.')) {
      this.next();
      token = this.next();
      if (token.kind !== 'name') return this.fail(`expected ${what}`, token.start);
      this.checkName(token.text, token.start);
      name += `.${token.text}`;
      end = token.end;
    }
    return { name, end };
  }

  private checkName(name: string, at: number): void {
    if (forbiddenNames.has(name)) {
      throw new ExpressionError('forbidden', `'${name}' is not available in expressions`, positionAt(this.source, at));
    }
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'eof') this.index += 1;
    return token;
  }

  private isOp(token: Token, text: string): boolean {
    return token.kind === 'op' && token.text === text;
  }

  private expect(text: string): Token {
    const token = this.next();
    if (!this.isOp(token, text)) this.fail(`expected '${text}' but found ${describe(token)}`, token.start);
    return token;
  }

  private unexpected(token: Token): never {
    return this.fail(`unexpected ${describe(token)}`, token.start);
  }

  private fail(message: string, at: number): never {
    throw new ExpressionError('parse', message, positionAt(this.source, at));
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'eof': return 'the end of the expression';
    case 'number': return `the number ${token.value}`;
    case 'string':
    case 'template': return 'a string';
    case 'name': return `'${token.text}'`;
    case 'op': return `'${token.text}'`;
  }
}
