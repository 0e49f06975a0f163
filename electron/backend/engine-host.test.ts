import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, createMemoryPortPair, createWireTransport, serveWire, type FluxApi, type LogRecord, type RunChange } from '../../shared/api';
import { FakeClock, MemoryRunStore } from '../engine';
import { createBackend, type Backend } from './backend';
import { SAMPLE_SERVICE } from './default-workspace';

const waiting = `${JSON.stringify(
  {
    triggers: ['ask'],
    tags: ['${order}'],
    input: [{ name: 'order', allowNull: false }],
    states: [
      { name: 'Ask', x: 0, y: 0, action: {}, input: [], output: [], transitions: [{ to: 'Wait' }] },
      { name: 'Wait', x: 0, y: 100, waiting: true, action: {}, input: [{ name: 'answer', allowNull: false }], output: [], transitions: [{ to: 'Done', event: 'answered' }] },
      { name: 'Done', x: 0, y: 200, action: {}, input: [], output: [] },
    ],
  },
  null,
  2,
)}\n`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function given(files: Record<string, string>): Promise<{ backend: Backend; api: FluxApi; logs: LogRecord[]; changes: RunChange[]; dir: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-engine-host-'));
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  const backend = await createBackend({ workspace: dir, engine: { clock: new FakeClock(0), store: new MemoryRunStore() } });
  const [a, b] = createMemoryPortPair();
  serveWire(backend.host, b);
  const api = createClient(createWireTransport(a));
  const logs: LogRecord[] = [];
  const changes: RunChange[] = [];
  api.on('log:batch', ({ records }) => logs.push(...records));
  api.on('run:changes', (payload) => changes.push(...payload.changes));
  cleanups.push(async () => {
    await backend.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { backend, api, logs, changes, dir };
}

const settle = async (backend: Backend) => {
  await backend.engine.engine.idle();
  backend.logs.flushNow();
  await new Promise((resolve) => setTimeout(resolve, 80));
};

describe('the engine behind FluxApi', () => {
  it('should start the sample service with its trigger and stream its log line to the console', async () => {
    // given
    const { backend, api, logs, changes } = await given({ 'Hello.flux': SAMPLE_SERVICE });
    // when
    const result = await api.request('engine:send-event', { event: 'invoked' });
    await settle(backend);
    // then
    expect(result.started).toEqual([{ service: 'Hello', run: expect.any(String) }]);
    expect(logs.filter((r) => r.level === 'INFO' && r.service === 'Hello').map((r) => r.message)).toContain('Hello! I was started by invoked');
    expect(changes.map((c) => c.type)).toContain('run-finished');
    const seqs = logs.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it('should redeploy a service when it is saved, so a new trigger takes events at once', async () => {
    const { backend, api } = await given({ 'Hello.flux': SAMPLE_SERVICE });
    const file = await api.request('service:read', { name: 'Hello' });
    await api.request('service:save', { name: 'Hello', text: file.text.replace('"invoked"', '"greet"'), expectedMtimeMs: file.mtimeMs });
    expect((await api.request('engine:send-event', { event: 'greet' })).started).toHaveLength(1);
    const missed = await api.request('engine:send-event', { event: 'invoked' });
    expect(missed.started).toEqual([]);
    expect(missed.unmatched?.message).toMatch(/No service or waiting run accepted the event invoked/);
    await settle(backend);
  });

  it('should preview what an event will do, refusals included, without doing it', async () => {
    // given a run waiting in Wait, tagged A1
    const { backend, api } = await given({ 'Ask.flux': waiting });
    await api.request('engine:send-event', { event: 'ask', inputs: { order: 'A1' } });
    await settle(backend);
    // when / then
    expect(await api.request('engine:preview-event', { event: 'ask', inputs: {} })).toEqual({ starts: [{ service: 'Ask', problems: ['order is required'] }], resumes: [] });
    const resume = await api.request('engine:preview-event', { event: 'answered', inputs: {}, tags: ['A1'] });
    expect(resume.resumes).toEqual([{ service: 'Ask', run: expect.any(String), state: 'Wait', problems: ['answer is required'] }]);
    expect((await api.request('engine:preview-event', { event: 'answered', tags: ['B2'] })).resumes).toEqual([]);
    expect((await api.request('engine:preview-event', { event: 'answerd' })).nearest).toBe('answered');
    expect(await api.request('engine:event-catalog', {})).toEqual({ triggers: [{ event: 'ask', services: ['Ask'] }], waiting: [{ event: 'answered', runs: 1 }] });
    const { runs } = await api.request('engine:list-runs', {});
    expect(runs.map((r) => r.status)).toEqual(['WAITING']);
  });

  it('should show a run in full and terminate it on request', async () => {
    const { backend, api } = await given({ 'Ask.flux': waiting });
    const { started } = await api.request('engine:send-event', { event: 'ask', inputs: { order: 'A1' } });
    await settle(backend);
    const id = started[0]!.run;
    const detail = await api.request('engine:get-run', { id });
    expect(detail).toMatchObject({ id, service: 'Ask', status: 'WAITING', state: 'Wait', tags: ['A1'], inputs: { order: 'A1' } });
    expect(detail.history.filter((h) => h.type === 'state').map((h) => (h as { state: string }).state)).toEqual(['Ask', 'Wait']);
    expect(await api.request('engine:terminate', { id })).toEqual({ terminated: true });
    expect((await api.request('engine:get-run', { id })).status).toBe('TERMINATED');
    await expect(api.request('engine:get-run', { id: 'nope' })).rejects.toMatchObject({ code: 'unknown-run' });
  });
});
