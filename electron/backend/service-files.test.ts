import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, createMemoryPortPair, createWireTransport, serveWire, type FluxApi, type WorkspaceChanged } from '../../shared/api';
import { createBackend, type Backend, type BackendOptions } from './backend';
import { EMPTY_SERVICE_TEXT } from './workspace';

const service = (states: string[]) =>
  `${JSON.stringify({ states: states.map((name, i) => ({ name, x: 0, y: i * 100, action: {}, input: [], output: [] })) }, null, 2)}\n`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tempDir(files: Record<string, string> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-files-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A backend on a folder of real files, a client over an in-memory socket pair, and the events it got. */
async function given(files: Record<string, string>, options: Omit<BackendOptions, 'workspace'> = {}) {
  const dir = await tempDir(files);
  const backend: Backend = await createBackend({ workspace: dir, ...options });
  const [clientPort, hostPort] = createMemoryPortPair();
  serveWire(backend.host, hostPort);
  const api: FluxApi = createClient(createWireTransport(clientPort));
  const changed: WorkspaceChanged[] = [];
  api.on('workspace:changed', (payload) => changed.push(payload));
  cleanups.unshift(() => backend.close());
  return { dir, backend, api, changed };
}

/** The entries of a folder a user sees: the studio's own dot-folders (run store) are left out. */
const visible = async (dir: string) => (await fs.readdir(dir)).filter((e) => !e.startsWith('.')).sort();

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('service files over the FluxApi contract', () => {
  it('should create a new service, in its folder, as an empty canonical document', async () => {
    // given
    const { api, dir } = await given({});
    // when
    const file = await api.request('service:create', { name: 'orders.eu.Refund' });
    // then
    expect(file).toMatchObject({ name: 'orders.eu.Refund', path: 'orders/eu/Refund.flux', text: EMPTY_SERVICE_TEXT });
    expect(await fs.readFile(path.join(dir, 'orders/eu/Refund.flux'), 'utf8')).toBe(EMPTY_SERVICE_TEXT);
    expect((await api.request('service:list', {})).services).toEqual([{ name: 'orders.eu.Refund', path: 'orders/eu/Refund.flux' }]);
  });

  it('should refuse to create a service that already exists, leaving the file as it was', async () => {
    const { api, dir } = await given({ 'Main.flux': service(['A']) });
    await expect(api.request('service:create', { name: 'Main' })).rejects.toMatchObject({ code: 'exists', message: expect.stringContaining("'Main'") });
    expect(await fs.readFile(path.join(dir, 'Main.flux'), 'utf8')).toBe(service(['A']));
  });

  it('should refuse a name that has no file path, such as one with a blank segment', async () => {
    const { api } = await given({});
    await expect(api.request('service:create', { name: 'orders. Checkout' })).rejects.toMatchObject({ code: 'invalid-name' });
  });

  it('should rename a service into another folder and remove the folder it left empty', async () => {
    // given
    const { api, dir } = await given({ 'old/Checkout.flux': service(['Take']) });
    // when
    const renamed = await api.request('service:rename', { name: 'old.Checkout', newName: 'orders.Checkout' });
    // then
    expect(renamed).toEqual({ name: 'orders.Checkout', path: 'orders/Checkout.flux' });
    expect(await fs.readFile(path.join(dir, 'orders/Checkout.flux'), 'utf8')).toBe(service(['Take']));
    expect(await visible(dir)).toEqual(['orders']);
  });

  it('should refuse to rename onto an existing service, and to rename one that is not there', async () => {
    const { api, dir } = await given({ 'A.flux': service(['A']), 'B.flux': service(['B']) });
    await expect(api.request('service:rename', { name: 'A', newName: 'B' })).rejects.toMatchObject({ code: 'exists' });
    await expect(api.request('service:rename', { name: 'Nope', newName: 'C' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await fs.readFile(path.join(dir, 'B.flux'), 'utf8')).toBe(service(['B']));
  });

  it('should delete a service and the folders it leaves empty, and say when there is none', async () => {
    // given
    const { api, dir } = await given({ 'orders/eu/Refund.flux': service(['Pay']), 'Main.flux': service(['A']) });
    // when
    expect(await api.request('service:delete', { name: 'orders.eu.Refund' })).toEqual({ name: 'orders.eu.Refund' });
    // then
    expect(await visible(dir)).toEqual(['Main.flux']);
    await expect(api.request('service:delete', { name: 'orders.eu.Refund' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('should refuse to save text that does not parse, so a service is never replaced by something unreadable', async () => {
    const { api, dir } = await given({ 'Main.flux': service(['A']) });
    await expect(api.request('service:save', { name: 'Main', text: '{ "states": [' })).rejects.toMatchObject({ code: 'invalid-text' });
    expect(await fs.readFile(path.join(dir, 'Main.flux'), 'utf8')).toBe(service(['A']));
  });
});

describe('opening another workspace', () => {
  it('should switch to another folder and list its services', async () => {
    // given
    const { api } = await given({ 'Main.flux': service(['A']) });
    const other = await tempDir({ 'billing/Invoice.flux': service(['Bill']) });
    // when
    const info = await api.request('workspace:open', { root: other });
    // then
    expect(info).toEqual({ root: other, name: path.basename(other) });
    expect(await api.request('workspace:info', {})).toEqual(info);
    expect((await api.request('service:list', {})).services).toEqual([{ name: 'billing.Invoice', path: 'billing/Invoice.flux' }]);
  });

  it('should refuse a folder that does not exist and stay on the workspace it had', async () => {
    const { api, dir } = await given({});
    await expect(api.request('workspace:open', { root: path.join(dir, 'missing') })).rejects.toMatchObject({ code: 'not-found' });
    expect((await api.request('workspace:info', {})).root).toBe(dir);
  });

  it('should answer the folder picker with the host dialog, or unsupported where there is none', async () => {
    const web = await given({});
    await expect(web.api.request('workspace:choose-folder', {})).rejects.toMatchObject({ code: 'unsupported' });
    const desktop = await given({}, { chooseFolder: async () => '/picked' });
    expect(await desktop.api.request('workspace:choose-folder', {})).toEqual({ root: '/picked' });
  });
});

describe('the workspace watcher', () => {
  it('should report files added, changed and removed by another program', async () => {
    // given
    const { dir, backend, changed } = await given({ 'Main.flux': service(['A']), 'Old.flux': service(['O']) });
    // when another program writes and deletes files
    await fs.writeFile(path.join(dir, 'Main.flux'), service(['A', 'B']));
    await fs.utimes(path.join(dir, 'Main.flux'), new Date(), new Date(Date.now() + 5000));
    await fs.mkdir(path.join(dir, 'orders'));
    await fs.writeFile(path.join(dir, 'orders/New.flux'), service(['N']));
    await fs.rm(path.join(dir, 'Old.flux'));
    await backend.watcher.flush();
    await settle();
    // then
    const changes = changed.flatMap((c) => c.changes.map(({ name, kind }) => ({ name, kind })));
    expect(changes).toEqual([
      { name: 'Main', kind: 'changed' },
      { name: 'Old', kind: 'removed' },
      { name: 'orders.New', kind: 'added' },
    ]);
    expect(changed[0]?.root).toBe(dir);
  });

  it('should not report the studio’s own saves, creations, renames and deletions', async () => {
    // given
    const { api, backend, changed } = await given({ 'Main.flux': service(['A']) });
    const file = await api.request('service:read', { name: 'Main' });
    // when
    await api.request('service:save', { name: 'Main', text: service(['A', 'B']), expectedMtimeMs: file.mtimeMs });
    await api.request('service:create', { name: 'Second' });
    await api.request('service:rename', { name: 'Second', newName: 'folder.Third' });
    await api.request('service:delete', { name: 'folder.Third' });
    await backend.watcher.flush();
    await settle();
    // then
    expect(changed).toEqual([]);
  });

  it('should notice a change by itself, after its debounce, without being flushed', async () => {
    const { dir, changed } = await given({ 'Main.flux': service(['A']) });
    await fs.writeFile(path.join(dir, 'Added.flux'), service(['X']));
    await expect.poll(() => changed.flatMap((c) => c.changes.map((x) => x.name)), { timeout: 3000 }).toContain('Added');
  });

  it('should go on noticing a file after it was replaced by an atomic save, and files in folders made later', async () => {
    // given a file the studio saved (a new inode, renamed over the old one)
    const { api, dir, changed } = await given({ 'Main.flux': service(['A']) });
    const file = await api.request('service:read', { name: 'Main' });
    await api.request('service:save', { name: 'Main', text: service(['A', 'B']), expectedMtimeMs: file.mtimeMs });
    await fs.mkdir(path.join(dir, 'later'));
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // when another program replaces it the same way, and writes in the new folder
    await fs.writeFile(path.join(dir, 'Main.flux.tmp'), service(['Theirs']));
    await fs.rename(path.join(dir, 'Main.flux.tmp'), path.join(dir, 'Main.flux'));
    await fs.utimes(path.join(dir, 'Main.flux'), new Date(), new Date(Date.now() + 5000));
    await fs.writeFile(path.join(dir, 'later/New.flux'), service(['N']));
    // then both are reported without a flush
    await expect
      .poll(() => changed.flatMap((c) => c.changes.map((x) => `${x.name} ${x.kind}`)), { timeout: 3000 })
      .toEqual(expect.arrayContaining(['Main changed', 'later.New added']));
  });

  it('should ignore what happens in dot-folders such as the run store', async () => {
    const { dir, backend, changed } = await given({});
    await fs.mkdir(path.join(dir, '.flux-studio'));
    await fs.writeFile(path.join(dir, '.flux-studio/Run.flux'), service(['R']));
    await backend.watcher.flush();
    await settle();
    expect(changed).toEqual([]);
  });
});
