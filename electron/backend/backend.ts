import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EngineOptions } from '../engine';
import { EventHub, FluxApiError, createApiHost, type ApiHandlers, type ApiHost } from '../../shared/api';
import { defaultWorkspaceDir, ensureWorkspace } from './default-workspace';
import { createEngineHost, deployWorkspace, engineHandlers, redeployChanges, type EngineHost } from './engine-host';
import { LogBatcher } from './log-batcher';
import { moveSavedEvents, savedEventHandlers } from './saved-events';
import { Workspace } from './workspace';
import { watchWorkspace, type WorkspaceWatcher } from './workspace-watcher';

export interface BackendOptions {
  /** The workspace folder; without it, ~/FluxStudio (created with a sample service on first use). */
  workspace?: string;
  /** The host's native folder picker (Electron's dialog); without it, `workspace:choose-folder` answers `unsupported`. */
  chooseFolder?: () => Promise<string | null>;
  /** Engine settings for tests (a fake clock, an in-memory run store). */
  engine?: EngineOptions;
}

/** The object behind FluxApi, the same for the Electron app, the browser edition and the tests. */
export interface Backend {
  /** The open workspace; `workspace:open` replaces it. */
  readonly workspace: Workspace;
  /** Watches the open workspace; tests flush it instead of waiting for the debounce. */
  readonly watcher: WorkspaceWatcher;
  readonly host: ApiHost;
  readonly logs: LogBatcher;
  /** The open workspace's engine; `workspace:open` replaces it too. */
  readonly engine: EngineHost;
  close(): Promise<void>;
}

export async function createBackend(options: BackendOptions = {}): Promise<Backend> {
  const root = options.workspace ?? defaultWorkspaceDir();
  await ensureWorkspace(root, { withSample: options.workspace === undefined });
  let workspace = new Workspace(root);
  const events = new EventHub();
  const logs = new LogBatcher((records) => events.emit('log:batch', { records }));
  const startEngine = async (ws: Workspace) => {
    const host = await createEngineHost({
      root: ws.root,
      logs,
      engine: options.engine,
      onRunChanges: (changes) => events.emit('run:changes', { changes }),
    });
    await deployWorkspace(host, ws);
    return host;
  };
  let engine = await startEngine(workspace);
  const watch = (ws: Workspace) =>
    watchWorkspace(ws, (changes) => {
      void redeployChanges(engine, ws, changes);
      events.emit('workspace:changed', { root: ws.root, changes });
    });
  let watcher = await watch(workspace);

  const handlers: ApiHandlers = {
    'workspace:info': async () => ({ root: workspace.root, name: workspace.name }),
    'service:list': async () => ({ services: await workspace.list() }),
    'service:read': async ({ name }) => workspace.read(name),
    'service:save': async ({ name, text, expectedMtimeMs }) => {
      const result = await workspace.save(name, text, expectedMtimeMs);
      watcher.noteOwnWrite(name, result.path, result.mtimeMs);
      logs.log({ level: 'INFO', service: name, message: `Saved ${result.path}` });
      engine.deployText(name, text);
      return result;
    },
    'service:create': async ({ name }) => {
      const file = await workspace.create(name);
      watcher.noteOwnWrite(name, file.path, file.mtimeMs);
      logs.log({ level: 'INFO', service: name, message: `Created ${file.path}` });
      engine.deployText(name, file.text);
      return file;
    },
    'service:rename': async ({ name, newName }) => {
      const renamed = await workspace.rename(name, newName);
      await moveSavedEvents(workspace, name, newName);
      const stat = await fs.stat(workspace.pathOf(newName));
      watcher.noteOwnWrite(name, '', null);
      watcher.noteOwnWrite(newName, renamed.path, stat.mtimeMs);
      logs.log({ level: 'INFO', service: newName, message: `Renamed ${name} to ${newName} (${renamed.path})` });
      engine.undeploy(name);
      engine.deployText(newName, (await workspace.read(newName)).text);
      return renamed;
    },
    'service:delete': async ({ name }) => {
      await workspace.delete(name);
      await moveSavedEvents(workspace, name, null);
      watcher.noteOwnWrite(name, '', null);
      logs.log({ level: 'INFO', service: name, message: `Deleted ${name}` });
      engine.undeploy(name);
      return { name };
    },
    'workspace:open': async ({ root: requested }) => {
      const full = path.resolve(requested);
      const stat = await fs.stat(full).catch(() => undefined);
      if (!stat?.isDirectory()) throw new FluxApiError('not-found', `There is no folder ${full} to open as a workspace.`);
      const next = new Workspace(full);
      const services = await next.list();
      const nextWatcher = await watch(next);
      watcher.close();
      // Runs live with their workspace (its state folder): the old engine is closed, its waiting runs kept on disk.
      await engine.close();
      engine = await startEngine(next);
      workspace = next;
      watcher = nextWatcher;
      logs.log({ level: 'INFO', message: `Opened workspace ${next.root} (${plural(services.length, 'service')})` });
      return { root: next.root, name: next.name };
    },
    'workspace:choose-folder': async () => {
      if (!options.chooseFolder) {
        throw new FluxApiError('unsupported', 'This edition has no folder picker: type the folder path instead.');
      }
      return { root: await options.chooseFolder() };
    },
    'log:recent': async () => ({ records: logs.recentRecords() }),
    ...engineHandlers(() => engine),
    ...savedEventHandlers(() => workspace),
  };

  const services = await workspace.list();
  logs.log({ level: 'INFO', message: `Opened workspace ${workspace.root} (${plural(services.length, 'service')})` });

  return {
    get workspace() {
      return workspace;
    },
    get watcher() {
      return watcher;
    },
    host: createApiHost(handlers, events),
    logs,
    get engine() {
      return engine;
    },
    async close() {
      watcher.close();
      await engine.close();
      logs.close();
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
