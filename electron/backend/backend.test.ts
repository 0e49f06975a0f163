import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  createMemoryPortPair,
  createWireTransport,
  FluxApiError,
  serveWire,
  type FluxApi,
  type LogRecord,
} from '../../shared/api';
import { createBackend, type Backend } from './backend';
import { SAMPLE_SERVICE_NAME } from './default-workspace';

const service = (states: string[]) =>
  `${JSON.stringify({ states: states.map((name, i) => ({ name, x: 0, y: i * 100, action: {}, input: [], output: [] })) }, null, 2)}\n`;

/** A backend on a folder of files, and a client talking to it over an in-memory socket pair. */
async function given(files: Record<string, string>): Promise<{ dir: string; backend: Backend; api: FluxApi }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-backend-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  const backend = await createBackend({ workspace: dir });
  const [clientPort, hostPort] = createMemoryPortPair();
  serveWire(backend.host, hostPort);
  const api = createClient(createWireTransport(clientPort));
  cleanups.push(async () => {
    await backend.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { dir, backend, api };
}

/** The folder's entries but the engine's run store (a dot-folder it keeps out of version control). */
const visibleFiles = async (dir: string) => (await fs.readdir(dir)).filter((name) => !name.startsWith('.'));

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('the backend over the FluxApi contract', () => {
  it('should list every .flux file of the workspace by its dotted name, skipping dot-folders and other files', async () => {
    // given
    const { api } = await given({
      'Main.flux': service(['A']),
      'orders/Checkout.flux': service(['Take']),
      'orders/eu/Refund.flux': service(['Pay']),
      'notes.txt': 'not a service',
      '.flux-studio/runs/Hidden.flux': service(['X']),
      'node_modules/pkg/Dep.flux': service(['Y']),
    });
    // when
    const { services } = await api.request('service:list', {});
    // then
    expect(services).toEqual([
      { name: 'Main', path: 'Main.flux' },
      { name: 'orders.Checkout', path: 'orders/Checkout.flux' },
      { name: 'orders.eu.Refund', path: 'orders/eu/Refund.flux' },
    ]);
  });

  it('should name the workspace after its folder', async () => {
    const { api, dir } = await given({});
    expect(await api.request('workspace:info', {})).toEqual({ root: dir, name: path.basename(dir) });
  });

  it('should read a service with its text and save a new text atomically to the same file', async () => {
    // given
    const { api, dir } = await given({ 'orders/Checkout.flux': service(['Take']) });
    const file = await api.request('service:read', { name: 'orders.Checkout' });
    expect(file.text).toBe(service(['Take']));
    // when
    const saved = await api.request('service:save', { name: 'orders.Checkout', text: service(['Take', 'Ship']), expectedMtimeMs: file.mtimeMs });
    // then
    expect(saved.path).toBe('orders/Checkout.flux');
    expect(await fs.readFile(path.join(dir, 'orders/Checkout.flux'), 'utf8')).toBe(service(['Take', 'Ship']));
    expect(await fs.readdir(path.join(dir, 'orders'))).toEqual(['Checkout.flux']);
  });

  it('should refuse to overwrite a file another program changed since it was read', async () => {
    // given
    const { api, dir } = await given({ 'Main.flux': service(['A']) });
    const file = await api.request('service:read', { name: 'Main' });
    await fs.writeFile(path.join(dir, 'Main.flux'), service(['Edited', 'Elsewhere']));
    await fs.utimes(path.join(dir, 'Main.flux'), new Date(), new Date(Date.now() + 5000));
    // when
    const saving = api.request('service:save', { name: 'Main', text: service(['Mine']), expectedMtimeMs: file.mtimeMs });
    // then
    await expect(saving).rejects.toMatchObject({ code: 'conflict' });
    expect(await fs.readFile(path.join(dir, 'Main.flux'), 'utf8')).toBe(service(['Edited', 'Elsewhere']));
  });

  it('should answer a missing service with a not-found error that names it', async () => {
    const { api } = await given({});
    const reading = api.request('service:read', { name: 'orders.Nope' });
    await expect(reading).rejects.toBeInstanceOf(FluxApiError);
    await expect(reading).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining("'orders.Nope'") });
  });

  it('should answer a bad payload with a typed error and never call the handler', async () => {
    // given
    const { api, dir } = await given({});
    const untyped = api as unknown as { request(channel: string, input: unknown): Promise<unknown> };
    // when / then
    await expect(untyped.request('service:read', { name: 42 })).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(untyped.request('service:save', { name: '../../etc/passwd', text: 'x' })).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(untyped.request('service:drop-table', {})).rejects.toMatchObject({ code: 'unknown-channel' });
    expect(await visibleFiles(dir)).toEqual([]);
  });

  it('should stream log records to subscribers in batches, numbered in order', async () => {
    // given
    const { api, backend } = await given({ 'Main.flux': service(['A']) });
    backend.logs.flushNow();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const received: LogRecord[] = [];
    api.on('log:batch', ({ records }) => received.push(...records));
    // when
    for (let i = 0; i < 3; i++) backend.logs.log({ level: 'INFO', message: `line ${i}` });
    backend.logs.flushNow();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // then
    expect(received.map((r) => r.message)).toEqual(['line 0', 'line 1', 'line 2']);
    expect(received.map((r) => r.seq)).toEqual([...received.map((r) => r.seq)].sort((a, b) => a - b));
  });

  it('should keep what was logged before a window connected', async () => {
    const { api, dir } = await given({ 'Main.flux': service(['A']) });
    const { records } = await api.request('log:recent', {});
    expect(records.map((r) => r.message)).toContain(`Opened workspace ${dir} (1 service)`);
  });
});

describe('the default workspace', () => {
  it('should be created on first use with the sample service, and left alone afterwards', async () => {
    // given a home without a FluxStudio folder
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-home-'));
    const previous = process.env.HOME;
    process.env.HOME = home;
    try {
      // when
      const first = await createBackend();
      await first.close();
      // then
      const root = path.join(home, 'FluxStudio');
      expect(first.workspace.root).toBe(root);
      const sample = JSON.parse(await fs.readFile(path.join(root, `${SAMPLE_SERVICE_NAME}.flux`), 'utf8')) as { triggers: string[] };
      expect(sample.triggers).toEqual(['invoked']);

      // and when the user deletes the sample, a second start does not bring it back
      await fs.rm(path.join(root, `${SAMPLE_SERVICE_NAME}.flux`));
      const second = await createBackend();
      await second.close();
      expect(await visibleFiles(root)).toEqual([]);
    } finally {
      process.env.HOME = previous;
      await fs.rm(home, { recursive: true, force: true });
    }
  });
});
