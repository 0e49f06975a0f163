import type { LogRecord } from '../../../shared/api';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local wall-clock time with milliseconds, the resolution log records carry. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** One record as a line of text, in the columns the console shows ("-" for a missing field). */
export function formatLine(r: LogRecord): string {
  return [formatTime(r.time), r.level.padEnd(5), r.service ?? '-', r.run ?? '-', r.state ?? '-', r.message].join(' ');
}

/** "1 older record dropped", "12,000 older records dropped". */
export function droppedText(count: number): string {
  return `${count.toLocaleString('en-US')} older record${count === 1 ? '' : 's'} dropped`;
}
