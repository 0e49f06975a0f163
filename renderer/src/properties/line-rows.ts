// Mapping lines as the Properties panel edits them: one row per line, a target path typed as
// dotted text, and either a source path (copy), a literal, or an expression.
import { formatExpressionError, parseExpression } from '../../../shared/expr';
import type { FluxLine, FluxPath } from '../../../shared/model';

/** How a row gets its value. */
export type LineRowKind = 'expression' | 'literal' | 'copy';

/** One editable mapping line: `value` is the expression, the literal or the source path. */
export interface LineRow {
  kind: LineRowKind;
  to: string;
  value: string;
}

/** `["order", "quantity"]` -> `order.quantity`. */
export function pathText(path: FluxPath): string {
  return path.join('.');
}

/** `order.quantity` -> `["order", "quantity"]`; blank segments are dropped. */
export function parsePath(text: string): FluxPath {
  return text
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function lineToRow(line: FluxLine): LineRow {
  if (line.type === 'set') return { kind: line.evaluate ? 'expression' : 'literal', to: pathText(line.to), value: line.expression };
  return { kind: 'copy', to: pathText(line.to), value: pathText(line.from) };
}

/**
 * A row back as a line; fields of the original line the panel does not show (unknown ones
 * included) are kept.
 */
export function rowToLine(row: LineRow, original?: FluxLine): FluxLine {
  const to = parsePath(row.to);
  if (row.kind === 'copy') {
    const { type: _type, expression: _e, evaluate: _v, ...rest } = (original ?? {}) as Partial<FluxLine> & Record<string, unknown>;
    return { ...rest, from: parsePath(row.value), to } as FluxLine;
  }
  const { from: _from, evaluate: _evaluate, ...rest } = (original ?? {}) as Partial<FluxLine> & Record<string, unknown>;
  const line = { ...rest, type: 'set', expression: row.value, to } as FluxLine & { evaluate?: boolean };
  if (row.kind === 'expression') line.evaluate = true;
  return line;
}

/** What is wrong with a row, as the field shows it (`1:5: ...` for an expression), or undefined. */
export function rowProblem(row: LineRow): { field: 'to' | 'value'; message: string } | undefined {
  if (parsePath(row.to).length === 0) return { field: 'to', message: 'A line needs a target path, such as order.quantity.' };
  if (row.kind === 'copy' && parsePath(row.value).length === 0) return { field: 'value', message: 'A copy line needs a source path.' };
  if (row.kind === 'expression') {
    const parsed = parseExpression(row.value);
    if (!parsed.ok) return { field: 'value', message: formatExpressionError(parsed.error) };
  }
  return undefined;
}
