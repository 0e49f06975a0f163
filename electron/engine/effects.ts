import type { LogEntry, RunTimer, Vars } from './types';

/** What a step asks the runner to do; the step itself does none of it (STYLE.md 1). */
export type Effect =
  | { type: 'log'; entry: LogEntry }
  | { type: 'arm-timer'; timer: RunTimer }
  | { type: 'cancel-timer'; id: string }
  | { type: 'run-script'; state: string; code: string; inputs: Vars }
  | { type: 'invoke'; state: string; service: string; inputs: Vars }
  | { type: 'terminate-child'; run: string }
  /** The run looped without resting; step it again after other work had its turn. */
  | { type: 'continue' };
