import type { Node } from 'jsonc-parser';
import type { LineIndex } from './line-index';
import type { Diagnostic } from './types';

/**
 * Fills in `line` and `column` of diagnostics that carry a JSON path: where the value stands, or
 * the nearest enclosing value when the path names a missing field. A diagnostic about a place
 * inside a string (`valueOffset`, e.g. an expression's parse error) points at that character.
 */
export function locateDiagnostics(diagnostics: Diagnostic[], tree: Node, text: string, lines: LineIndex): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.path === undefined || d.line !== undefined) return d;
    const node = nodeAt(tree, d.path);
    let offset = node.offset;
    if (d.valueOffset !== undefined && node.type === 'string') offset = rawOffset(text, node.offset, d.valueOffset);
    return { ...d, ...lines.positionAt(offset) };
  });
}

/** The value node at `path`, or the deepest existing node along it. */
export function nodeAt(tree: Node, path: (string | number)[]): Node {
  let node = tree;
  for (const segment of path) {
    let next: Node | undefined;
    if (node.type === 'object' && typeof segment === 'string') {
      const property = node.children?.find((p) => p.children?.[0]?.value === segment);
      next = property?.children?.[1];
    } else if (node.type === 'array' && typeof segment === 'number') {
      next = node.children?.[segment];
    }
    if (next === undefined) return node;
    node = next;
  }
  return node;
}

// Where the `decoded`-th character of a JSON string token starting at `start` (its opening
// quote) stands in the text: escapes take more than one character of the text.
function rawOffset(text: string, start: number, decoded: number): number {
  let raw = start + 1;
  for (let i = 0; i < decoded && raw < text.length && text[raw] !== '"'; i++) {
    if (text[raw] === '\\') raw += text[raw + 1] === 'u' ? 6 : 2;
    else raw += 1;
  }
  return raw;
}
