// The rules of FLUX.md "How a run goes", applied to a draft copy of a run. Flow is the inside of
// the pure step function: it never touches a clock, a timer, a file or a worker; it records what
// should happen as effects and leaves them to the runner.
import { displayValue, type ExpressionEnv } from '../../shared/expr';
import {
  actionKind,
  ELSE_EVENT,
  EXCEPTION_EVENT,
  findBuiltin,
  FLUX_EVENT,
  TERMINATE_EVENT,
  type FluxLine,
  type FluxState,
  type FluxTransition,
} from '../../shared/model';
import { findProperty, type ServiceDefinition } from './definition';
import { StateError, type RunErrorCode } from './errors';
import type { Effect } from './effects';
import { formatSeconds, formatTime, formatVars } from './format';
import { evaluate, lineValue } from './lines';
import { writePath } from './paths';
import { stateScope } from './state-scope';
import type { HistoryEntry, LogEntry, RunData, Vars } from './types';
import { convertValue } from './validate-inputs';

/** What the flow does next: enter a state (with the inputs the transition carried), or rest. */
export type Next = { enter: string; inputs: Vars; exception?: boolean } | null;

const HISTORY_LIMIT = 1000;
const LEVELS = { info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG' } as const;

/** True for a waiting state's time-out: a transition with a `wait` and no `event`. */
export function isTimeout(t: FluxTransition): boolean {
  return t.wait !== undefined && t.event === undefined;
}

export class Flow {
  readonly effects: Effect[] = [];
  r: RunData;
  private entries = 0;

  constructor(
    readonly def: ServiceDefinition,
    run: RunData,
    readonly now: number,
    readonly env: ExpressionEnv,
    // A run that loops without resting yields after this many states, so other runs go on.
    readonly maxEntries = 1000,
  ) {
    this.r = { ...run, states: { ...run.states }, timers: [...run.timers], history: [...run.history], updatedAt: now };
  }

  log(level: LogEntry['level'], message: string, state: string | undefined = this.r.state): void {
    this.effects.push({ type: 'log', entry: { level, message, state } });
  }

  record(entry: HistoryEntry): void {
    this.r.history.push(entry);
    if (this.r.history.length > HISTORY_LIMIT) {
      this.r.history.shift();
      this.r.historyDropped++;
    }
  }

  /** Enters states until the run rests (waits, sleeps, awaits an action, or ends). */
  go(next: Next): void {
    while (next) {
      if (this.entries++ >= this.maxEntries) {
        this.r.status = 'RUNNING';
        this.r.pending = { kind: 'continue', state: this.r.state, next: { target: next.enter, inputs: next.inputs, exception: next.exception } };
        this.effects.push({ type: 'continue' });
        return;
      }
      next = this.enter(next);
    }
  }

  state(name: string): FluxState {
    const state = this.def.states.get(name);
    if (!state) throw new Error(`service ${this.def.name} has no state ${name}`);
    return state;
  }

  /** FLUX.md step 2. */
  enter(next: { enter: string; inputs: Vars; exception?: boolean }): Next {
    const state = this.def.states.get(next.enter);
    if (!state) return this.fail(this.r.state, 'no-transition', `there is no state named ${next.enter}`);
    const r = this.r;
    r.state = state.name;
    r.fluxEvent = null;
    if (!next.exception) delete r.exception;
    const input: Vars = { ...next.inputs };
    for (const p of state.input) {
      if (input[p.name] === undefined || input[p.name] === null) input[p.name] = p.defaultValue === undefined ? null : structuredClone(p.defaultValue);
    }
    r.states[state.name] = { input, output: r.states[state.name]?.output ?? {} };
    this.record({ type: 'state', time: this.now, state: state.name });
    this.log('DEBUG', `Entered state ${state.name}`);
    if (state.waiting) return this.wait(state);
    r.status = 'RUNNING';
    return this.act(state);
  }

  private wait(state: FluxState): Next {
    const r = this.r;
    const armed: string[] = [];
    try {
      (state.transitions ?? []).forEach((t, i) => {
        if (!isTimeout(t)) return;
        const at = this.waitTime(t.wait!, state);
        const timer = { id: `t${r.nextTimer++}`, kind: 'timeout' as const, at, state: state.name, transition: i };
        r.timers.push(timer);
        this.effects.push({ type: 'arm-timer', timer });
        armed.push(`${t.to} in ${formatSeconds(at - this.now)}`);
      });
    } catch (error) {
      this.cancelTimers();
      return this.exception(state, error);
    }
    r.status = 'WAITING';
    const events = (state.transitions ?? []).filter((t) => t.event !== undefined && t.event !== EXCEPTION_EVENT).map((t) => t.event!);
    const timeouts = armed.length > 0 ? `; time-out to ${armed.join(', ')}` : '';
    this.log('DEBUG', `Waiting for ${events.length > 0 ? events.join(', ') : 'a time-out'}${timeouts}`);
    return null;
  }

  /** FLUX.md step 3, for the state the run is in. */
  act(state: FluxState): Next {
    const action = state.action;
    try {
      switch (actionKind(action)) {
        case 'none':
          break;
        case 'map':
          if (action.type !== undefined) break;
          for (const line of action.lines ?? []) this.write(state, line, lineValue(line, this.scope(state), this.env));
          break;
        case 'invokeCode': {
          if (action.type !== 'invokeCode') break;
          const params = this.params(state, action.inputs);
          const builtin = findBuiltin(action.className, action.methodName);
          if (!builtin) throw new StateError('unknown-function', `there is no built-in function ${action.className}.${action.methodName}`);
          const message = params.message === undefined ? '' : displayValue(params.message);
          if (builtin.effect.type === 'throw') throw new StateError('thrown', message || 'exception thrown by throwException', 'FluxException');
          this.log(LEVELS[builtin.effect.level], message);
          this.outputs(state, action.outputs, {});
          break;
        }
        case 'script':
          if (action.type !== 'script') break;
          this.r.pending = { kind: 'script', state: state.name };
          this.effects.push({ type: 'run-script', state: state.name, code: action.code, inputs: this.params(state, action.inputs) });
          return null;
        case 'invokeGloop':
          if (action.type !== 'invokeGloop') break;
          this.r.pending = { kind: 'invoke', state: state.name };
          this.effects.push({ type: 'invoke', state: state.name, service: action.name, inputs: this.params(state, action.inputs) });
          return null;
      }
    } catch (error) {
      return this.exception(state, error);
    }
    return this.choose(state);
  }

  /** An asynchronous action (script, invoked service) came back with its outputs. */
  actionDone(outputs: Vars): Next {
    const state = this.state(this.r.pending?.state ?? this.r.state);
    delete this.r.pending;
    this.r.status = 'RUNNING';
    const action = state.action;
    try {
      this.outputs(state, action.type === 'script' || action.type === 'invokeGloop' ? action.outputs : undefined, outputs);
    } catch (error) {
      return this.exception(state, error);
    }
    return this.choose(state);
  }

  /** An asynchronous action failed: an exception of its state. */
  actionFailed(error: StateError): Next {
    const state = this.state(this.r.pending?.state ?? this.r.state);
    delete this.r.pending;
    this.r.status = 'RUNNING';
    return this.exception(state, error);
  }

  private params(state: FluxState, lines: FluxLine[] | undefined): Vars {
    let params: Vars = {};
    for (const line of lines ?? []) {
      const value = lineValue(line, this.scope(state, [params]), this.env);
      params = writePath(params, line.to, value);
    }
    return params;
  }

  // An action's output lines read its results first; without output lines, results named like a
  // declared output (or $fluxEvent) are written to it, which is what a script that returns
  // `{ total, $fluxEvent }` means.
  private outputs(state: FluxState, lines: FluxLine[] | undefined, result: Vars): void {
    if (lines && lines.length > 0) {
      for (const line of lines) this.write(state, line, lineValue(line, this.scope(state, [result]), this.env));
      return;
    }
    const declared = this.def.declared.get(state.name);
    for (const [key, value] of Object.entries(result)) {
      if (key === FLUX_EVENT || declared?.output.has(key) || this.def.serviceOutputs.has(key)) this.writeTo(state, [key], value);
    }
  }

  private write(state: FluxState, line: FluxLine, value: unknown): void {
    const literal = line.type === 'set' && !line.evaluate && line.to.length === 1;
    const target = literal ? (findProperty(state.output, line.to[0]!) ?? findProperty(this.def.document.output, line.to[0]!)) : undefined;
    this.writeTo(state, line.to, target ? convertValue(target.type, value) : value);
  }

  // FLUX.md step 3: output lines write to the state's outputs, the service's outputs or $fluxEvent.
  private writeTo(state: FluxState, path: readonly string[], value: unknown): void {
    const head = path[0];
    if (head === undefined) return;
    const r = this.r;
    const declared = this.def.declared.get(state.name);
    const vars = r.states[state.name] ?? { input: {}, output: {} };
    const guard = (f: () => void) => {
      try {
        f();
      } catch (error) {
        throw new StateError('bad-path', (error as Error).message);
      }
    };
    guard(() => {
      if (head === FLUX_EVENT) r.fluxEvent = path.length === 1 ? value : writePath({ v: r.fluxEvent }, ['v', ...path.slice(1)], value).v;
      else if (declared?.output.has(head)) r.states[state.name] = { ...vars, output: writePath(vars.output, path, value) };
      else if (this.def.serviceOutputs.has(head)) r.outputs = writePath(r.outputs, path, value);
      else if (declared?.input.has(head)) r.states[state.name] = { ...vars, input: writePath(vars.input, path, value) };
      else if (this.def.serviceInputs.has(head)) r.inputs = writePath(r.inputs, path, value);
      else r.states[state.name] = { ...vars, output: writePath(vars.output, path, value) };
    });
  }

  scope(state: FluxState, extra: Vars[] = []) {
    return stateScope(this.def, () => this.r, state.name, extra);
  }

  /** FLUX.md step 4. */
  choose(state: FluxState): Next {
    const candidates = (state.transitions ?? []).filter((t) => t.event !== EXCEPTION_EVENT && !(state.waiting && isTimeout(t)));
    if (candidates.length === 0) return this.complete();
    const fluxEvent = this.r.fluxEvent;
    if (fluxEvent === TERMINATE_EVENT) return this.terminated(`$fluxEvent is ${TERMINATE_EVENT}`, 'DEBUG');
    const event = fluxEvent === null || fluxEvent === undefined ? null : displayValue(fluxEvent);
    const only = candidates.length === 1 && candidates[0]!.event === undefined ? candidates[0] : undefined;
    if (only) return this.take(state, only, 'its only transition');
    const named = event === null ? undefined : candidates.find((t) => t.event === event);
    if (named) return this.take(state, named, `$fluxEvent is '${event}'`);
    const otherwise = candidates.find((t) => t.event === ELSE_EVENT);
    if (otherwise) return this.take(state, otherwise, event === null ? '$else (no $fluxEvent set)' : `$else ('${event}' matched no other transition)`);
    const unnamed = candidates.filter((t) => t.event === undefined);
    if (event === null && unnamed.length === 1) return this.take(state, unnamed[0]!, 'no $fluxEvent set');
    return this.fail(
      state.name,
      'no-transition',
      event === null
        ? `state ${state.name} set no $fluxEvent and has no transition to take without one`
        : `state ${state.name} has no transition for $fluxEvent '${event}'`,
    );
  }

  /** FLUX.md step 6. */
  take(state: FluxState, t: FluxTransition, reason: string, how: { timeout?: boolean; exception?: boolean } = {}): Next {
    let inputs: Vars = {};
    let at: number | undefined;
    try {
      for (const line of t.lines ?? []) inputs = writePath(inputs, line.to, lineValue(line, this.scope(state), this.env));
      if (t.wait !== undefined && !how.timeout) at = this.waitTime(t.wait, state);
    } catch (error) {
      // An $exception transition that throws itself would loop: the run fails instead.
      if (how.exception) return this.fail(state.name, codeOf(error), messageOf(error));
      return this.exception(state, error);
    }
    this.record({ type: 'transition', time: this.now, from: state.name, to: t.to, event: t.event, reason });
    this.log('DEBUG', `Transition to ${t.to} taken: ${reason}`, state.name);
    if (at !== undefined && at > this.now) {
      const r = this.r;
      const timer = { id: `t${r.nextTimer++}`, kind: 'sleep' as const, at, state: state.name, target: t.to, inputs, exception: how.exception };
      r.timers.push(timer);
      r.status = 'SLEEPING';
      this.effects.push({ type: 'arm-timer', timer });
      this.log('DEBUG', `Sleeping ${formatSeconds(at - this.now)} (until ${formatTime(at)}) before entering ${t.to}`, state.name);
      return null;
    }
    return { enter: t.to, inputs, exception: how.exception };
  }

  // `duration:N` is N seconds (a number, or an expression giving one); `date:EXPR` is a moment.
  waitTime(wait: string, state: FluxState): number {
    const colon = wait.indexOf(':');
    const kind = colon < 0 ? wait : wait.slice(0, colon);
    const body = colon < 0 ? '' : wait.slice(colon + 1).trim();
    if (kind === 'duration') {
      const seconds = body !== '' && Number.isFinite(Number(body)) ? Number(body) : evaluate(body, this.scope(state), this.env);
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        throw new StateError('bad-wait', `wait "${wait}" is not a number of seconds (got ${displayValue(seconds)})`);
      }
      return this.now + seconds * 1000;
    }
    if (kind === 'date') {
      const value = evaluate(body, this.scope(state), this.env);
      const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
      if (!Number.isFinite(time)) throw new StateError('bad-wait', `wait "${wait}" is not a date (got ${displayValue(value)})`);
      return time;
    }
    throw new StateError('bad-wait', `wait "${wait}" is neither duration:SECONDS nor date:EXPRESSION`);
  }

  /** FLUX.md step 5. */
  exception(state: FluxState, error: unknown): Next {
    const t = (state.transitions ?? []).find((x) => x.event === EXCEPTION_EVENT);
    const message = messageOf(error);
    if (!t) return this.fail(state.name, codeOf(error), message);
    this.r.exception = { message, type: error instanceof StateError ? error.type : 'Exception', fluxStackTrace: [`${this.def.name}.${state.name}`] };
    this.log('DEBUG', `Exception in state ${state.name}: ${message}`, state.name);
    return this.take(state, t, `$exception (${message})`, { exception: true });
  }

  fail(stateName: string, code: RunErrorCode | string, message: string): null {
    this.end('FAILED');
    this.r.error = { code, message, state: stateName };
    this.log('ERROR', `Failed in state ${stateName}: ${message}`, stateName);
    return null;
  }

  complete(): null {
    const outputs: Vars = {};
    for (const p of this.def.document.output ?? []) outputs[p.name] = null;
    Object.assign(outputs, this.r.outputs);
    this.r.outputs = outputs;
    this.end('COMPLETED');
    this.log('DEBUG', `Completed with outputs ${formatVars(outputs)}`);
    return null;
  }

  terminated(reason: string, level: LogEntry['level']): null {
    this.end('TERMINATED');
    this.log(level, `Terminated: ${reason}`);
    return null;
  }

  private end(status: 'COMPLETED' | 'FAILED' | 'TERMINATED'): void {
    this.cancelTimers();
    if (this.r.pending?.child) this.effects.push({ type: 'terminate-child', run: this.r.pending.child });
    delete this.r.pending;
    this.r.status = status;
    this.r.endedAt = this.now;
  }

  cancelTimers(): void {
    for (const timer of this.r.timers) this.effects.push({ type: 'cancel-timer', id: timer.id });
    this.r.timers = [];
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string {
  return error instanceof StateError ? error.code : 'internal-error';
}
