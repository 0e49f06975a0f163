import { actionSetsFluxEvent } from './action';
import { nearestName } from './nearest-name';
import { quote, type Report } from './reporter';
import { ELSE_EVENT, EXCEPTION_EVENT, FLUX_EVENT } from './reserved';
import type { FluxState, FluxTransition } from './types';

/**
 * Checks one state's transitions against how a run chooses among them (FLUX.md, "How a run goes",
 * step 4): targets exist, events are distinct, an event-less transition is the only choice, and
 * a state that chooses by event sets `$fluxEvent`.
 */
export function validateTransitions(state: FluxState, index: number, stateNames: ReadonlySet<string>, report: Report): void {
  const transitions = state.transitions ?? [];
  const statePath = ['states', index];
  const place = (t: number) => ({ state: state.name, transition: t });
  const label = (t: number) => `transition ${t} of state ${quote(state.name)}`;

  transitions.forEach((transition, t) => {
    if (!stateNames.has(transition.to)) {
      const near = nearestName(transition.to, stateNames);
      report('unknown-target', `${label(t)} goes to ${quote(transition.to)}, which is not a state of this service${near ? ` (did you mean ${quote(near)}?)` : ''}`, [...statePath, 'transitions', t, 'to'], place(t));
    }
  });

  const seen = new Map<string, number>();
  transitions.forEach((transition, t) => {
    if (transition.event === undefined) return;
    const first = seen.get(transition.event);
    if (first === undefined) {
      seen.set(transition.event, t);
      return;
    }
    report('duplicate-event', `${label(t)} has the event ${quote(transition.event)}, as transition ${first} has; only one of them could ever be taken`, [...statePath, 'transitions', t, 'event'], place(t));
  });

  if (state.waiting === true) {
    validateWaiting(state, index, transitions, report);
    return;
  }

  // A non-waiting state chooses among its transitions other than `$exception` (step 4).
  const choices = transitions.map((transition, t) => ({ transition, t })).filter(({ transition }) => transition.event !== EXCEPTION_EVENT);
  if (choices.length > 1) {
    for (const { transition, t } of choices) {
      if (transition.event !== undefined) continue;
      report('ambiguous-transitions', `${label(t)} (to ${quote(transition.to)}) has no event, but the state has ${choices.length} transitions to choose from; give each an event (or ${ELSE_EVENT}) and set ${FLUX_EVENT} in the action`, [...statePath, 'transitions', t], place(t));
    }
  }
  const named = choices.filter(({ transition }) => transition.event !== undefined && transition.event !== ELSE_EVENT);
  if (named.length > 0 && !actionSetsFluxEvent(state.action)) {
    const events = named.map(({ transition }) => quote(transition.event ?? '')).join(', ');
    report('missing-flux-event', `state ${quote(state.name)} chooses its transition by event (${events}), but its action never sets ${FLUX_EVENT}; add a line that writes ${FLUX_EVENT}`, [...statePath, 'action'], { state: state.name });
  }
}

function validateWaiting(state: FluxState, index: number, transitions: FluxTransition[], report: Report): void {
  if (transitions.length === 0) {
    report('waiting-without-transitions', `waiting state ${quote(state.name)} has no transitions, so a run that enters it can never go on; add a transition with the event that resumes it`, ['states', index], { state: state.name });
    return;
  }
  transitions.forEach((transition, t) => {
    if (transition.event !== undefined || transition.wait !== undefined) return;
    report('waiting-eventless-transition', `transition ${t} of waiting state ${quote(state.name)} (to ${quote(transition.to)}) has neither an event nor a wait, so nothing can take it; give it the event that resumes the run, or a wait to make it a time-out`, ['states', index, 'transitions', t], { state: state.name, transition: t });
  });
}
