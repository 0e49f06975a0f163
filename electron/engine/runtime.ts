// The impure runner around the pure step (STYLE.md 1): it holds the runs, applies step results,
// and performs their effects: console records, timers on the injected clock, scripts in workers,
// invoked services, persistence and run-change notifications.
import type { LogLevel } from '../../shared/api/schemas';
import type { ExpressionEnv } from '../../shared/expr';
import type { Clock, TimerHandle } from './clock';
import { defineService, type ServiceDefinition } from './definition';
import type { Effect } from './effects';
import type { LogSink } from './log-sink';
import type { RunStore } from './run-store';
import { summaryOf } from './run-views';
import type { ScriptRunner } from './script-runner';
import { runTags } from './tags';
import { createRun, step, type RunSpec, type StepInput, type StepResult } from './step';
import { isFinished, type RunChange, type RunData, type Vars } from './types';
import { validateInputs } from './validate-inputs';
import { WaitingIndex } from './waiting-index';

/** Settings of the runtime, from the engine's options. */
export interface RuntimeSettings {
  clock: Clock;
  sink: LogSink;
  store: RunStore;
  scripts: ScriptRunner;
  env: ExpressionEnv;
  scriptTimeoutMs: number;
  maxInvokeDepth: number;
  keepFinishedRuns: number;
  maxEntriesPerStep: number;
  /** The deployed service an invokeGloop names. */
  resolveService(name: string): ServiceDefinition | undefined;
  /** The version of `name` deployed now, which is kept even when no run uses it. */
  currentVersion(name: string): string | undefined;
}

/** Where a console record belongs. */
export interface LogWhere {
  service?: string;
  run?: string;
  state?: string;
}

export class Runtime {
  readonly runs = new Map<string, RunData>();
  /** Every version a run may still need, by version id. */
  readonly versions = new Map<string, ServiceDefinition>();
  private readonly storedVersions = new Set<string>();
  /** How many unfinished runs use each version. */
  private readonly liveByVersion = new Map<string, number>();
  private readonly waiting = new WaitingIndex();
  private readonly finishedOrder: string[] = [];
  private readonly handles = new Map<string, Map<string, TimerHandle>>();
  private readonly listeners = new Set<(change: RunChange) => void>();
  private nextRun = 1;
  private seq = 0;
  private inflight = 0;
  private idleWaiters: (() => void)[] = [];
  closed = false;
  // Set while closing: a run that loops without resting is not stepped again, so close ends.
  private closing = false;

  constructor(private readonly settings: RuntimeSettings) {}

  // ---- console and notifications -------------------------------------------------------------

  log(level: LogLevel, message: string, where: LogWhere = {}): void {
    const record = { seq: ++this.seq, time: this.settings.clock.now(), level, ...definedOnly(where), message };
    this.settings.sink.write(record);
  }

  onChange(listener: (change: RunChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(change: RunChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A listener's failure is its own; the run goes on.
      }
    }
  }

  // ---- busy tracking -----------------------------------------------------------------------

  /** Resolves when no run is being stepped and no script or invocation is out. */
  idle(): Promise<void> {
    if (this.inflight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private track(work: Promise<unknown>): void {
    this.inflight++;
    void work
      .catch((error: unknown) => this.log('ERROR', `Internal error: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => {
        if (--this.inflight === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const resolve of waiters) resolve();
        }
      });
  }

  private later(work: () => void): void {
    this.track(Promise.resolve().then(work));
  }

  // ---- runs ------------------------------------------------------------------------------------

  /** Creates a run and steps it until it rests. Inputs must already be valid. */
  startRun(def: ServiceDefinition, spec: Omit<RunSpec, 'id' | 'now'>): RunData {
    this.keepVersion(def);
    this.liveByVersion.set(def.version, (this.liveByVersion.get(def.version) ?? 0) + 1);
    const run = createRun(def, { ...spec, id: String(this.nextRun++), now: this.settings.clock.now() });
    this.runs.set(run.id, run);
    this.notify({ type: 'run-started', run: summaryOf(run) });
    this.apply(run.id, { type: 'start' });
    return this.runs.get(run.id)!;
  }

  /** Applies one input to a run now and performs the effects; undefined when the run is gone. */
  apply(id: string, input: StepInput): StepResult | undefined {
    if (this.closed) return undefined;
    const run = this.runs.get(id);
    if (!run) return undefined;
    const def = this.versions.get(run.version);
    if (!def) return undefined;
    const result = step(def, run, input, { now: this.settings.clock.now(), env: this.settings.env, maxEntries: this.settings.maxEntriesPerStep });
    if (result.run !== run) this.commit(run, result.run);
    this.perform(result.run, result.effects);
    return result;
  }

  private commit(prev: RunData, next: RunData): void {
    this.runs.set(next.id, next);
    if (prev.status === 'WAITING' || next.status === 'WAITING') this.indexWaiting(next);
    // A run is stored where it rests; a step in progress (a script out) keeps its last rest.
    if (next.status !== 'RUNNING' || next.pending?.kind === 'invoke') {
      this.storeVersion(next.version);
      this.settings.store.putRun(next);
    }
    if (isFinished(next.status)) {
      this.notify({ type: 'run-finished', run: summaryOf(next) });
      this.finished(next);
    } else {
      this.notify({ type: 'run-updated', run: summaryOf(next) });
    }
  }

  private indexWaiting(run: RunData): void {
    this.waiting.update(run, this.versions.get(run.version));
  }

  /**
   * Waiting runs whose waiting state has a transition for `event` or `$else`, oldest first; with
   * `tags`, only those sharing one of them (FLUX.md: an event with tags reaches only those runs).
   */
  waitingFor(event: string, tags?: readonly string[]): RunData[] {
    return [...this.waiting.reached(event, tags)].map((id) => this.runs.get(id)!).filter(Boolean).sort(byId);
  }

  /** Event names some waiting run has a transition for. */
  waitingEvents(): Iterable<string> {
    return this.waiting.events();
  }

  private finished(run: RunData): void {
    // An ended run holds no timer, whatever its last step's effects say.
    for (const handle of this.handles.get(run.id)?.values() ?? []) handle.cancel();
    this.handles.delete(run.id);
    if (run.parent !== undefined) {
      const parent = this.runs.get(run.parent);
      if (parent?.pending?.kind === 'invoke' && parent.pending.child === run.id) this.later(() => this.deliverChild(parent.id, run));
    }
    this.finishedOrder.push(run.id);
    while (this.finishedOrder.length > this.settings.keepFinishedRuns) {
      const old = this.finishedOrder.shift()!;
      this.runs.delete(old);
      this.settings.store.deleteRun(old);
      this.notify({ type: 'run-removed', id: old });
    }
    const left = (this.liveByVersion.get(run.version) ?? 1) - 1;
    if (left > 0) this.liveByVersion.set(run.version, left);
    else {
      this.liveByVersion.delete(run.version);
      this.releaseVersion(run.version);
    }
  }

  private deliverChild(parentId: string, child: RunData): void {
    if (child.status === 'COMPLETED') this.apply(parentId, { type: 'action-done', outputs: child.outputs });
    else {
      const why = child.status === 'FAILED' ? `failed in state ${child.error?.state ?? child.state}: ${child.error?.message ?? 'unknown error'}` : 'was terminated';
      this.apply(parentId, { type: 'action-failed', code: 'invoke-error', message: `${child.service} (run ${child.id}) ${why}`, errorType: 'InvokeError' });
    }
  }

  // ---- effects ---------------------------------------------------------------------------------

  private perform(run: RunData, effects: Effect[]): void {
    const where = { service: run.service, run: run.id };
    for (const effect of effects) {
      switch (effect.type) {
        case 'log':
          this.log(effect.entry.level, effect.entry.message, { ...where, state: effect.entry.state });
          break;
        case 'arm-timer': {
          const timer = effect.timer;
          const handle = this.settings.clock.setTimer(timer.at, () => {
            this.handles.get(run.id)?.delete(timer.id);
            this.apply(run.id, { type: 'timer', timer: timer.id });
            return this.idle();
          });
          let timers = this.handles.get(run.id);
          if (!timers) this.handles.set(run.id, (timers = new Map()));
          timers.set(timer.id, handle);
          break;
        }
        case 'cancel-timer':
          this.handles.get(run.id)?.get(effect.id)?.cancel();
          this.handles.get(run.id)?.delete(effect.id);
          break;
        case 'run-script':
          this.runScript(run, effect.state, effect.code, effect.inputs);
          break;
        case 'invoke':
          this.later(() => this.invoke(run.id, effect.service, effect.inputs));
          break;
        case 'terminate-child':
          this.later(() => this.apply(effect.run, { type: 'terminate', reason: `the run ${run.id} that invoked it ended` }));
          break;
        case 'continue':
          if (this.closing) break;
          this.track(new Promise((resolve) => setImmediate(resolve)).then(() => this.apply(run.id, { type: 'continue' })));
          break;
      }
    }
  }

  private runScript(run: RunData, state: string, code: string, inputs: Vars): void {
    const work = this.settings.scripts.run(code, inputs, { timeoutMs: this.settings.scriptTimeoutMs }).then((result) => {
      if (this.closed) return;
      for (const line of result.logs) this.log(line.level, line.message, { service: run.service, run: run.id, state });
      if (result.ok) this.apply(run.id, { type: 'action-done', outputs: result.outputs });
      else this.apply(run.id, { type: 'action-failed', code: result.code, message: result.message, errorType: result.errorType });
    });
    this.track(work);
  }

  private invoke(parentId: string, service: string, inputs: Vars): void {
    const parent = this.runs.get(parentId);
    if (!parent || parent.pending?.kind !== 'invoke') return;
    const fail = (message: string, code: 'invoke-error' | 'invoke-depth' = 'invoke-error'): void => {
      this.apply(parentId, { type: 'action-failed', code, message, errorType: 'InvokeError' });
    };
    const def = this.settings.resolveService(service);
    if (!def) return fail(`there is no deployed service named ${service}`);
    if (parent.depth + 1 > this.settings.maxInvokeDepth) {
      return fail(`invoking ${service} would nest services ${parent.depth + 1} deep (the limit is ${this.settings.maxInvokeDepth}); do services invoke each other in a cycle?`, 'invoke-depth');
    }
    const check = validateInputs(def.document.input, inputs);
    if (!check.ok) return fail(`${service} refused its inputs: ${check.problems.join('; ')}`);
    const tags = runTags(def.document.tags, check.values, [], this.settings.env);
    if (!tags.ok) return fail(`${service} cannot start: ${tags.problems.join('; ')}`);
    // The parent learns its child's id before the child runs, so a child that ends at once is seen.
    const childId = String(this.nextRun);
    const waitingParent: RunData = { ...parent, pending: { ...parent.pending, child: childId } };
    this.commit(parent, waitingParent);
    this.startRun(def, { inputs: check.values, tags: tags.tags, parent: parentId, depth: parent.depth + 1 });
  }

  /** Terminates a run; false when it had already ended. */
  terminate(id: string, reason: string): boolean {
    const run = this.runs.get(id);
    if (!run || isFinished(run.status)) return false;
    this.apply(id, { type: 'terminate', reason });
    return true;
  }

  // ---- versions and persistence --------------------------------------------------------------

  keepVersion(def: ServiceDefinition): void {
    if (!this.versions.has(def.version)) this.versions.set(def.version, def);
  }

  private storeVersion(version: string): void {
    if (this.storedVersions.has(version)) return;
    const def = this.versions.get(version);
    if (!def) return;
    this.storedVersions.add(version);
    this.settings.store.putDefinition(version, { name: def.name, document: def.document });
  }

  /** Forgets a version once no unfinished run uses it and it is not deployed (a long session redeploys often). */
  releaseVersion(version: string): void {
    const def = this.versions.get(version);
    if (!def || this.liveByVersion.has(version) || this.settings.currentVersion(def.name) === version) return;
    this.versions.delete(version);
  }

  /**
   * Reads the store and brings its runs back: waiting and sleeping runs go on where they were,
   * their timers armed again; a timer that fell due while the engine was closed fires now, in order.
   */
  async restore(): Promise<void> {
    const { runs, definitions, meta, problems } = await this.settings.store.load();
    for (const problem of problems) this.log('WARN', `Run store: ${problem}`);
    for (const [version, stored] of definitions) {
      this.versions.set(version, defineService(stored.name, stored.document, version));
      this.storedVersions.add(version);
    }
    let maxId = 0;
    const overdue: { run: string; timer: string; at: number }[] = [];
    const now = this.settings.clock.now();
    for (const run of runs) {
      maxId = Math.max(maxId, Number(run.id) || 0);
      this.runs.set(run.id, run);
      if (isFinished(run.status)) {
        this.finishedOrder.push(run.id);
        continue;
      }
      if (!this.versions.has(run.version)) {
        this.failRestored(run, 'lost-definition', `the definition this run started with (version ${run.version}) is missing from the run store`);
        continue;
      }
      if (run.status === 'RUNNING' && run.pending?.kind !== 'invoke') {
        this.failRestored(run, 'interrupted', `the engine stopped while state ${run.state} was running`);
        continue;
      }
      this.liveByVersion.set(run.version, (this.liveByVersion.get(run.version) ?? 0) + 1);
      if (run.status === 'WAITING') this.indexWaiting(run);
      for (const timer of run.timers) {
        if (timer.at <= now) overdue.push({ run: run.id, timer: timer.id, at: timer.at });
        else this.perform(run, [{ type: 'arm-timer', timer }]);
      }
    }
    this.nextRun = Math.max(meta.nextRun, maxId + 1);
    while (this.finishedOrder.length > this.settings.keepFinishedRuns) {
      const old = this.finishedOrder.shift()!;
      this.runs.delete(old);
      this.settings.store.deleteRun(old);
    }
    const live = runs.filter((r) => !isFinished(r.status)).length;
    if (runs.length > 0) this.log('DEBUG', `Restored ${live} running, waiting or sleeping runs and ${runs.length - live} finished ones`);
    // A parent whose invoked run ended while the engine was closing hears of it now.
    for (const run of runs) {
      const childId = run.pending?.kind === 'invoke' ? run.pending.child : undefined;
      if (childId === undefined || isFinished(this.runs.get(run.id)?.status ?? 'COMPLETED')) continue;
      const child = this.runs.get(childId);
      if (!child) this.apply(run.id, { type: 'action-failed', code: 'invoke-error', message: `the invoked run ${childId} is gone`, errorType: 'InvokeError' });
      else if (isFinished(child.status)) this.deliverChild(run.id, child);
    }
    overdue.sort((a, b) => a.at - b.at || byId({ id: a.run }, { id: b.run }));
    for (const due of overdue) {
      this.apply(due.run, { type: 'timer', timer: due.timer });
      await this.idle();
    }
  }

  private failRestored(run: RunData, code: string, message: string): void {
    const failed: RunData = { ...run, status: 'FAILED', timers: [], error: { code, message, state: run.state }, endedAt: this.settings.clock.now() };
    delete failed.pending;
    this.commit(run, failed);
    this.log('ERROR', `Failed in state ${run.state}: ${message}`, { service: run.service, run: run.id, state: run.state });
  }

  /** Stops every timer and saves the counters; runs stay in the store as they are. */
  /** Resolves once every run change so far is in the store: what a caller is told after this survives a crash. */
  async persisted(): Promise<void> {
    this.settings.store.putMeta({ nextRun: this.nextRun, now: this.settings.clock.now() });
    await this.settings.store.flush();
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.idle();
    this.closed = true;
    for (const timers of this.handles.values()) for (const handle of timers.values()) handle.cancel();
    this.handles.clear();
    this.settings.store.putMeta({ nextRun: this.nextRun, now: this.settings.clock.now() });
    await this.settings.store.close();
    await this.settings.scripts.close();
  }
}

function byId(a: { id: string }, b: { id: string }): number {
  return Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function definedOnly(where: LogWhere): LogWhere {
  const out: LogWhere = {};
  if (where.service !== undefined) out.service = where.service;
  if (where.run !== undefined) out.run = where.run;
  if (where.state !== undefined) out.state = where.state;
  return out;
}
