import type { LogLevel, LogRecord } from '../../shared/api';

export interface LogInput {
  level: LogLevel;
  message: string;
  service?: string;
  run?: string;
  state?: string;
  /** When it happened, if not now (the engine stamps its records with its own clock). */
  time?: number;
}

/**
 * Numbers log records and sends them out in batches, at most one batch per interval, so a service
 * that logs thousands of lines a second costs the UI one message a frame. Keeps the newest records
 * so a window that connects late can show what happened before.
 */
export class LogBatcher {
  private seq = 0;
  private pending: LogRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly recent: LogRecord[] = [];

  constructor(
    private readonly flush: (records: LogRecord[]) => void,
    private readonly options: { intervalMs?: number; keep?: number; now?: () => number } = {},
  ) {}

  log(input: LogInput): LogRecord {
    const record: LogRecord = { ...input, seq: ++this.seq, time: input.time ?? (this.options.now ?? Date.now)() };
    this.push(record);
    return record;
  }

  /** Takes a record already numbered elsewhere (the engine numbers its own). */
  push(record: LogRecord): void {
    this.pending.push(record);
    this.recent.push(record);
    const keep = this.options.keep ?? 10_000;
    if (this.recent.length > keep * 2) this.recent.splice(0, this.recent.length - keep);
    this.timer ??= setTimeout(() => this.flushNow(), this.options.intervalMs ?? 16);
  }

  /** The newest records, oldest first. */
  recentRecords(): LogRecord[] {
    return this.recent.slice(-(this.options.keep ?? 10_000));
  }

  flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flush(batch);
  }

  close(): void {
    this.flushNow();
  }
}
