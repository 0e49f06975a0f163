// The reserved variables and events of FLUX.md, named once for the validator, engine and editor.

/** Set by a state's action to pick the outgoing transition; a waiting state receives the event's name in it. */
export const FLUX_EVENT = '$fluxEvent';
/** A transition event matching any `$fluxEvent` no other transition of the state matches. */
export const ELSE_EVENT = '$else';
/** A transition event taken when the state's action throws. */
export const EXCEPTION_EVENT = '$exception';
/** As a value of `$fluxEvent`, ends the run at once. */
export const TERMINATE_EVENT = '$fluxTerminate';
/** Readable on an `$exception` transition: `{ message, type, fluxStackTrace }`. */
export const FLUX_EXCEPTION = '$fluxException';
/** The trigger's name, when a trigger started the run. */
export const TRIGGER_FLUX_EVENT = '$triggerFluxEvent';
/** The run's id, the service's name and the current state's name. */
export const FLUX_CONTEXT_ID = '$fluxContextId';
export const FLUX_NAME = '$fluxName';
export const FLUX_STATE_NAME = '$fluxStateName';
