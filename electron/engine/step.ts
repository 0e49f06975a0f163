// The pure step function (STYLE.md 1): a service definition, a run and one input give the next
// run and a list of effects. No clock, timer, file or worker is touched here, so the rules of
// FLUX.md can be tested as plain data.
import type { ExpressionEnv } from '../../shared/expr';
import type { ServiceDefinition } from './definition';
import type { Effect } from './effects';
import { StateError, type RunErrorCode } from './errors';
import { Flow } from './flow';
import { formatVars } from './format';
import type { RunData, Vars } from './types';
import { isFinished } from './types';
import { validateInputs } from './validate-inputs';

/** One thing that happens to a run. */
export type StepInput =
  | { type: 'start' }
  | { type: 'event'; event: string; inputs?: Vars }
  | { type: 'timer'; timer: string }
  | { type: 'action-done'; outputs: Vars }
  | { type: 'action-failed'; code: RunErrorCode; message: string; errorType?: string }
  | { type: 'continue' }
  | { type: 'terminate'; reason: string };

/** What the step needs of the world, passed in so that the step stays pure. */
export interface StepContext {
  now: number;
  env: ExpressionEnv;
  /** States a run may enter in one step before it yields (a loop without waits). */
  maxEntries?: number;
}

/** The next run, what the runner must do, and (for an event) why the run refused it. */
export interface StepResult {
  run: RunData;
  effects: Effect[];
  refused?: string[];
}

/** What a new run starts with. */
export interface RunSpec {
  id: string;
  inputs: Vars;
  tags: string[];
  trigger?: string;
  startState?: string;
  parent?: string;
  depth?: number;
  now: number;
}

/** A new run, before its first step: RUNNING, at its start state, nothing done yet. */
export function createRun(def: ServiceDefinition, spec: RunSpec): RunData {
  return {
    id: spec.id,
    service: def.name,
    version: def.version,
    status: 'RUNNING',
    state: spec.startState ?? def.startState,
    inputs: spec.inputs,
    outputs: {},
    states: {},
    fluxEvent: null,
    ...(spec.trigger !== undefined ? { trigger: spec.trigger } : {}),
    tags: spec.tags,
    timers: [],
    history: [],
    historyDropped: 0,
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
    depth: spec.depth ?? 0,
    startedAt: spec.now,
    updatedAt: spec.now,
    nextTimer: 1,
  };
}

/** Applies one input to a run. A finished run ignores everything. */
export function step(def: ServiceDefinition, run: RunData, input: StepInput, ctx: StepContext): StepResult {
  if (isFinished(run.status)) return { run, effects: [] };
  const flow = new Flow(def, run, ctx.now, ctx.env, ctx.maxEntries);
  switch (input.type) {
    case 'start': {
      const by = run.trigger !== undefined ? ` by trigger ${run.trigger}` : '';
      const tags = run.tags.length > 0 ? ` tagged ${run.tags.join(', ')}` : '';
      flow.log('DEBUG', `Run started${by} with inputs ${formatVars(run.inputs)}${tags}`);
      flow.go({ enter: run.state, inputs: {} });
      break;
    }
    case 'event': {
      if (run.status !== 'WAITING') return { run, effects: [], refused: [`the run is ${run.status}, not waiting`] };
      const state = flow.state(run.state);
      const check = validateInputs(state.input, input.inputs);
      if (!check.ok) {
        flow.log('WARN', `Event ${input.event} refused: ${check.problems.join('; ')}; the run keeps waiting`);
        return { run, effects: flow.effects, refused: check.problems };
      }
      flow.cancelTimers();
      const vars = flow.r.states[state.name] ?? { input: {}, output: {} };
      flow.r.states[state.name] = { input: { ...vars.input, ...check.values }, output: vars.output };
      flow.r.fluxEvent = input.event;
      flow.r.status = 'RUNNING';
      flow.record({ type: 'event', time: ctx.now, state: state.name, event: input.event });
      flow.log('DEBUG', `Resumed by ${input.event} with inputs ${formatVars(input.inputs ?? {})}`);
      flow.go(flow.act(state));
      break;
    }
    case 'timer': {
      const timer = run.timers.find((t) => t.id === input.timer);
      if (!timer) return { run, effects: [] };
      flow.r.timers = flow.r.timers.filter((t) => t !== timer);
      flow.r.status = 'RUNNING';
      if (timer.kind === 'sleep') {
        flow.go({ enter: timer.target, inputs: timer.inputs, exception: timer.exception });
      } else {
        flow.cancelTimers();
        const state = flow.state(timer.state);
        const transition = state.transitions?.[timer.transition];
        if (!transition) {
          flow.fail(state.name, 'no-transition', `state ${state.name} has no transition ${timer.transition}`);
          break;
        }
        flow.log('DEBUG', `Time-out (${transition.wait}) in state ${state.name}`);
        flow.go(flow.take(state, transition, `time-out (${transition.wait})`, { timeout: true }));
      }
      break;
    }
    case 'action-done':
      if (!run.pending || run.pending.kind === 'continue') return { run, effects: [] };
      flow.go(flow.actionDone(input.outputs));
      break;
    case 'action-failed':
      if (!run.pending || run.pending.kind === 'continue') return { run, effects: [] };
      flow.go(flow.actionFailed(new StateError(input.code, input.message, input.errorType)));
      break;
    case 'continue': {
      const next = run.pending?.kind === 'continue' ? run.pending.next : undefined;
      if (!next) return { run, effects: [] };
      delete flow.r.pending;
      flow.go({ enter: next.target, inputs: next.inputs, exception: next.exception });
      break;
    }
    case 'terminate':
      flow.terminated(input.reason, 'INFO');
      break;
  }
  return { run: flow.r, effects: flow.effects };
}

/** True when the waiting run has a transition for `event` (or `$else`) in its waiting state. */
export function waitsFor(def: ServiceDefinition, run: RunData, event: string): boolean {
  if (run.status !== 'WAITING') return false;
  const state = def.states.get(run.state);
  return (state?.transitions ?? []).some((t) => t.event === event || t.event === '$else');
}
