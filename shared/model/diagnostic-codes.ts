// Every code a diagnostic of the model can carry, with its severity and what it means. The
// reader's codes (json-*, schema-*) make a file unreadable; the validator's describe a readable
// document that would not run as its author meant.

/** A diagnostic code, its severity and a one-line explanation. */
export interface DiagnosticCodeInfo {
  severity: 'error' | 'warning';
  summary: string;
}

/** The catalogue of diagnostic codes. */
export const DIAGNOSTIC_CODES = {
  'json-syntax': { severity: 'error', summary: 'The file is not valid JSON.' },
  'json-duplicate-key': { severity: 'error', summary: 'An object has the same key twice.' },
  'json-too-deep': { severity: 'error', summary: 'Values are nested deeper than any service needs.' },
  'json-number-precision': { severity: 'warning', summary: 'A number is too large to keep exactly.' },
  'schema-wrong-type': { severity: 'error', summary: 'A field holds a value of the wrong kind.' },
  'schema-missing-field': { severity: 'error', summary: 'A required field is missing.' },
  'schema-unknown-action': { severity: 'error', summary: 'An action has a type other than invokeCode, invokeGloop or script.' },
  'schema-unknown-line': { severity: 'error', summary: 'A mapping line has a type other than set.' },
  'schema-empty-path': { severity: 'error', summary: 'A mapping line has an empty from or to path.' },
  'empty-service': { severity: 'warning', summary: 'The service has no states.' },
  'invalid-state-name': { severity: 'error', summary: 'A state name is not an identifier.' },
  'duplicate-state': { severity: 'error', summary: 'Two states have the same name.' },
  'unknown-start-state': { severity: 'error', summary: 'startState names no state.' },
  'unknown-target': { severity: 'error', summary: 'A transition goes to a state that does not exist.' },
  'waiting-without-transitions': { severity: 'error', summary: 'A waiting state has no transitions, so it can never go on.' },
  'waiting-eventless-transition': { severity: 'error', summary: 'A waiting state has a transition with neither event nor wait, which nothing can take.' },
  'duplicate-event': { severity: 'error', summary: 'Two transitions of a state have the same event.' },
  'ambiguous-transitions': { severity: 'error', summary: 'A state has an event-less transition among other choices.' },
  'missing-flux-event': { severity: 'error', summary: 'A state chooses by event, but its action never sets $fluxEvent.' },
  'invalid-wait': { severity: 'error', summary: 'A wait is neither duration:SECONDS nor date:EXPR.' },
  'unknown-function': { severity: 'error', summary: 'An invokeCode action names a function the built-in library does not have.' },
  'parameter-mismatch': { severity: 'warning', summary: 'An invokeCode action lists parameters the function does not take.' },
  'invalid-expression': { severity: 'error', summary: 'An expression does not parse.' },
  'unreachable-state': { severity: 'warning', summary: 'No path of transitions leads from the start state to a state.' },
  'unknown-type': { severity: 'error', summary: 'A property has a type FLUX.md does not define.' },
  'duplicate-property': { severity: 'error', summary: 'Two properties of one list have the same name.' },
  'bad-choice': { severity: 'error', summary: 'A choice is not a value of the property\'s type, or choices do not apply to it.' },
  'duplicate-choice': { severity: 'error', summary: 'A property lists the same choice twice.' },
  'bad-default': { severity: 'error', summary: 'A default value is not a value of the property\'s type.' },
  'default-not-in-choices': { severity: 'error', summary: 'A default value is not one of the property\'s choices.' },
  'empty-trigger': { severity: 'error', summary: 'A trigger is an empty name.' },
  'duplicate-trigger': { severity: 'warning', summary: 'A trigger is listed twice.' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

/** A code of the catalogue. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
