import { EventHub, createApiHost, type ApiHandlers, type ApiHost } from '../../shared/api';
import { defaultWorkspaceDir, ensureWorkspace } from './default-workspace';
import { LogBatcher } from './log-batcher';
import { Workspace } from './workspace';

export interface BackendOptions {
  /** The workspace folder; without it, ~/FluxStudio (created with a sample service on first use). */
  workspace?: string;
}

/** The object behind FluxApi, the same for the Electron app, the browser edition and the tests. */
export interface Backend {
  readonly workspace: Workspace;
  readonly host: ApiHost;
  readonly logs: LogBatcher;
  close(): Promise<void>;
}

export async function createBackend(options: BackendOptions = {}): Promise<Backend> {
  const root = options.workspace ?? defaultWorkspaceDir();
  await ensureWorkspace(root, { withSample: options.workspace === undefined });
  const workspace = new Workspace(root);
  const events = new EventHub();
  const logs = new LogBatcher((records) => events.emit('log:batch', { records }));

  const handlers: ApiHandlers = {
    'workspace:info': async () => ({ root: workspace.root, name: workspace.name }),
    'service:list': async () => ({ services: await workspace.list() }),
    'service:read': async ({ name }) => workspace.read(name),
    'service:save': async ({ name, text, expectedMtimeMs }) => {
      const result = await workspace.save(name, text, expectedMtimeMs);
      logs.log({ level: 'INFO', service: name, message: `Saved ${result.path}` });
      return result;
    },
    'log:recent': async () => ({ records: logs.recentRecords() }),
  };

  const services = await workspace.list();
  logs.log({ level: 'INFO', message: `Opened workspace ${workspace.root} (${services.length} service${services.length === 1 ? '' : 's'})` });

  return {
    workspace,
    host: createApiHost(handlers, events),
    logs,
    async close() {
      logs.close();
    },
  };
}
