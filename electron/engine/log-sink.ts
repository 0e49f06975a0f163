import type { LogRecord } from '../../shared/api/schemas';

/** Where the engine writes its console records; the backend batches them towards the UI. */
export interface LogSink {
  write(record: LogRecord): void;
}

/** A sink that drops everything (benchmarks). */
export const nullSink: LogSink = { write: () => {} };

/** A sink that keeps every record in memory (tests, the CLI). */
export class MemorySink implements LogSink {
  readonly records: LogRecord[] = [];
  write(record: LogRecord): void {
    this.records.push(record);
  }
}

/**
 * A record as one console line: `<LEVEL> [<service>#<run> <state>] <message>`; the brackets hold
 * what the record names and are left out when it names nothing.
 */
export function formatRecord(record: LogRecord): string {
  let where = record.service ?? '';
  if (record.run !== undefined) where += `#${record.run}`;
  if (record.state !== undefined) where += where === '' ? record.state : ` ${record.state}`;
  return where === '' ? `${record.level} ${record.message}` : `${record.level} [${where}] ${record.message}`;
}
