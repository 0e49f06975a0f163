/** Codes of the errors the engine's API throws. */
export type EngineErrorCode =
  | 'unknown-service'
  | 'invalid-service'
  | 'unknown-state'
  | 'unknown-run'
  | 'engine-closed'
  | 'store-error';

/** An error of an engine call (not of a run): a code to switch on and a message naming what failed. */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(readonly code: EngineErrorCode, message: string) {
    super(message);
  }
}

/** Codes of the errors a run can fail with. */
export type RunErrorCode =
  | 'thrown'
  | 'expression-error'
  | 'unknown-function'
  | 'no-transition'
  | 'script-error'
  | 'script-timeout'
  | 'invoke-error'
  | 'invoke-depth'
  | 'bad-wait'
  | 'bad-path';

/** An error raised inside a run's state: an exception of that state (FLUX.md step 5). */
export class StateError extends Error {
  override name = 'StateError';
  constructor(readonly code: RunErrorCode, message: string, readonly type = 'Exception') {
    super(message);
  }
}
