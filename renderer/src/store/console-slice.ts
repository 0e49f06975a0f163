import type { StateCreator } from 'zustand/vanilla';
import type { LogRecord } from '../../../shared/api';
import type { StudioState } from './store';

/** The console keeps at most this many records; older ones are dropped and counted. */
export const CONSOLE_LIMIT = 100_000;

export interface ConsoleSlice {
  console: { records: LogRecord[]; dropped: number };
  appendLogs(records: LogRecord[]): void;
}

export const createConsoleSlice: StateCreator<StudioState, [], [], ConsoleSlice> = (set) => ({
  console: { records: [], dropped: 0 },
  appendLogs(records) {
    if (records.length === 0) return;
    set((state) => {
      const lastSeq = state.console.records.at(-1)?.seq ?? 0;
      const fresh = records.filter((r) => r.seq > lastSeq);
      const all = state.console.records.concat(fresh);
      const over = Math.max(0, all.length - CONSOLE_LIMIT);
      return { console: { records: over > 0 ? all.slice(over) : all, dropped: state.console.dropped + over } };
    });
  },
});
