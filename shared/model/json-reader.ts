import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { createLineIndex, type LineIndex } from './line-index';
import type { Diagnostic } from './types';

/** Where values stand in the text: built only when a diagnostic needs a line and column. */
export interface JsonPositions {
  tree: Node;
  lines: LineIndex;
}

/** JSON text read into a value; `positions()` parses the text again with positions, once. */
export type JsonReadResult =
  | { ok: true; value: unknown; positions: () => JsonPositions; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads strict JSON (no comments, no trailing commas). JSON.parse does the work, since it is many
 * times faster than a position-tracking parser; jsonc-parser's tree is built only to place a
 * problem: the first syntax error (later ones are mostly its echoes), a duplicate key (an error,
 * since keeping either value would silently drop the other on save), or a number too large to
 * keep exactly.
 */
export function readJson(text: string): JsonReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, diagnostics: [syntaxDiagnostic(text, error)] };
  }
  let cached: JsonPositions | undefined;
  const positions = (): JsonPositions => {
    cached ??= { tree: parseTree(text, [], STRICT) as Node, lines: createLineIndex(text) };
    return cached;
  };
  const census = takeCensus(value);
  if (census.tooDeep) {
    const message = `values are nested more than ${MAX_DEPTH} levels deep; a Flux service never needs that many`;
    return { ok: false, diagnostics: [{ code: 'json-too-deep', severity: 'error', message, ...createLineIndex(text).positionAt(tooDeepOffset(text)) }] };
  }
  const diagnostics: Diagnostic[] = [];
  if (census.keys !== countKeyTokens(text)) findDuplicateKeys(positions(), diagnostics);
  if (census.unsafeIntegers > 0) findImpreciseNumbers(text, positions(), diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, value, positions, diagnostics };
}

// Integers longer than this may not survive a trip through a JavaScript number.
const SAFE_DIGITS = 15;
// Deeper files are refused before anything recursive (a tree, validation) sees them.
const MAX_DEPTH = 100;
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

// Walks the value without recursion (a hostile file may nest thousands of levels), counting keys
// and integers a number cannot hold; stops early at a depth beyond the limit.
function takeCensus(value: unknown): Census {
  const census: Census = { keys: 0, unsafeIntegers: 0, tooDeep: false };
  const stack: [unknown, number][] = [[value, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [v, depth] = entry;
    if (typeof v === 'number') {
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) census.unsafeIntegers++;
    } else if (typeof v === 'object' && v !== null) {
      if (depth > MAX_DEPTH) {
        census.tooDeep = true;
        return census;
      }
      const items = Array.isArray(v) ? v : Object.values(v);
      if (!Array.isArray(v)) census.keys += items.length;
      for (const item of items) stack.push([item, depth + 1]);
    }
  }
  return census;
}

interface Census {
  keys: number;
  unsafeIntegers: number;
  tooDeep: boolean;
}

// Where the first array or object nested deeper than the limit opens.
function tooDeepOffset(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return 0;
}

// The number of keys written in a valid JSON text: string tokens followed by a colon. Tokens are
// found one after another (indexOf is much faster than a regular expression here), so a quote
// inside a string never starts one.
function countKeyTokens(text: string): number {
  let keys = 0;
  let start = text.indexOf('"');
  while (start !== -1) {
    let end = text.indexOf('"', start + 1);
    while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
    if (end === -1) break;
    let next = end + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58) keys++;
    start = text.indexOf('"', next);
  }
  return keys;
}

// A quote is escaped when an odd number of backslashes precede it.
function escaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
}

function findDuplicateKeys({ tree, lines }: JsonPositions, diagnostics: Diagnostic[]): void {
  walk(tree, (node) => {
    if (node.type !== 'object') return;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const keyNode = property.children?.[0];
      if (!keyNode) continue;
      const key = keyNode.value as string;
      if (seen.has(key)) {
        diagnostics.push({
          code: 'json-duplicate-key',
          severity: 'error',
          message: `the key "${key}" appears twice in the same object; keep one`,
          ...lines.positionAt(keyNode.offset),
        });
      }
      seen.add(key);
    }
  });
}

function findImpreciseNumbers(text: string, { tree, lines }: JsonPositions, diagnostics: Diagnostic[]): void {
  walk(tree, (node) => {
    if (node.type !== 'number' || node.length <= SAFE_DIGITS) return;
    const raw = text.slice(node.offset, node.offset + node.length);
    // Only a loss counts: 1e20 written out in full is kept exactly, 12345678901234567890 is not.
    if (!/^-?\d+$/.test(raw) || BigInt(raw) === BigInt(node.value as number)) return;
    diagnostics.push({
      code: 'json-number-precision',
      severity: 'warning',
      message: `the number ${raw} is too large to keep exactly; it would be saved as ${String(node.value)} (write it as a string to keep it)`,
      ...lines.positionAt(node.offset),
    });
  });
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function syntaxDiagnostic(text: string, thrown: unknown): Diagnostic {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, STRICT);
  } catch {
    // jsonc-parser recurses: text nested thousands of levels deep overflows its stack.
    errors.length = 0;
  }
  const first = errors[0];
  const lines = createLineIndex(text);
  if (first === undefined) {
    // Both parsers reject the same texts as far as we know; if not, JSON.parse's word stands.
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const at = /position (\d+)/.exec(message);
    return { code: 'json-syntax', severity: 'error', message: `invalid JSON: ${message}`, ...(at ? lines.positionAt(Number(at[1])) : {}) };
  }
  return { code: 'json-syntax', severity: 'error', message: `invalid JSON: ${syntaxMessage(text, first)}`, ...lines.positionAt(first.offset) };
}

function syntaxMessage(text: string, error: ParseError): string {
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
  const shown = found === '' ? 'the end of the file' : `'${found}'`;
  const afterComma = /,\s*$/.test(text.slice(0, error.offset));
  switch (error.error) {
    case 1:
      return `unexpected ${shown} (JSON has no such token; strings take double quotes)`;
    case 2:
      return `invalid number ${shown}`;
    case 3:
      return afterComma && text[error.offset] === '}' ? 'a trailing comma is not allowed' : `expected a property name in double quotes, found ${shown}`;
    case 4:
      return afterComma && (text[error.offset] === ']' || text[error.offset] === '}')
        ? 'a trailing comma is not allowed'
        : `expected a value, found ${shown}`;
    case 5:
      return `expected ':' after the property name, found ${shown}`;
    case 6:
      return `expected ',' between values, found ${shown}`;
    case 7:
      return `expected '}' to close the object, found ${shown}`;
    case 8:
      return `expected ']' to close the array, found ${shown}`;
    case 9:
      return `unexpected ${shown} after the end of the document`;
    case 10:
    case 11:
      return 'comments are not allowed in a .flux file';
    case 12:
      return 'unterminated string (a line break inside a string must be written \\n)';
    case 13:
      return 'unterminated number';
    case 14:
      return 'invalid \\u escape in a string';
    case 15:
      return 'invalid escape character in a string';
    case 16:
      return 'invalid control character in a string (write it as an escape)';
    default:
      return `unexpected ${shown}`;
  }
}
