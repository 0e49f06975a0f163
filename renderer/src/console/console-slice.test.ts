import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { LogRecord } from '../../../shared/api';
import { CONSOLE_LIMIT, createConsoleSlice, type ConsoleSlice } from '../store/console-slice';

// The console slice alone: it reads and writes only its own part of the studio's state.
const consoleStore = () => createStore<ConsoleSlice>()((set, get, api) => createConsoleSlice(set as never, get as never, api as never));
const rec = (seq: number, extra: Partial<LogRecord> = {}): LogRecord => ({ seq, time: seq, level: 'INFO', message: `m${seq}`, ...extra });

describe('console slice', () => {
  it('should append batches in order and bump the version', () => {
    const store = consoleStore();
    store.getState().appendLogs([rec(1), rec(2)]);
    store.getState().appendLogs([rec(3)]);
    const { buffer, version } = store.getState().console;
    expect(buffer.toArray().map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(version).toBe(2);
  });

  it('should skip records it already has, as when log:recent overlaps the first batch', () => {
    const store = consoleStore();
    store.getState().appendLogs([rec(1), rec(2)]);
    const before = store.getState().console;
    store.getState().appendLogs([rec(2)]);
    expect(store.getState().console).toBe(before);
    store.getState().appendLogs([rec(2), rec(3)]);
    expect(store.getState().console.buffer.size).toBe(3);
  });

  it('should keep the last CONSOLE_LIMIT records and count the rest as dropped', () => {
    const store = consoleStore();
    const batch = Array.from({ length: CONSOLE_LIMIT + 7 }, (_, i) => rec(i + 1));
    store.getState().appendLogs(batch);
    const { buffer } = store.getState().console;
    expect(buffer.size).toBe(CONSOLE_LIMIT);
    expect(buffer.dropped).toBe(7);
    expect(buffer.at(buffer.start)?.seq).toBe(8);
  });

  it('should list the services seen, sorted, and keep the same array when none is new', () => {
    const store = consoleStore();
    store.getState().appendLogs([rec(1, { service: 'b' }), rec(2, { service: 'a' }), rec(3)]);
    const services = store.getState().console.services;
    expect(services).toEqual(['a', 'b']);
    store.getState().appendLogs([rec(4, { service: 'a' })]);
    expect(store.getState().console.services).toBe(services);
  });

  it('should empty on clear and not take back records already seen', () => {
    const store = consoleStore();
    store.getState().appendLogs([rec(1), rec(2)]);
    store.getState().clearConsole();
    store.getState().appendLogs([rec(2), rec(3)]);
    expect(store.getState().console.buffer.toArray().map((r) => r.seq)).toEqual([3]);
    expect(store.getState().console.buffer.dropped).toBe(0);
  });
});

describe('console filter', () => {
  it('should keep the filter in the store, so it outlives the pane', () => {
    const store = consoleStore();
    store.getState().setConsoleFilter({ minLevel: 'WARN', service: 'Hello', run: '', text: 'x' });
    expect(store.getState().consoleFilter).toEqual({ minLevel: 'WARN', service: 'Hello', run: '', text: 'x' });
  });
});
