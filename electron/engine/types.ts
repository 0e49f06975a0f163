// The data of a run and the engine's public shapes. A run is plain data (JSON-safe apart from the
// Date values expressions may produce), so the step function can be pure and a store can keep it.
import type { LogLevel } from '../../shared/api/schemas';

/** Where a run stands. RUNNING covers a run being stepped and one awaiting an invoked service. */
export type RunStatus = 'RUNNING' | 'WAITING' | 'SLEEPING' | 'COMPLETED' | 'FAILED' | 'TERMINATED';

/** Statuses a run never leaves. */
export const FINISHED_STATUSES: readonly RunStatus[] = ['COMPLETED', 'FAILED', 'TERMINATED'];

/** True when the run has ended (completed, failed or terminated). */
export function isFinished(status: RunStatus): boolean {
  return status === 'COMPLETED' || status === 'FAILED' || status === 'TERMINATED';
}

/** A variable bag: a state's inputs or outputs, the service's inputs or outputs. */
export type Vars = Record<string, unknown>;

/** The variables one state keeps across visits (FLUX.md step 3: a loop can count). */
export interface StateVars {
  input: Vars;
  output: Vars;
}

/** A timer the run owns: a waiting state's time-out, or the sleep before entering a state. */
export type RunTimer =
  | { id: string; kind: 'timeout'; at: number; state: string; transition: number }
  | { id: string; kind: 'sleep'; at: number; state: string; target: string; inputs: Vars; exception?: boolean };

/** One entry of a run's history: a state entered or a transition taken, with when and why. */
export type HistoryEntry =
  | { type: 'state'; time: number; state: string }
  | { type: 'event'; time: number; state: string; event: string }
  | { type: 'transition'; time: number; from: string; to: string; event?: string; reason: string };

/** What a run waits for while an asynchronous action (script, invoked service) is out. */
export interface PendingAction {
  /** `continue`: a run that looped without resting yields to other runs, then enters `next`. */
  kind: 'script' | 'invoke' | 'continue';
  state: string;
  /** The run of the invoked service, once it has one. */
  child?: string;
  next?: { target: string; inputs: Vars; exception?: boolean };
}

/** The error a failed run ended with. */
export interface RunError {
  code: string;
  message: string;
  state?: string;
}

/** Everything the engine knows about one run. */
export interface RunData {
  id: string;
  service: string;
  /** The definition the run started with (a content hash); redeploys do not change it. */
  version: string;
  status: RunStatus;
  state: string;
  inputs: Vars;
  outputs: Vars;
  states: Record<string, StateVars>;
  fluxEvent: unknown;
  /** `$fluxException` while it is readable (the `$exception` transition and the state it leads to). */
  exception?: FluxException;
  trigger?: string;
  tags: string[];
  timers: RunTimer[];
  pending?: PendingAction;
  history: HistoryEntry[];
  /** History entries dropped to keep the list bounded. */
  historyDropped: number;
  error?: RunError;
  /** The run that invoked this one (invokeGloop), and how deep the chain is. */
  parent?: string;
  depth: number;
  startedAt: number;
  updatedAt: number;
  endedAt?: number;
  /** Next timer id; ids are unique within the run. */
  nextTimer: number;
}

/** `$fluxException` as FLUX.md defines it. */
export interface FluxException {
  message: string;
  type: string;
  fluxStackTrace: string[];
}

/** A log line before the runner numbers and stamps it. */
export interface LogEntry {
  level: LogLevel;
  message: string;
  state?: string;
}

/** What listRuns shows of a run. */
export interface RunSummary {
  id: string;
  service: string;
  status: RunStatus;
  state: string;
  tags: string[];
  trigger?: string;
  parent?: string;
  startedAt: number;
  updatedAt: number;
  endedAt?: number;
  error?: RunError;
}

/** What getRun shows: the summary, the context and the path taken. */
export interface RunDetail extends RunSummary {
  inputs: Vars;
  outputs: Vars;
  /** The variables of every state visited, the current `$fluxEvent` and the run's timers. */
  context: { states: Record<string, StateVars>; fluxEvent: unknown; timers: RunTimer[] };
  history: HistoryEntry[];
}

/** Which runs listRuns returns; every field given must match. */
export interface RunFilter {
  service?: string;
  status?: RunStatus | RunStatus[];
  tag?: string;
  /** The newest runs first, at most this many. */
  limit?: number;
}

/** A change to a run, for the backend to stream to the UI. */
export type RunChange =
  | { type: 'run-started'; run: RunSummary }
  | { type: 'run-updated'; run: RunSummary }
  | { type: 'run-finished'; run: RunSummary }
  | { type: 'run-removed'; id: string };

/** An external event (FLUX.md "Sending an external event"). */
export interface FluxEvent {
  event: string;
  inputs?: Vars;
  tags?: string[];
}

/** What an event would do if sent now: the services it would start and the runs it would resume, each with what would refuse it. */
export interface EventPreview {
  starts: { service: string; problems: string[] }[];
  resumes: { service: string; run: string; state: string; problems: string[] }[];
  /** When nothing takes the event: the nearest trigger or waited-for event. */
  nearest?: string;
}

/** What an event did: the runs it started and resumed, and who refused it and why. */
export interface SendEventResult {
  started: { service: string; run: string }[];
  resumed: { service: string; run: string }[];
  rejected: { service: string; run?: string; reasons: string[] }[];
  /** Set when no service and no waiting run accepted the event. */
  unmatched?: { message: string; nearest?: string };
}

/** What execute did: the run it started, or why it started none. */
export type ExecuteResult = { started: true; run: string } | { started: false; reasons: string[] };

/** Options of execute (FLUX.md: a run may start elsewhere than the start state, with extra tags). */
export interface ExecuteOptions {
  startState?: string;
  tags?: string[];
}
