// The engine behind FluxApi: deploys the workspace's services, answers the engine:* requests and
// streams run changes in batches, as the log batcher does for console records.
import { engineRequests, FluxApiError, type ApiHandlers, type EventPreview, type RunChange, type ServiceChange } from '../../shared/api';
import { systemEnv } from '../../shared/expr';
import { nearestName, parseFlux, type FluxDocument } from '../../shared/model';
import { createEngine, EngineError, FileRunStore, runTags, stateDirOf, tagsMatch, validateInputs, type Engine, type EngineOptions } from '../engine';
import type { LogBatcher } from './log-batcher';
import type { Workspace } from './workspace';

type EngineChannel = Extract<keyof ApiHandlers, `engine:${string}`>;
export type EngineHandlers = Pick<ApiHandlers, EngineChannel>;

export interface EngineHostOptions {
  root: string;
  logs: LogBatcher;
  onRunChanges: (changes: RunChange[]) => void;
  /** Tests pass a fake clock or an in-memory store; the app keeps runs under the workspace. */
  engine?: EngineOptions;
  /** How often run changes go out, at most (default 50 ms). */
  batchMs?: number;
}

/** One workspace's engine and what the backend needs of it. */
export interface EngineHost {
  readonly engine: Engine;
  readonly handlers: EngineHandlers;
  /** Deploys (or redeploys) a service from its file text; a file that does not parse is undeployed. */
  deployText(name: string, text: string): void;
  undeploy(name: string): void;
  close(): Promise<void>;
}

export async function createEngineHost(options: EngineHostOptions): Promise<EngineHost> {
  const { logs } = options;
  const engine = await createEngine({
    store: new FileRunStore(stateDirOf(options.root)),
    ...options.engine,
    // The batcher numbers every record, the engine's and the backend's alike, so the console's order is one order.
    sink: { write: ({ seq: _seq, ...record }) => logs.log(record) },
  });
  // The documents deployed, for what the engine does not expose: previews and the event catalogue.
  const documents = new Map<string, FluxDocument>();

  let pending: RunChange[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    options.onRunChanges(batch);
  };
  const stopChanges = engine.onRunChange((change) => {
    pending.push(change);
    timer ??= setTimeout(flush, options.batchMs ?? 50);
  });

  const deployText = (name: string, text: string) => {
    const { document } = parseFlux(text);
    if (!document) {
      documents.delete(name);
      engine.undeploy(name);
      return;
    }
    const result = engine.deploy(name, document);
    if (result.deployed) documents.set(name, document);
    else documents.delete(name);
  };

  const guard = async <T>(work: () => Promise<T> | T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof EngineError) throw new FluxApiError(error.code, error.message);
      throw error;
    }
  };

  const preview = ({ event, inputs = {}, tags }: { event: string; inputs?: Record<string, unknown>; tags?: string[] }): EventPreview => {
    const starts: EventPreview['starts'] = [];
    for (const [service, doc] of documents) {
      if (!doc.triggers?.includes(event)) continue;
      const check = validateInputs(doc.input, inputs);
      const problems = check.ok ? [] : check.problems;
      if (check.ok) {
        const computed = runTags(doc.tags, check.values, tags, systemEnv);
        if (!computed.ok) problems.push(...computed.problems);
      }
      starts.push({ service, problems });
    }
    const resumes: EventPreview['resumes'] = [];
    for (const run of engine.runtime.waitingFor(event)) {
      if (!tagsMatch(run.tags, tags)) continue;
      const state = documents.get(run.service)?.states.find((s) => s.name === run.state);
      const check = validateInputs(state?.input, inputs);
      resumes.push({ service: run.service, run: run.id, state: run.state, problems: check.ok ? [] : check.problems });
    }
    const result: EventPreview = { starts: starts.sort((a, b) => a.service.localeCompare(b.service)), resumes };
    if (starts.length + resumes.length === 0) {
      const known = [...documents.values()].flatMap((d) => d.triggers ?? []);
      const nearest = nearestName(event, [...known, ...engine.runtime.waitingEvents()]);
      if (nearest) result.nearest = nearest;
    }
    return result;
  };

  const handlers: EngineHandlers = {
    'engine:execute': ({ service, inputs, startState, tags }) => guard(() => engine.execute(service, inputs ?? {}, { startState, tags })),
    'engine:send-event': (event) => guard(() => engine.sendEvent(event)),
    'engine:preview-event': async (event) => preview(event),
    'engine:event-catalog': async () => {
      const triggers = new Map<string, string[]>();
      for (const [service, doc] of documents) for (const t of doc.triggers ?? []) triggers.set(t, [...(triggers.get(t) ?? []), service]);
      const waiting = new Map<string, number>();
      for (const event of engine.runtime.waitingEvents()) waiting.set(event, engine.runtime.waitingFor(event).length);
      return {
        triggers: [...triggers].map(([event, services]) => ({ event, services })).sort((a, b) => a.event.localeCompare(b.event)),
        waiting: [...waiting].filter(([, runs]) => runs > 0).map(([event, runs]) => ({ event, runs })).sort((a, b) => a.event.localeCompare(b.event)),
      };
    },
    'engine:list-runs': async (filter) => ({ runs: engine.listRuns(filter) }),
    'engine:get-run': ({ id }) =>
      guard(() => {
        const run = engine.getRun(id);
        if (!run) throw new FluxApiError('unknown-run', `There is no run ${id}.`);
        return run;
      }),
    'engine:terminate': ({ id }) => guard(async () => ({ terminated: await engine.terminate(id) })),
  };

  return {
    engine,
    handlers,
    deployText,
    undeploy(name) {
      documents.delete(name);
      engine.undeploy(name);
    },
    async close() {
      stopChanges();
      await engine.close();
      if (timer) clearTimeout(timer);
      flush();
    },
  };
}

/** Deploys every service of the workspace that parses and validates, so its triggers take events at once. */
export async function deployWorkspace(host: EngineHost, workspace: Workspace): Promise<void> {
  for (const service of await workspace.list()) {
    const file = await workspace.read(service.name).catch(() => undefined);
    if (file) host.deployText(service.name, file.text);
  }
}

/** The engine:* handlers of whichever engine is current (opening another workspace replaces it). */
export function engineHandlers(current: () => EngineHost): EngineHandlers {
  const channels = Object.keys(engineRequests) as EngineChannel[];
  const delegate = (channel: EngineChannel) => (input: never) => (current().handlers[channel] as (i: never) => unknown)(input);
  return Object.fromEntries(channels.map((channel) => [channel, delegate(channel)])) as unknown as EngineHandlers;
}

/** Follows files changed on disk by other programs: a changed service is redeployed, a removed one undeployed. */
export async function redeployChanges(host: EngineHost, workspace: Workspace, changes: readonly ServiceChange[]): Promise<void> {
  for (const change of changes) {
    if (change.kind === 'removed') {
      host.undeploy(change.name);
      continue;
    }
    const file = await workspace.read(change.name).catch(() => undefined);
    if (file) host.deployText(change.name, file.text);
  }
}
