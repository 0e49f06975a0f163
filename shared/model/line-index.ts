/** Maps offsets in a text to 1-based lines and columns (UTF-16 code units, as editors count). */
export interface LineIndex {
  positionAt(offset: number): { line: number; column: number };
}

/** Builds a `LineIndex` for `text`; lines end at `\n`, `\r\n` or a lone `\r`. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    positionAt(offset: number) {
      const at = Math.max(0, Math.min(offset, text.length));
      // Binary search for the last line start at or before the offset.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - starts[lo] + 1 };
    },
  };
}
