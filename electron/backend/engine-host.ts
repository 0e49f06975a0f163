// The engine behind FluxApi: deploys the workspace's services, answers the engine:* requests and
// streams run changes in batches, as the log batcher does for console records.
import { engineRequests, FluxApiError, type ApiHandlers, type RunChange, type ServiceChange } from '../../shared/api';
import { parseFlux } from '../../shared/model';
import { createEngine, EngineError, FileRunStore, stateDirOf, type Engine, type EngineOptions } from '../engine';
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
    if (document) engine.deploy(name, document);
    else engine.undeploy(name);
  };

  const guard = async <T>(work: () => Promise<T> | T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof EngineError) throw new FluxApiError(error.code, error.message);
      throw error;
    }
  };

  const handlers: EngineHandlers = {
    'engine:execute': ({ service, inputs, startState, tags }) => guard(() => engine.execute(service, inputs ?? {}, { startState, tags })),
    'engine:send-event': (event) => guard(() => engine.sendEvent(event)),
    'engine:preview-event': async (event) => engine.previewEvent(event),
    'engine:event-catalog': async () => ({
      triggers: engine.triggers(),
      waiting: engine
        .waitingEvents()
        .map((event) => ({ event, runs: engine.waitingFor(event).length }))
        .filter(({ runs }) => runs > 0),
    }),
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
