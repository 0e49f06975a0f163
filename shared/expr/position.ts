/** Where something sits in an expression's text: offset from 0, line and column from 1. */
export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

/** The line and column of `offset` in `text` (columns count UTF-16 code units). */
export function positionAt(text: string, offset: number): SourcePosition {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { offset: at, line, column: at - lineStart + 1 };
}
