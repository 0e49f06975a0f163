import type { StateCreator } from 'zustand/vanilla';
import type { LogRecord } from '../../../shared/api';
import { noFilter, type ConsoleFilter } from '../console/filter';
import { RingBuffer } from '../console/ring-buffer';
import type { StudioState } from './store';

/** The console keeps at most this many records; older ones are dropped and counted. */
export const CONSOLE_LIMIT = 100_000;

/**
 * The records live in a mutable ring buffer (copying 100,000 records per batch would cost more
 * than rendering them); `version` changes on every append or clear so React knows to re-read it.
 */
export interface ConsoleState {
  buffer: RingBuffer<LogRecord>;
  version: number;
  /** The newest sequence number taken: `log:recent` and the first batches may overlap. */
  lastSeq: number;
  /** Every service seen in a record, sorted; a new array only when one appears. */
  services: string[];
}

export interface ConsoleSlice {
  console: ConsoleState;
  /** Kept here rather than in the pane, so switching bottom-panel tabs does not lose it. */
  consoleFilter: ConsoleFilter;
  setConsoleFilter(filter: ConsoleFilter): void;
  appendLogs(records: LogRecord[]): void;
  /** Empties the console and its dropped count; records already seen do not come back. */
  clearConsole(): void;
}

export const createConsoleSlice: StateCreator<StudioState, [], [], ConsoleSlice> = (set, get) => ({
  console: { buffer: new RingBuffer<LogRecord>(CONSOLE_LIMIT), version: 0, lastSeq: 0, services: [] },
  consoleFilter: noFilter,

  setConsoleFilter(filter) {
    set({ consoleFilter: filter });
  },

  appendLogs(records) {
    const current = get().console;
    let { lastSeq, services } = current;
    let added = 0;
    for (const record of records) {
      if (record.seq <= lastSeq) continue;
      lastSeq = record.seq;
      current.buffer.push(record);
      added += 1;
      if (record.service && !services.includes(record.service)) services = [...services, record.service].sort();
    }
    if (added === 0) return;
    set({ console: { ...current, version: current.version + 1, lastSeq, services } });
  },

  clearConsole() {
    const current = get().console;
    current.buffer.clear();
    set({ console: { ...current, version: current.version + 1 } });
  },
});
