import { ExpressionError } from './error';
import { positionAt } from './position';

/** A piece of a string: literal text, or the tokens of a `${...}` / `$name` interpolation. */
export type TemplatePart =
  | { kind: 'text'; value: string }
  | { kind: 'expr'; tokens: Token[]; start: number; end: number };

/** A token; interpolated strings arrive whole, their expressions already split into tokens. */
export type Token =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'template'; parts: TemplatePart[]; start: number; end: number }
  | { kind: 'name'; text: string; start: number; end: number }
  | { kind: 'op'; text: string; start: number; end: number }
  | { kind: 'eof'; start: number; end: number };

const threeCharOps = ['<=>', '===', '!=='];
const twoCharOps = ['?.', '?:', '**', '==', '!=', '<=', '>=', '&&', '||'];
const oneCharOps = '+-*/%<>!?:.,()[]{}=';
const simpleEscapes: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"', $: '$',
};
// Strings inside `${}` inside strings: far past any real use, well short of the stack's end.
const maxInterpolationDepth = 100;
const identifierStart = /[\p{L}_$]/u;
const identifierPart = /[\p{L}\p{N}_$]/u;

interface BodyOptions {
  /** The closing quote, or null for a template that runs to the end of the text. */
  close: string | null;
  multiline: boolean;
  /** `${...}`: double quotes and templates have it, single quotes do not. */
  interpolate: boolean;
  /** Groovy's `$name` short form; templates only know `${...}`. */
  dollarNames: boolean;
  /** Backslash escapes; templates only know `\$`, so Windows paths in messages stay as written. */
  escapes: boolean;
}

/** Splits an expression into tokens, ending with an `eof` token; throws a 'parse' ExpressionError. */
export function tokenize(source: string): Token[] {
  return new Lexer(source).tokens(null);
}

/** Splits template text (no quotes around it) into literal text and `${...}` interpolations. */
export function tokenizeTemplate(source: string): TemplatePart[] {
  return new Lexer(source).body({ close: null, multiline: true, interpolate: true, dollarNames: false, escapes: false }, 0);
}

class Lexer {
  private pos = 0;
  private readonly openInterpolations: number[] = [];

  constructor(private readonly src: string) {}

  /** Tokens to the end of the text, or, when `openedAt` is set, to the `}` closing that `${`. */
  tokens(openedAt: number | null): Token[] {
    const out: Token[] = [];
    let depth = 0;
    for (;;) {
      this.skipSpace();
      const start = this.pos;
      if (start >= this.src.length) {
        if (openedAt !== null) this.fail("'${' is not closed: expected '}'", openedAt);
        out.push({ kind: 'eof', start, end: start });
        return out;
      }
      if (openedAt !== null && depth === 0 && this.src[start] === '}') {
        out.push({ kind: 'eof', start, end: start });
        this.pos += 1;
        return out;
      }
      const token = this.token();
      if (token.kind === 'op' && token.text === '{') depth += 1;
      if (token.kind === 'op' && token.text === '}') depth -= 1;
      out.push(token);
    }
  }

  /** The text of a string up to its closing quote (already past the opening one). */
  body(options: BodyOptions, start: number): TemplatePart[] {
    const src = this.src;
    const parts: TemplatePart[] = [];
    let text = '';
    const flush = () => {
      if (text !== '') parts.push({ kind: 'text', value: text });
      text = '';
    };
    for (;;) {
      if (this.pos >= src.length) {
        if (options.close === null) break;
        // Inside `${`, a quote meant to close the outer string opened a new one: the brace is missing.
        const open = this.openInterpolations.at(-1);
        if (open !== undefined) this.fail("'${' is not closed: expected '}'", open);
        this.fail('this string is not closed', start);
      }
      const ch = src[this.pos]!;
      if (options.close !== null && src.startsWith(options.close, this.pos)) {
        this.pos += options.close.length;
        break;
      }
      if (ch === '\n' && !options.multiline) {
        this.fail('this string is not closed on its line (use triple quotes for text over several lines)', start);
      }
      if (ch === '\\') {
        text += options.escapes ? this.escape() : this.templateEscape();
        continue;
      }
      if (ch === '$' && options.interpolate && src[this.pos + 1] === '{') {
        flush();
        const open = this.pos;
        this.pos += 2;
        if (this.openInterpolations.length >= maxInterpolationDepth) this.fail('these strings are nested too deeply', open);
        this.openInterpolations.push(open);
        const tokens = this.tokens(open);
        this.openInterpolations.pop();
        if (tokens.length === 1) this.fail("'${}' is empty: put an expression between the braces", open);
        parts.push({ kind: 'expr', tokens, start: open, end: this.pos });
        continue;
      }
      if (ch === '$' && options.dollarNames) {
        flush();
        parts.push(this.dollarPath());
        continue;
      }
      text += ch;
      this.pos += 1;
    }
    flush();
    return parts;
  }

  private token(): Token {
    const src = this.src;
    const start = this.pos;
    const ch = src[start]!;
    if (ch >= '0' && ch <= '9') return this.number();
    if (ch === "'" || ch === '"') return this.string(ch);
    if (this.isIdentifierStart(start)) return { kind: 'name', text: this.name(), start, end: this.pos };
    const op =
      threeCharOps.find((o) => src.startsWith(o, start)) ??
      twoCharOps.find((o) => src.startsWith(o, start)) ??
      (oneCharOps.includes(ch) ? ch : undefined);
    if (op === undefined) this.fail(`unexpected character '${ch}'`, start);
    this.pos += op.length;
    return { kind: 'op', text: op, start, end: this.pos };
  }

  private number(): Token {
    const src = this.src;
    const start = this.pos;
    let digits: string;
    if (src[start] === '0' && (src[start + 1] === 'x' || src[start + 1] === 'X')) {
      this.pos += 2;
      this.skipWhile(/[0-9a-fA-F_]/);
      digits = src.slice(start, this.pos).replace(/_/g, '');
      if (digits.length === 2) this.fail('a hexadecimal number needs digits after 0x', start);
    } else {
      this.skipWhile(/[0-9_]/);
      if (src[this.pos] === '.' && /[0-9]/.test(src[this.pos + 1] ?? '')) {
        this.pos += 1;
        this.skipWhile(/[0-9_]/);
      }
      if (/[eE]/.test(src[this.pos] ?? '') && /^[+-]?[0-9]/.test(src.slice(this.pos + 1, this.pos + 3))) {
        this.pos += /[+-]/.test(src[this.pos + 1]!) ? 2 : 1;
        this.skipWhile(/[0-9]/);
      }
      digits = src.slice(start, this.pos).replace(/_/g, '');
    }
    // Groovy's type suffixes (10L, 1.5G, 2d): every number is a JavaScript number here.
    if (/[lLgGiIdDfF]/.test(src[this.pos] ?? '') && !this.isIdentifierPart(this.pos + 1)) this.pos += 1;
    if (this.isIdentifierPart(this.pos)) this.fail(`'${src.slice(start, this.pos + 1)}' is not a number`, start);
    const value = Number(digits);
    if (!Number.isFinite(value)) this.fail('this number is too large', start);
    return { kind: 'number', value, start, end: this.pos };
  }

  private string(quote: string): Token {
    const start = this.pos;
    const triple = this.src.startsWith(quote.repeat(3), start);
    this.pos += triple ? 3 : 1;
    const parts = this.body(
      { close: triple ? quote.repeat(3) : quote, multiline: triple, interpolate: quote === '"', dollarNames: quote === '"', escapes: true },
      start,
    );
    const end = this.pos;
    if (parts.every((p) => p.kind === 'text')) {
      return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.value : '')).join(''), start, end };
    }
    return { kind: 'template', parts, start, end };
  }

  /** `$name.path` inside a double-quoted string: names joined by dots, as Groovy reads it. */
  private dollarPath(): TemplatePart {
    const start = this.pos;
    if (!this.isIdentifierStart(start + 1)) {
      this.fail("a '$' in a double-quoted string starts '${expression}' or '$name': write '\\$' for a dollar sign", start);
    }
    this.pos += 1;
    const tokens: Token[] = [];
    for (;;) {
      const nameStart = this.pos;
      tokens.push({ kind: 'name', text: this.name(), start: nameStart, end: this.pos });
      if (this.src[this.pos] !== '.' || !this.isIdentifierStart(this.pos + 1)) break;
      tokens.push({ kind: 'op', text: '.', start: this.pos, end: this.pos + 1 });
      this.pos += 1;
    }
    tokens.push({ kind: 'eof', start: this.pos, end: this.pos });
    return { kind: 'expr', tokens, start, end: this.pos };
  }

  private escape(): string {
    const at = this.pos;
    const next = this.src[at + 1];
    if (next === undefined) this.fail('a backslash ends the text', at);
    if (next === 'u') {
      const hex = this.src.slice(at + 2, at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("'\\u' needs four hexadecimal digits", at);
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (next === '\n' || (next === '\r' && this.src[at + 2] === '\n')) {
      this.pos += next === '\n' ? 2 : 3;
      return '';
    }
    const simple = Object.hasOwn(simpleEscapes, next) ? simpleEscapes[next] : undefined;
    if (simple === undefined) this.fail(`unknown escape '\\${next}' (write '\\\\' for a backslash)`, at);
    this.pos += 2;
    return simple;
  }

  private templateEscape(): string {
    if (this.src[this.pos + 1] === '$') {
      this.pos += 2;
      return '$';
    }
    this.pos += 1;
    return '\\';
  }

  private name(): string {
    const start = this.pos;
    this.pos += String.fromCodePoint(this.src.codePointAt(start)!).length;
    while (this.isIdentifierPart(this.pos)) this.pos += String.fromCodePoint(this.src.codePointAt(this.pos)!).length;
    return this.src.slice(start, this.pos);
  }

  private skipSpace(): void {
    const src = this.src;
    for (;;) {
      const ch = src[this.pos];
      if (ch !== undefined && /\s/.test(ch)) {
        this.pos += 1;
      } else if (ch === '/' && src[this.pos + 1] === '/') {
        const end = src.indexOf('\n', this.pos);
        this.pos = end === -1 ? src.length : end;
      } else if (ch === '/' && src[this.pos + 1] === '*') {
        const end = src.indexOf('*/', this.pos + 2);
        if (end === -1) this.fail("this comment is not closed: expected '*/'", this.pos);
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }

  private skipWhile(pattern: RegExp): void {
    while (this.pos < this.src.length && pattern.test(this.src[this.pos]!)) this.pos += 1;
  }

  private isIdentifierStart(at: number): boolean {
    const cp = this.src.codePointAt(at);
    return cp !== undefined && identifierStart.test(String.fromCodePoint(cp));
  }

  private isIdentifierPart(at: number): boolean {
    const cp = this.src.codePointAt(at);
    return cp !== undefined && identifierPart.test(String.fromCodePoint(cp));
  }

  private fail(message: string, at: number): never {
    throw new ExpressionError('parse', message, positionAt(this.src, at));
  }
}
