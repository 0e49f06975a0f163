// The Flux engine's public face: deployments, the trigger index, event routing (FLUX.md "Sending
// an external event") and the run API the backend wraps behind FluxApi.
import { systemEnv, type ExpressionEnv } from '../../shared/expr';
import { nearestName, validateFlux, type Diagnostic, type FluxDocument } from '../../shared/model';
import { RealClock } from './clock';
import { defineService, type ServiceDefinition } from './definition';
import type { EngineOptions } from './engine-options';
import { EngineError } from './errors';
import { nullSink } from './log-sink';
import { NameIndex } from './name-index';
import { MemoryRunStore } from './run-store';
import { detailOf, matchesFilter, summaryOf } from './run-views';
import { Runtime } from './runtime';
import { WorkerScriptRunner } from './script-runner';
import { tagsMatch, runTags } from './tags';
import type { EventPreview, ExecuteOptions, ExecuteResult, FluxEvent, RunChange, RunDetail, RunFilter, RunSummary, SendEventResult, Vars } from './types';
import { validateInputs } from './validate-inputs';

/** What deploy did: whether the service now runs, and the problems that stopped it if not. */
export interface DeployResult {
  deployed: boolean;
  version?: string;
  diagnostics: Diagnostic[];
}

/** Creates an engine and brings back the runs its store holds (timers that fell due fire now). */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const engine = new Engine(options);
  await engine.runtime.restore();
  return engine;
}

/** The runtime of Flux services. Create one with createEngine. */
export class Engine {
  /** @internal */
  readonly runtime: Runtime;
  private readonly services = new Map<string, ServiceDefinition>();
  private readonly triggerIndex = new NameIndex();
  private readonly env: ExpressionEnv;

  constructor(private readonly options: EngineOptions = {}) {
    const clock = options.clock ?? new RealClock();
    this.env = { now: () => clock.now(), random: options.random ?? systemEnv.random, uuid: options.uuid ?? systemEnv.uuid };
    this.runtime = new Runtime({
      clock,
      sink: options.sink ?? nullSink,
      store: options.store ?? new MemoryRunStore(),
      scripts: options.scripts ?? new WorkerScriptRunner(),
      env: this.env,
      scriptTimeoutMs: options.scriptTimeoutMs ?? 5000,
      maxInvokeDepth: options.maxInvokeDepth ?? 32,
      keepFinishedRuns: options.keepFinishedRuns ?? 1000,
      maxEntriesPerStep: options.maxEntriesPerStep ?? 1000,
      resolveService: (name) => this.resolve(name),
      currentVersion: (name) => this.services.get(name)?.version,
    });
  }

  /**
   * Deploys (or redeploys) a service. An invalid document is not deployed, and takes the previous
   * version's triggers with it. Runs already going keep the version they started with.
   */
  deploy(name: string, document: FluxDocument): DeployResult {
    this.open();
    const diagnostics = validateFlux(document);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      this.undeploy(name);
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
      this.runtime.log('WARN', `Not deployed: ${errors[0]!.message}${more}`, { service: name });
      return { deployed: false, diagnostics };
    }
    const def = defineService(name, document);
    const current = this.services.get(name);
    if (current?.version === def.version) return { deployed: true, version: def.version, diagnostics };
    this.services.set(name, def);
    this.runtime.keepVersion(def);
    if (current) this.runtime.releaseVersion(current.version);
    this.triggerIndex.set(name, def.triggers);
    const triggers = def.triggers.length > 0 ? ` (triggers: ${def.triggers.join(', ')})` : '';
    this.runtime.log('DEBUG', `${current ? 'Redeployed' : 'Deployed'}${triggers}`, { service: name });
    return { deployed: true, version: def.version, diagnostics };
  }

  /** Stops a service from starting new runs; its runs go on. False when it was not deployed. */
  undeploy(name: string): boolean {
    const current = this.services.get(name);
    if (!current) return false;
    this.services.delete(name);
    this.runtime.releaseVersion(current.version);
    this.triggerIndex.delete(name);
    this.runtime.log('DEBUG', 'Undeployed', { service: name });
    return true;
  }

  /** The names of the deployed services, sorted. */
  deployed(): string[] {
    return [...this.services.keys()].sort();
  }

  /**
   * Starts a run of a deployed service (FLUX.md step 1). Invalid inputs start nothing: the
   * result and a WARN record say why. Throws EngineError for an unknown service or start state.
   */
  async execute(service: string, inputs: Vars = {}, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    this.open();
    const def = this.services.get(service);
    if (!def) {
      const near = nearestName(service, this.services.keys());
      throw new EngineError('unknown-service', `There is no deployed service ${service}${near ? `; did you mean ${near}?` : ''}`);
    }
    if (options.startState !== undefined && !def.states.has(options.startState)) {
      const near = nearestName(options.startState, def.states.keys());
      throw new EngineError('unknown-state', `The service ${service} has no state ${options.startState}${near ? `; did you mean ${near}?` : ''}`);
    }
    const reasons = this.startProblems(def, inputs, options.tags);
    if (!Array.isArray(reasons)) {
      const run = this.runtime.startRun(def, { inputs: reasons.values, tags: reasons.tags, startState: options.startState });
      await this.runtime.persisted();
      return { started: true, run: run.id };
    }
    this.runtime.log('WARN', `Not started: ${reasons.join('; ')}`, { service });
    return { started: false, reasons };
  }

  /** Sends an external event: starts triggered services and resumes waiting runs, at once. */
  async sendEvent(event: FluxEvent): Promise<SendEventResult> {
    this.open();
    const result: SendEventResult = { started: [], resumed: [], rejected: [] };
    const inputs = event.inputs ?? {};
    // Waiting runs are chosen before any run starts, so a run this event starts is not resumed by it.
    const waiting = this.runtime.waitingFor(event.event, event.tags).filter((run) => tagsMatch(run.tags, event.tags));
    for (const run of waiting) {
      const outcome = this.runtime.apply(run.id, { type: 'event', event: event.event, inputs });
      if (!outcome) continue;
      if (outcome.refused) result.rejected.push({ service: run.service, run: run.id, reasons: outcome.refused });
      else result.resumed.push({ service: run.service, run: run.id });
    }
    for (const name of this.triggerIndex.get(event.event).sort()) {
      const def = this.services.get(name)!;
      const start = this.startProblems(def, inputs, event.tags);
      if (Array.isArray(start)) {
        this.runtime.log('WARN', `Not started by ${event.event}: ${start.join('; ')}`, { service: name });
        result.rejected.push({ service: name, reasons: start });
        continue;
      }
      const run = this.runtime.startRun(def, { inputs: start.values, tags: start.tags, trigger: event.event });
      result.started.push({ service: name, run: run.id });
    }
    if (result.started.length + result.resumed.length + result.rejected.length === 0) {
      const nearest = nearestName(event.event, [...this.triggerIndex.names(), ...this.runtime.waitingEvents()]);
      const tagged = event.tags && event.tags.length > 0 ? ` tagged ${event.tags.join(', ')}` : '';
      const message = `No service or waiting run accepted the event ${event.event}${tagged}${nearest ? `; did you mean ${nearest}?` : ''}`;
      this.runtime.log('WARN', message);
      result.unmatched = nearest ? { message, nearest } : { message };
    }
    // The sender learns what the event did only once it is stored: a crash after the answer loses nothing.
    await this.runtime.persisted();
    return result;
  }

  /**
   * What sendEvent would do now, without doing it (the Send Flux Event dialog shows it before
   * sending): the same trigger, tag and input checks, each refusal with its reasons.
   */
  previewEvent(event: FluxEvent): EventPreview {
    const inputs = event.inputs ?? {};
    const starts = this.triggerIndex
      .get(event.event)
      .sort()
      .map((service) => {
        const start = this.startProblems(this.services.get(service)!, inputs, event.tags);
        return { service, problems: Array.isArray(start) ? start : [] };
      });
    const resumes = this.runtime
      .waitingFor(event.event, event.tags)
      .filter((run) => tagsMatch(run.tags, event.tags))
      .map((run) => {
        const check = validateInputs(this.runtime.versions.get(run.version)?.states.get(run.state)?.input, inputs);
        return { service: run.service, run: run.id, state: run.state, problems: check.ok ? [] : check.problems };
      });
    const preview: EventPreview = { starts, resumes };
    if (starts.length + resumes.length === 0) {
      const nearest = nearestName(event.event, [...this.triggerIndex.names(), ...this.runtime.waitingEvents()]);
      if (nearest) preview.nearest = nearest;
    }
    return preview;
  }

  // Inputs checked and tags computed, or the reasons the run cannot start.
  private startProblems(def: ServiceDefinition, inputs: Vars, tags: string[] | undefined): string[] | { values: Vars; tags: string[] } {
    const check = validateInputs(def.document.input, inputs);
    if (!check.ok) return check.problems;
    const computed = runTags(def.document.tags, check.values, tags, this.env);
    if (!computed.ok) return computed.problems;
    return { values: check.values, tags: computed.tags };
  }

  /** Runs matching the filter, the newest first. */
  listRuns(filter: RunFilter = {}): RunSummary[] {
    const found: RunSummary[] = [];
    const runs = [...this.runtime.runs.values()].reverse();
    for (const run of runs) {
      if (!matchesFilter(run, filter)) continue;
      found.push(summaryOf(run));
      if (filter.limit !== undefined && found.length >= filter.limit) break;
    }
    return found;
  }

  /** One run with its context and the states and transitions it took, or undefined. */
  getRun(id: string): RunDetail | undefined {
    const run = this.runtime.runs.get(id);
    return run ? detailOf(run) : undefined;
  }

  /** Ends a run at once and cancels its timers; false when it had already ended. */
  async terminate(id: string): Promise<boolean> {
    this.open();
    if (!this.runtime.runs.has(id)) throw new EngineError('unknown-run', `There is no run ${id}`);
    return this.runtime.terminate(id, 'by request');
  }

  /** The waiting runs an event named `event` would reach, before tags (oldest first). */
  waitingFor(event: string): RunSummary[] {
    return this.runtime.waitingFor(event).map(summaryOf);
  }

  /** Every event name some waiting run has a transition for (the Send Event dialog's suggestions). */
  waitingEvents(): string[] {
    return [...this.runtime.waitingEvents()].sort();
  }

  /** Every trigger of the deployed services, with the services it starts. */
  triggers(): { event: string; services: string[] }[] {
    return [...this.triggerIndex.names()].sort().map((event) => ({ event, services: this.triggerIndex.get(event).sort() }));
  }

  /** Calls `listener` for every run change; returns the function that stops it. */
  onRunChange(listener: (change: RunChange) => void): () => void {
    return this.runtime.onChange(listener);
  }

  /** Resolves when no run is busy (waiting and sleeping runs may remain). */
  idle(): Promise<void> {
    return this.runtime.idle();
  }

  /** Waits for busy runs, stops timers and writes the store; the engine cannot be used after. */
  async close(): Promise<void> {
    if (this.runtime.closed) return;
    await this.runtime.close();
  }

  private resolve(name: string): ServiceDefinition | undefined {
    const deployed = this.services.get(name);
    if (deployed) return deployed;
    const document = this.options.loadService?.(name);
    if (!document || validateFlux(document).some((d) => d.severity === 'error')) return undefined;
    const def = defineService(name, document);
    this.runtime.keepVersion(def);
    return def;
  }

  private open(): void {
    if (this.runtime.closed) throw new EngineError('engine-closed', 'The engine is closed');
  }
}
