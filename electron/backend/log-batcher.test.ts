import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogRecord } from '../../shared/api';
import { LogBatcher } from './log-batcher';

describe('LogBatcher', () => {
  afterEach(() => vi.useRealTimers());

  it('should send a burst of records as one batch after the interval, in order', () => {
    // given
    vi.useFakeTimers();
    const batches: LogRecord[][] = [];
    const logs = new LogBatcher((records) => batches.push(records), { intervalMs: 16, now: () => 1000 });
    // when
    for (let i = 0; i < 1000; i++) logs.log({ level: 'INFO', message: `line ${i}` });
    // then
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(16);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((r) => r.seq)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(batches[0]![0]).toEqual({ seq: 1, time: 1000, level: 'INFO', message: 'line 0' });
  });

  it('should keep only the newest records for a window that connects late', () => {
    const logs = new LogBatcher(() => {}, { keep: 10 });
    for (let i = 0; i < 35; i++) logs.log({ level: 'DEBUG', message: `line ${i}` });
    const recent = logs.recentRecords();
    expect(recent.map((r) => r.message)).toEqual(Array.from({ length: 10 }, (_, i) => `line ${25 + i}`));
    logs.close();
  });
});
