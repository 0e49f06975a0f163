import { nearestName } from './nearest-name';
import { quote, reporterInto, type Report } from './reporter';
import { startStateOf } from './start-state';
import type { Diagnostic, FluxDocument } from './types';
import { validateExpressions } from './validate-expressions';
import { validateInvocation } from './validate-invocations';
import { validateProperties } from './validate-properties';
import { validateTransitions } from './validate-transitions';

const STATE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True for a valid state name: an identifier of letters, digits and `_`, not starting with a digit. */
export function isValidStateName(name: string): boolean {
  return STATE_NAME.test(name);
}

/** Checks a readable document against the rules a run depends on; never throws. */
export function validateFlux(doc: FluxDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = reporterInto(diagnostics);
  validateService(doc, report);
  const names = validateStateNames(doc, report);
  doc.states.forEach((state, i) => {
    validateTransitions(state, i, names, report);
    if (state.action.type === 'invokeCode') validateInvocation(state.action, state.name, i, report);
  });
  validateReachability(doc, names, report);
  validateProperties(doc, report);
  validateExpressions(doc, report);
  return diagnostics;
}

function validateService(doc: FluxDocument, report: Report): void {
  if (doc.states.length === 0) report('empty-service', 'the service has no states, so a run has nothing to do', ['states']);
  const triggers = new Set<string>();
  doc.triggers?.forEach((trigger, i) => {
    if (trigger.trim() === '') report('empty-trigger', `trigger ${i} is an empty name; no event can match it`, ['triggers', i]);
    else if (triggers.has(trigger)) report('duplicate-trigger', `the trigger ${quote(trigger)} is listed twice`, ['triggers', i]);
    triggers.add(trigger);
  });
}

function validateStateNames(doc: FluxDocument, report: Report): Set<string> {
  const names = new Map<string, number>();
  doc.states.forEach((state, i) => {
    const place = { state: state.name };
    if (!isValidStateName(state.name)) {
      report('invalid-state-name', `the state name ${JSON.stringify(state.name)} is not an identifier: use letters, digits and _, not starting with a digit (the display name can be anything)`, ['states', i, 'name'], place);
    }
    const first = names.get(state.name);
    if (first !== undefined) {
      report('duplicate-state', `the state name ${quote(state.name)} is used by states ${first} and ${i}; state names must be unique`, ['states', i, 'name'], place);
    } else {
      names.set(state.name, i);
    }
  });
  const set = new Set(names.keys());
  if (doc.startState !== undefined && !set.has(doc.startState)) {
    const near = nearestName(doc.startState, set);
    report('unknown-start-state', `startState ${quote(doc.startState)} is not a state of this service${near ? ` (did you mean ${quote(near)}?)` : ''}`, ['startState']);
  }
  return set;
}

function validateReachability(doc: FluxDocument, names: ReadonlySet<string>, report: Report): void {
  const start = startStateOf(doc);
  if (!start) return;
  const byName = new Map(doc.states.map((s) => [s.name, s]));
  const reached = new Set([start.name]);
  const queue = [start];
  for (let next = queue.pop(); next; next = queue.pop()) {
    for (const transition of next.transitions ?? []) {
      const target = byName.get(transition.to);
      if (target && !reached.has(target.name)) {
        reached.add(target.name);
        queue.push(target);
      }
    }
  }
  if (reached.size === names.size) return;
  doc.states.forEach((state, i) => {
    if (reached.has(state.name)) return;
    report('unreachable-state', `state ${quote(state.name)} cannot be reached from the start state ${quote(start.name)}`, ['states', i], { state: state.name });
  });
}
