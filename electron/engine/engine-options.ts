import type { ExpressionEnv } from '../../shared/expr';
import type { FluxDocument } from '../../shared/model';
import type { Clock } from './clock';
import type { LogSink } from './log-sink';
import type { RunStore } from './run-store';
import type { ScriptRunner } from './script-runner';

/** What createEngine needs; everything has a default except what makes the engine useful. */
export interface EngineOptions {
  /** Default: the real clock. Tests pass a FakeClock. */
  clock?: Clock;
  /** Default: records are dropped. */
  sink?: LogSink;
  /** Default: runs live in memory only. */
  store?: RunStore;
  /** Finds a service that invokeGloop names but that is not deployed (optional). */
  loadService?: (name: string) => FluxDocument | undefined;
  /** Default: each script in its own worker thread. */
  scripts?: ScriptRunner;
  /** A script running longer is stopped and becomes an exception of its state (default 5,000 ms of real time). */
  scriptTimeoutMs?: number;
  /** How deep invokeGloop may nest services (default 32): a cycle fails instead of running away. */
  maxInvokeDepth?: number;
  /** Finished runs kept for listRuns and getRun, the oldest dropped first (default 1,000). */
  keepFinishedRuns?: number;
  /** States a run enters before it lets other runs go first (a loop without waits; default 1,000). */
  maxEntriesPerStep?: number;
  /** Chance and identity for expressions (`new Random()`, `UUID.randomUUID()`); time is the clock's. */
  random?: ExpressionEnv['random'];
  uuid?: ExpressionEnv['uuid'];
}
