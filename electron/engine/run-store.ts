import type { FluxDocument } from '../../shared/model';
import { decodeRun, encodeRun } from './run-codec';
import type { RunData } from './types';

/** The engine's own counters, kept with the runs so ids never repeat after a restart. */
export interface EngineMeta {
  nextRun: number;
  /** The engine's time when it last saved; a fake clock resumes from here. */
  now?: number;
}

/** A deployed version of a service, kept for the runs that started with it. */
export interface StoredDefinition {
  name: string;
  document: FluxDocument;
}

/** Everything a store holds, as the engine reads it at start. */
export interface StoredState {
  runs: RunData[];
  definitions: Map<string, StoredDefinition>;
  meta: EngineMeta;
  /** Entries that could not be read (a damaged file): skipped, named here. */
  problems: string[];
}

/**
 * Where runs live between restarts. Writes are queued and may complete later; `flush` waits for
 * them. Each run is written whole, atomically, so a restart sees a run before or after a step,
 * never half of one (an event is applied once, never twice).
 */
export interface RunStore {
  load(): Promise<StoredState>;
  putRun(run: RunData): void;
  deleteRun(id: string): void;
  putDefinition(version: string, definition: StoredDefinition): void;
  putMeta(meta: EngineMeta): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A store in memory that keeps runs as JSON text, so a "restart" over the same store gives
 * fresh copies, exactly as a file store would.
 */
export class MemoryRunStore implements RunStore {
  private readonly runs = new Map<string, string>();
  private readonly definitions = new Map<string, string>();
  private meta: EngineMeta = { nextRun: 1 };

  async load(): Promise<StoredState> {
    const definitions = new Map<string, StoredDefinition>();
    for (const [version, text] of this.definitions) definitions.set(version, JSON.parse(text) as StoredDefinition);
    return { runs: [...this.runs.values()].map(decodeRun), definitions, meta: { ...this.meta }, problems: [] };
  }

  putRun(run: RunData): void {
    this.runs.set(run.id, encodeRun(run));
  }

  deleteRun(id: string): void {
    this.runs.delete(id);
  }

  putDefinition(version: string, definition: StoredDefinition): void {
    this.definitions.set(version, JSON.stringify(definition));
  }

  putMeta(meta: EngineMeta): void {
    this.meta = { ...meta };
  }

  /** How many runs are stored. */
  get size(): number {
    return this.runs.size;
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}
