import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, createMemoryPortPair, createWireTransport, serveWire, type FluxApi } from '../../shared/api';
import { MemoryRunStore } from '../engine';
import { createBackend, type Backend } from './backend';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function given(files: Record<string, string>): Promise<{ api: FluxApi; dir: string; backend: Backend }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-saved-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  const backend = await createBackend({ workspace: dir, engine: { store: new MemoryRunStore() } });
  const [a, b] = createMemoryPortPair();
  serveWire(backend.host, b);
  cleanups.push(async () => {
    await backend.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { api: createClient(createWireTransport(a)), dir, backend };
}

const service = '{"states": []}\n';

describe('saved events', () => {
  it('should keep events under their names beside the service, sorted, replacing one of the same name', async () => {
    // given
    const { api, dir } = await given({ 'orders/Checkout.flux': service });
    // when
    await api.request('event:save', { service: 'orders.Checkout', event: { name: 'paid R1', event: 'paid', inputs: { order: 'R1' }, tags: ['R1'] } });
    await api.request('event:save', { service: 'orders.Checkout', event: { name: 'cancel', event: 'cancelled' } });
    const { events } = await api.request('event:save', { service: 'orders.Checkout', event: { name: 'paid R1', event: 'paid', inputs: { order: 'R2' } } });
    // then
    expect(events.map((e) => e.name)).toEqual(['cancel', 'paid R1']);
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'orders/Checkout.events.json'), 'utf8')) as { events: unknown[] };
    expect(onDisk.events).toEqual([{ name: 'cancel', event: 'cancelled' }, { name: 'paid R1', event: 'paid', inputs: { order: 'R2' } }]);
    expect((await api.request('event:list-saved', { service: 'orders.Checkout' })).events).toHaveLength(2);
  });

  it('should follow the service when it is renamed, and go when it is deleted', async () => {
    const { api, dir } = await given({ 'A.flux': service });
    await api.request('event:save', { service: 'A', event: { name: 'go', event: 'go' } });
    await api.request('service:rename', { name: 'A', newName: 'B' });
    expect((await api.request('event:list-saved', { service: 'B' })).events.map((e) => e.name)).toEqual(['go']);
    await api.request('service:delete', { name: 'B' });
    expect((await fs.readdir(dir)).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('should say which file is wrong when it does not hold saved events, and not overwrite it', async () => {
    const { api, dir } = await given({ 'A.flux': service, 'A.events.json': '{"events": [{"event": 3}]}' });
    await expect(api.request('event:save', { service: 'A', event: { name: 'go', event: 'go' } })).rejects.toMatchObject({ code: 'invalid-file', message: expect.stringContaining('A.events.json') });
    expect(await fs.readFile(path.join(dir, 'A.events.json'), 'utf8')).toBe('{"events": [{"event": 3}]}');
  });
});
