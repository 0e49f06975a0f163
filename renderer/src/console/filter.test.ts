import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LogLevel, LogRecord } from '../../../shared/api';
import { compileFilter, LEVELS, noFilter, type ConsoleFilter } from './filter';
import { FilteredView } from './filtered-view';
import { droppedText, formatLine } from './format';
import { RingBuffer } from './ring-buffer';

let seq = 0;
const rec = (level: LogLevel, message: string, extra: Partial<LogRecord> = {}): LogRecord => ({ seq: ++seq, time: 0, level, message, ...extra });
const filter = (patch: Partial<ConsoleFilter>): ConsoleFilter => ({ ...noFilter, ...patch });
const messages = (view: FilteredView<LogRecord>) => view.toArray().map((r) => r.message);

describe('compileFilter', () => {
  it('should let everything through without a predicate when nothing is set', () => {
    expect(compileFilter(noFilter)).toBeNull();
    expect(compileFilter(filter({ text: '   ' }))).toBeNull();
  });

  it('should show a minimum level and everything more severe', () => {
    const warn = compileFilter(filter({ minLevel: 'WARN' }))!;
    expect(LEVELS.map((level) => warn(rec(level, 'x')))).toEqual([false, false, true, true]);
  });

  it('should match the service exactly and the run by part', () => {
    const match = compileFilter(filter({ service: 'orders.Checkout', run: '42' }))!;
    expect(match(rec('INFO', 'x', { service: 'orders.Checkout', run: 'r-420' }))).toBe(true);
    expect(match(rec('INFO', 'x', { service: 'orders.Checkout2', run: 'r-420' }))).toBe(false);
    expect(match(rec('INFO', 'x', { service: 'orders.Checkout' }))).toBe(false);
  });

  it('should match text in the message, service, run or state, ignoring case', () => {
    const match = compileFilter(filter({ text: 'GREET' }))!;
    expect(match(rec('INFO', 'say greeting'))).toBe(true);
    expect(match(rec('INFO', 'x', { state: 'Greet' }))).toBe(true);
    expect(match(rec('INFO', 'x', { service: 'greeter' }))).toBe(true);
    expect(match(rec('INFO', 'bye', { service: 'Hello', state: 'Done' }))).toBe(false);
  });
});

describe('FilteredView', () => {
  it('should be the buffer itself without a predicate', () => {
    const ring = new RingBuffer<LogRecord>(10);
    ring.push(rec('INFO', 'a'));
    const view = new FilteredView(ring, null);
    ring.push(rec('INFO', 'b'));
    view.sync();
    expect(messages(view)).toEqual(['a', 'b']);
  });

  it('should pick up records appended after it was built', () => {
    const ring = new RingBuffer<LogRecord>(10);
    ring.push(rec('ERROR', 'e1'));
    ring.push(rec('INFO', 'i1'));
    const view = new FilteredView(ring, compileFilter(filter({ minLevel: 'ERROR' })));
    ring.push(rec('ERROR', 'e2'));
    ring.push(rec('DEBUG', 'd1'));
    view.sync();
    expect(messages(view)).toEqual(['e1', 'e2']);
  });

  it('should forget matches the buffer overwrote and count them as removed', () => {
    const ring = new RingBuffer<LogRecord>(3);
    const view = new FilteredView(ring, compileFilter(filter({ text: 'keep' })));
    ['keep 1', 'skip', 'keep 2'].forEach((m) => ring.push(rec('INFO', m)));
    view.sync();
    ['keep 3', 'keep 4'].forEach((m) => ring.push(rec('INFO', m)));
    view.sync();
    expect(messages(view)).toEqual(['keep 2', 'keep 3', 'keep 4']);
    expect(view.removed).toBe(1);
    ring.clear();
    view.sync();
    expect(view.length).toBe(0);
  });

  it('should equal filtering the buffer from scratch, however appends and syncs interleave (property)', () => {
    const level = fc.constantFrom<LogLevel>(...LEVELS);
    const record = fc.record({ level, message: fc.constantFrom('alpha', 'beta', 'gamma') });
    const step = fc.oneof(fc.array(record, { maxLength: 8 }).map((batch) => ({ batch })), fc.constant({ batch: null }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), level, fc.constantFrom('', 'a', 'beta'), fc.array(step, { maxLength: 30 }), (capacity, minLevel, text, steps) => {
        const ring = new RingBuffer<LogRecord>(capacity);
        const predicate = compileFilter(filter({ minLevel, text }));
        const view = new FilteredView(ring, predicate);
        for (const { batch } of steps) {
          if (batch) batch.forEach((r) => ring.push(rec(r.level, r.message)));
          else view.sync();
        }
        view.sync();
        expect(view.toArray()).toEqual(ring.toArray().filter(predicate ?? (() => true)));
      }),
    );
  });

  it('should stay cheap per batch with 100,000 records held and a filter on', () => {
    const ring = new RingBuffer<LogRecord>(100_000);
    for (let i = 0; i < 100_000; i++) ring.push(rec(i % 4 === 0 ? 'ERROR' : 'INFO', `m${i}`));
    const view = new FilteredView(ring, compileFilter(filter({ minLevel: 'ERROR' })));
    const started = performance.now();
    for (let batch = 0; batch < 600; batch++) {
      for (let i = 0; i < 333; i++) ring.push(rec(i % 4 === 0 ? 'ERROR' : 'INFO', 'new'));
      view.sync();
    }
    expect(view.length).toBe(ring.toArray().filter((r) => r.level === 'ERROR').length);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('format', () => {
  it('should write a line with a dash for each missing field', () => {
    const line = formatLine({ seq: 1, time: new Date(2024, 0, 1, 9, 5, 7, 42).getTime(), level: 'INFO', service: 'Hello', message: 'hi' });
    expect(line).toBe('09:05:07.042 INFO  Hello - - hi');
  });

  it('should say how many records were dropped', () => {
    expect(droppedText(1)).toBe('1 older record dropped');
    expect(droppedText(12_000)).toBe('12,000 older records dropped');
  });
});
