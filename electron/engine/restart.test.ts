// Runs that wait or sleep survive a restart over the same store, with their timers.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { logAt, prop, service, state, to } from './doc-builder';
import { FileRunStore } from './file-run-store';
import { MemoryRunStore, type RunStore } from './run-store';
import { fixture, harness } from './test-support';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'flux-engine-'));
  dirs.push(dir);
  return dir;
}

const stores: [string, () => Promise<RunStore>][] = [
  ['in memory', async () => new MemoryRunStore()],
  ['in files', async () => new FileRunStore(await tempDir())],
];

describe.each(stores)('restart with the run store %s', (_name, makeStore) => {
  it('should bring a waiting run back and resume it with a later event', async () => {
    const h = await harness({ WaitForEvent: fixture('WaitForEvent') }, { store: await makeStore() });
    await h.engine.sendEvent({ event: 'approval.requested', inputs: { requestId: 'R1' } });
    const again = await h.restart();
    expect(again.engine.getRun('1')).toMatchObject({ status: 'WAITING', state: 'Await_Approval' });
    await again.engine.sendEvent({ event: 'approval.given', inputs: { approver: 'Kim' } });
    expect(again.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { outcome: 'approved by Kim' } });
    await again.engine.close();
  });

  it('should fire at start a timer that fell due while the engine was closed', async () => {
    const h = await harness({ Polling: fixture('Polling') }, { store: await makeStore() });
    await h.engine.sendEvent({ event: 'poll.start' });
    await h.engine.close();
    await h.clock.advance(7_000);
    const again = await h.restart();
    // The check due at 5 s fired at start; the next one is 5 s after that.
    expect(again.engine.getRun('1')?.context.states.Check?.output.checks).toBe(2);
    await again.advance(5);
    expect(again.lines()).toEqual(['INFO [Polling#1 Report] Done after 3 checks']);
    await again.engine.close();
  });

  it('should never apply an event or a timer twice across a restart', async () => {
    const h = await harness({ WaitForEvent: fixture('WaitForEvent'), Polling: fixture('Polling') }, { store: await makeStore() });
    await h.engine.sendEvent({ event: 'approval.requested', inputs: { requestId: 'R1' } });
    await h.engine.sendEvent({ event: 'approval.given', inputs: { approver: 'Kim' } });
    await h.engine.sendEvent({ event: 'poll.start' });
    await h.advance(5);
    h.lines();
    const again = await h.restart();
    await again.advance(0);
    expect(again.lines(true).filter((l) => !l.includes('Deployed') && !l.includes('Restored'))).toEqual([]);
    expect(again.engine.getRun('1')?.status).toBe('COMPLETED');
    expect(again.engine.getRun('2')?.context.states.Check?.output.checks).toBe(2);
    await again.engine.close();
  });

  it('should keep the definition a run started with, and continue run ids', async () => {
    const v1 = service([state('Wait', { waiting: true, transitions: [to('Done', { event: 'go' })] }), state('Done', { action: logAt('info', "'v1'") })]);
    const h = await harness({ S: v1 }, { store: await makeStore() });
    await h.engine.execute('S');
    await h.engine.close();
    const v2 = structuredClone(v1);
    v2.states[1]!.action = logAt('info', "'v2'");
    const again = await harness({ S: v2 }, {}, { clock: h.clock, store: h.store });
    await again.engine.execute('S');
    await again.engine.sendEvent({ event: 'go' });
    expect(again.lines()).toEqual(['INFO [S#1 Done] v1', 'INFO [S#2 Done] v2']);
    await again.engine.close();
  });

  it('should keep Date values of a run as dates', async () => {
    const doc = service([state('A', { action: { lines: [{ type: 'set', expression: 'new Date(0)', evaluate: true, to: ['when'] }] }, transitions: [to('W')] }), state('W', { waiting: true, transitions: [to('B', { event: 'go' })] }), state('B', { action: logAt('info', 'when.getTime() + 1') })], { output: [prop('when')] });
    const h = await harness({ S: doc }, { store: await makeStore() });
    await h.engine.execute('S');
    const again = await h.restart();
    await again.engine.sendEvent({ event: 'go' });
    expect(again.lines()).toContain('INFO [S#1 B] 1');
    await again.engine.close();
  });
});

describe('the file run store', () => {
  it('should write one file per run, a .gitignore, and no temporary files', async () => {
    const dir = await tempDir();
    const h = await harness({ Tagged: fixture('Tagged') }, { store: new FileRunStore(dir) });
    await h.engine.sendEvent({ event: 'ticket.opened', inputs: { customerId: 'C1' } });
    await h.engine.close();
    expect((await readdir(dir)).sort()).toEqual(['.gitignore', 'definitions', 'meta.json', 'runs']);
    expect(await readdir(path.join(dir, 'runs'))).toEqual(['1.json']);
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe('*\n');
    expect(JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8'))).toMatchObject({ nextRun: 2 });
  });

  it('should skip a damaged run file with a warning and clear leftover temporary files', async () => {
    const dir = await tempDir();
    const h = await harness({ Tagged: fixture('Tagged') }, { store: new FileRunStore(dir) });
    await h.engine.sendEvent({ event: 'ticket.opened', inputs: { customerId: 'C1' } });
    await h.engine.close();
    await writeFile(path.join(dir, 'runs', '9.json'), '{"half":');
    await writeFile(path.join(dir, 'runs', '.1.json.abcd.tmp'), 'partial');
    const again = await harness({ Tagged: fixture('Tagged') }, {}, { clock: h.clock, store: new FileRunStore(dir) });
    expect(again.sink.records.find((r) => r.level === 'WARN')?.message).toMatch(/^Run store: runs\/9\.json: /);
    expect(again.engine.getRun('1')?.status).toBe('WAITING');
    await again.engine.close();
    expect((await readdir(path.join(dir, 'runs'))).sort()).toEqual(['1.json', '9.json']);
  });
});

describe('a crash (no close) with the run store in files', () => {
  it('should keep what an event did once its sender has the answer', async () => {
    // given a run waiting for approval, resumed by an event whose answer came back
    const dir = await tempDir();
    const before = await harness({ WaitForEvent: fixture('WaitForEvent') }, { store: new FileRunStore(dir) });
    await before.engine.sendEvent({ event: 'approval.requested', inputs: { requestId: 'R1' } });
    const result = await before.engine.sendEvent({ event: 'approval.given', inputs: { approver: 'Kim' } });
    expect(result.resumed).toHaveLength(1);
    // when the process dies without closing the engine, and a new one starts on the same folder
    const after = await harness({ WaitForEvent: fixture('WaitForEvent') }, { store: new FileRunStore(dir) });
    // then the event is not lost: the run is not waiting any more, and a new run gets a new id
    expect(after.engine.getRun('1')?.status).not.toBe('WAITING');
    expect(after.engine.listRuns({ status: 'WAITING' })).toEqual([]);
    const next = await after.engine.sendEvent({ event: 'approval.requested', inputs: { requestId: 'R2' } });
    expect(next.started[0]?.run).not.toBe('1');
    await after.engine.close();
  });
});

