// Engine (issue 5): events a second for an event that runs a 3-state service to completion, one
// event delivered to 10,000 waiting runs, restoring 10,000 waiting runs, and routing cost with 10
// vs 10,000 deployed services. Prints figures; never fails on a number.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEngine, FakeClock, FileRunStore, MemoryRunStore, nullSink, type RunStore } from '../electron/engine';
import type { FluxDocument } from '../shared/model';

function report(label: string, value: number, unit: string): void {
  console.log(`${label.padEnd(60)} ${Math.round(value).toLocaleString('en-US').padStart(12)} ${unit}`);
}

const threeStates = (trigger: string): FluxDocument => ({
  triggers: [trigger],
  input: [{ name: 'n', type: 'integer', defaultValue: 1 }],
  output: [{ name: 'result', type: 'integer' }],
  states: [
    { name: 'A', x: 0, y: 0, action: { lines: [{ type: 'set', expression: 'n * 2', evaluate: true, to: ['doubled'] }] }, input: [], output: [{ name: 'doubled' }], transitions: [{ to: 'B', lines: [{ from: ['doubled'], to: ['value'] }] }] },
    { name: 'B', x: 0, y: 0, action: { lines: [{ type: 'set', expression: "value > 1 ? 'big' : 'small'", evaluate: true, to: ['$fluxEvent'] }] }, input: [{ name: 'value' }], output: [], transitions: [{ event: 'big', to: 'C' }, { event: '$else', to: 'C' }] },
    { name: 'C', x: 0, y: 0, action: { lines: [{ type: 'set', expression: 'n + 1', evaluate: true, to: ['result'] }] }, input: [], output: [] },
  ],
});

const waiting: FluxDocument = {
  tags: ['${key}'],
  input: [{ name: 'key' }],
  states: [
    { name: 'Wait', x: 0, y: 0, waiting: true, action: {}, input: [], output: [], transitions: [{ event: 'go', to: 'Done' }, { wait: 'duration:3600', to: 'Done' }] },
    { name: 'Done', x: 0, y: 0, action: {}, input: [], output: [] },
  ],
};

async function engineWith(services: Record<string, FluxDocument>, store: RunStore = new MemoryRunStore()) {
  const engine = await createEngine({ clock: new FakeClock(), sink: nullSink, store, keepFinishedRuns: 100 });
  for (const [name, doc] of Object.entries(services)) engine.deploy(name, doc);
  return engine;
}

/** Sends `event` for about `ms` milliseconds; returns events a second. */
async function eventsPerSecond(engine: Awaited<ReturnType<typeof engineWith>>, event: string, ms = 1500): Promise<number> {
  for (let i = 0; i < 2000; i++) await engine.sendEvent({ event, inputs: { n: i } });
  let sent = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 500; i++) await engine.sendEvent({ event, inputs: { n: i } });
    sent += 500;
    elapsed = performance.now() - start;
  }
  return (sent / elapsed) * 1000;
}

{
  const engine = await engineWith({ Three: threeStates('go') });
  report('event -> 3-state run to completion (null sink, memory store)', await eventsPerSecond(engine, 'go'), 'events/s');
  await engine.close();
}

{
  const engine = await engineWith({ Waiting: waiting });
  for (let i = 0; i < 10_000; i++) await engine.execute('Waiting', { key: `k${i}` });
  const start = performance.now();
  const result = await engine.sendEvent({ event: 'go' });
  await engine.idle();
  const ms = performance.now() - start;
  report(`one event delivered to ${result.resumed.length.toLocaleString('en-US')} waiting runs`, ms, 'ms');
  await engine.close();
}

{
  const engine = await engineWith({ Waiting: waiting });
  for (let i = 0; i < 10_000; i++) await engine.execute('Waiting', { key: `k${i}` });
  const start = performance.now();
  const result = await engine.sendEvent({ event: 'go', tags: ['k5000'] });
  report(`one tagged event among 10,000 waiting runs (resumes ${result.resumed.length})`, performance.now() - start, 'ms');
  await engine.close();
}

for (const [label, makeStore] of [
  ['memory', async () => ({ store: new MemoryRunStore() as RunStore, again: (s: RunStore) => s, done: async () => {} })],
  ['files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'flux-bench-'));
    return { store: new FileRunStore(dir, { durable: false }) as RunStore, again: () => new FileRunStore(dir) as RunStore, done: () => rm(dir, { recursive: true, force: true }) };
  }],
] as const) {
  const { store, again, done } = await makeStore();
  const engine = await engineWith({ Waiting: waiting }, store);
  for (let i = 0; i < 10_000; i++) await engine.execute('Waiting', { key: `k${i}` });
  await engine.close();
  const start = performance.now();
  const restored = await createEngine({ clock: new FakeClock(), sink: nullSink, store: again(store) });
  const ms = performance.now() - start;
  report(`restore ${restored.listRuns({ status: 'WAITING' }).length.toLocaleString('en-US')} waiting runs with timers (${label} store)`, ms, 'ms');
  await restored.close();
  await done();
}

for (const count of [10, 10_000]) {
  const services: Record<string, FluxDocument> = {};
  for (let i = 0; i < count; i++) services[`svc.S${i}`] = threeStates(`event.${i}`);
  const engine = await engineWith(services);
  report(`routing with ${count.toLocaleString('en-US')} services deployed (one triggered)`, await eventsPerSecond(engine, 'event.7'), 'events/s');
  await engine.close();
}
