// One test per rule of FLUX.md "Sending an external event", tags and the console, on a fake clock.
import { describe, expect, it } from 'vitest';
import { copy, logAt, prop, service, state, to } from './doc-builder';
import { harness } from './test-support';

const triggered = (trigger: string, extra: Parameters<typeof service>[1] = {}) =>
  service([state('Hello', { action: logAt('info', '"${$triggerFluxEvent} ${who}"') })], { triggers: [trigger], input: [prop('who', { defaultValue: 'you' })], ...extra });

const waiter = (events: string[], extra: Parameters<typeof service>[1] = {}, input = [prop('why')]) =>
  service(
    [
      state('Wait', {
        waiting: true,
        input,
        action: logAt('info', '"got ${$fluxEvent} because ${why}"'),
        transitions: [...events.map((event) => to('Done', { event, lines: [copy('why', 'why')] })), to('Late', { wait: 'duration:60' })],
      }),
      state('Done', { input: [prop('why')] }),
      state('Late', { action: logAt('warn', "'too late'") }),
    ],
    extra,
  );

describe('FLUX.md sending an event: trigger', () => {
  it('should start one run of every service with a trigger equal to the event, with $triggerFluxEvent', async () => {
    const h = await harness({ A: triggered('hello'), B: triggered('hello'), C: triggered('other') });
    const result = await h.engine.sendEvent({ event: 'hello', inputs: { who: 'Ada' } });
    expect(result).toEqual({ started: [{ service: 'A', run: '1' }, { service: 'B', run: '2' }], resumed: [], rejected: [] });
    expect(h.lines()).toEqual(['INFO [A#1 Hello] hello Ada', 'INFO [B#2 Hello] hello Ada']);
  });

  it('should not start a service whose inputs the event fails, and say why', async () => {
    const strict = service([state('S')], { triggers: ['go'], input: [prop('n', { type: 'integer', allowNull: false })] });
    const h = await harness({ Strict: strict, Easy: triggered('go') });
    const result = await h.engine.sendEvent({ event: 'go', inputs: { n: 'x' } });
    expect(result.started).toEqual([{ service: 'Easy', run: '1' }]);
    expect(result.rejected).toEqual([{ service: 'Strict', reasons: ["n: expected an integer (got 'x')"] }]);
    expect(h.lines()).toContain("WARN [Strict] Not started by go: n: expected an integer (got 'x')");
  });
});

describe('FLUX.md sending an event: resume', () => {
  it('should resume every waiting run with a transition for the event, set $fluxEvent, run the action and go on', async () => {
    const h = await harness({ W: waiter(['done']) });
    await h.engine.execute('W');
    await h.engine.execute('W');
    const result = await h.engine.sendEvent({ event: 'done', inputs: { why: 'finished' } });
    await h.engine.idle();
    expect(result.resumed).toEqual([{ service: 'W', run: '1' }, { service: 'W', run: '2' }]);
    expect(h.lines()).toEqual(['INFO [W#1 Wait] got done because finished', 'INFO [W#2 Wait] got done because finished']);
    expect(h.engine.listRuns({ status: 'COMPLETED' })).toHaveLength(2);
  });

  it('should cancel the time-outs of a resumed run', async () => {
    const h = await harness({ W: waiter(['done']) });
    await h.engine.execute('W');
    await h.engine.sendEvent({ event: 'done' });
    expect(h.clock.pending).toBe(0);
    await h.advance(120);
    expect(h.lines()).not.toContain('WARN [W#1 Late] too late');
  });

  it('should take a time-out when no event comes in time', async () => {
    const h = await harness({ W: waiter(['done']) });
    await h.engine.execute('W');
    await h.advance(60);
    expect(h.lines()).toEqual(['WARN [W#1 Late] too late']);
  });

  it('should deliver any event to a waiting state with an $else transition', async () => {
    const h = await harness({ W: waiter(['$else']) });
    await h.engine.execute('W');
    const result = await h.engine.sendEvent({ event: 'anything' });
    expect(result.resumed).toEqual([{ service: 'W', run: '1' }]);
  });

  it('should keep a run waiting when the event fails the waiting state\'s inputs, and say so', async () => {
    const h = await harness({ W: waiter(['done'], {}, [prop('why', { allowNull: false })]) });
    await h.engine.execute('W');
    const result = await h.engine.sendEvent({ event: 'done', inputs: {} });
    expect(result).toEqual({ started: [], resumed: [], rejected: [{ service: 'W', run: '1', reasons: ['why is required'] }] });
    expect(h.engine.getRun('1')?.status).toBe('WAITING');
    expect(h.clock.pending).toBe(1);
    expect(h.lines()).toEqual(['WARN [W#1 Wait] Event done refused: why is required; the run keeps waiting']);
  });

  it('should not resume a run with the event that started it', async () => {
    const doc = waiter(['go'], { triggers: ['go'] });
    const h = await harness({ W: doc });
    const result = await h.engine.sendEvent({ event: 'go' });
    expect(result).toEqual({ started: [{ service: 'W', run: '1' }], resumed: [], rejected: [] });
    expect(h.engine.getRun('1')?.status).toBe('WAITING');
  });
});

describe('FLUX.md sending an event: tags', () => {
  it('should tag a run with the service tags evaluated against its inputs plus the tags given at start', async () => {
    const h = await harness({ W: waiter(['done'], { tags: ['${who}', 'fixed'], input: [prop('who')] }) });
    await h.engine.execute('W', { who: 'C1' }, { tags: ['extra'] });
    expect(h.engine.getRun('1')?.tags).toEqual(['C1', 'fixed', 'extra']);
  });

  it('should let an event with tags reach only runs sharing one, and one without tags reach all', async () => {
    const h = await harness({ W: waiter(['done'], { tags: ['${who}'], input: [prop('who')] }) });
    await h.engine.execute('W', { who: 'C1' });
    await h.engine.execute('W', { who: 'C2' });
    await h.engine.execute('W', { who: 'C3' });
    const tagged = await h.engine.sendEvent({ event: 'done', tags: ['C2', 'nobody'] });
    expect(tagged.resumed).toEqual([{ service: 'W', run: '2' }]);
    const untagged = await h.engine.sendEvent({ event: 'done' });
    expect(untagged.resumed).toEqual([{ service: 'W', run: '1' }, { service: 'W', run: '3' }]);
  });
});

describe('FLUX.md sending an event: nothing matched', () => {
  it('should say that nothing accepted the event and name the nearest trigger', async () => {
    const h = await harness({ T: triggered('invoked') });
    const result = await h.engine.sendEvent({ event: 'invoke' });
    expect(result.unmatched).toEqual({ message: 'No service or waiting run accepted the event invoke; did you mean invoked?', nearest: 'invoked' });
    expect(h.lines()).toEqual(['WARN No service or waiting run accepted the event invoke; did you mean invoked?']);
  });

  it('should name the nearest waiting event too, and nothing when none is close', async () => {
    const h = await harness({ W: waiter(['order.shipped']) });
    await h.engine.execute('W');
    expect((await h.engine.sendEvent({ event: 'order.shiped' })).unmatched?.nearest).toBe('order.shipped');
    expect((await h.engine.sendEvent({ event: 'zzz' })).unmatched).toEqual({ message: 'No service or waiting run accepted the event zzz' });
  });
});

describe('FLUX.md the console', () => {
  it('should write log actions at their own level and the trace at DEBUG, each record naming service, run and state', async () => {
    const doc = service([
      state('A', { action: logAt('debug', "'a debug line'"), transitions: [to('B')] }),
      state('B', { action: logAt('error', "'an error line'") }),
    ]);
    const h = await harness({ S: doc });
    await h.engine.execute('S', {});
    await h.engine.idle();
    expect(h.lines(true)).toEqual([
      'DEBUG [S#1 A] Run started with inputs {}',
      'DEBUG [S#1 A] Entered state A',
      'DEBUG [S#1 A] a debug line',
      'DEBUG [S#1 A] Transition to B taken: its only transition',
      'DEBUG [S#1 B] Entered state B',
      'ERROR [S#1 B] an error line',
      'DEBUG [S#1 B] Completed with outputs {}',
    ]);
    const record = h.sink.records.find((r) => r.message === 'an error line');
    expect(record).toMatchObject({ level: 'ERROR', service: 'S', run: '1', state: 'B', time: h.clock.now() });
    expect(h.sink.records.map((r) => r.seq)).toEqual(h.sink.records.map((_, i) => i + 1));
  });

  it('should trace waiting and resuming', async () => {
    const h = await harness({ W: waiter(['done']) });
    await h.engine.execute('W');
    await h.engine.sendEvent({ event: 'done', inputs: { why: 'x' } });
    const trace = h.lines(true);
    expect(trace).toContain('DEBUG [W#1 Wait] Waiting for done; time-out to Late in 60 s');
    expect(trace).toContain('DEBUG [W#1 Wait] Resumed by done with inputs {"why":"x"}');
  });
});

describe('the run API', () => {
  it('should show a run\'s status, state, context and the states and transitions taken with times', async () => {
    const h = await harness({ W: waiter(['done']) });
    await h.engine.execute('W');
    await h.advance(5);
    await h.engine.sendEvent({ event: 'done', inputs: { why: 'ok' } });
    const run = h.engine.getRun('1')!;
    const t0 = run.startedAt;
    expect(run).toMatchObject({ id: '1', service: 'W', status: 'COMPLETED', state: 'Done', endedAt: t0 + 5000 });
    expect(run.context.states.Done?.input).toEqual({ why: 'ok' });
    expect(run.history).toEqual([
      { type: 'state', time: t0, state: 'Wait' },
      { type: 'event', time: t0 + 5000, state: 'Wait', event: 'done' },
      { type: 'transition', time: t0 + 5000, from: 'Wait', to: 'Done', event: 'done', reason: "$fluxEvent is 'done'" },
      { type: 'state', time: t0 + 5000, state: 'Done' },
    ]);
  });

  it('should list runs newest first by service, status and tag, and notify every change', async () => {
    const h = await harness({ W: waiter(['done'], { tags: ['${who}'], input: [prop('who')] }), T: triggered('t') });
    const changes: string[] = [];
    h.engine.onRunChange((c) => changes.push(c.type === 'run-removed' ? `removed ${c.id}` : `${c.type} ${c.run.id} ${c.run.status}`));
    await h.engine.execute('W', { who: 'a' });
    await h.engine.execute('T');
    expect(h.engine.listRuns().map((r) => r.id)).toEqual(['2', '1']);
    expect(h.engine.listRuns({ status: 'WAITING' }).map((r) => r.id)).toEqual(['1']);
    expect(h.engine.listRuns({ service: 'T' }).map((r) => r.id)).toEqual(['2']);
    expect(h.engine.listRuns({ tag: 'a', limit: 1 }).map((r) => r.id)).toEqual(['1']);
    expect(changes).toEqual(['run-started 1 RUNNING', 'run-updated 1 WAITING', 'run-started 2 RUNNING', 'run-finished 2 COMPLETED']);
  });

  it('should throw an error with a code naming an unknown service, state or run', async () => {
    const h = await harness({ Greeter: triggered('x') });
    await expect(h.engine.execute('Greter')).rejects.toMatchObject({ code: 'unknown-service', message: 'There is no deployed service Greter; did you mean Greeter?' });
    await expect(h.engine.execute('Greeter', {}, { startState: 'Helo' })).rejects.toMatchObject({ code: 'unknown-state', message: 'The service Greeter has no state Helo; did you mean Hello?' });
    await expect(h.engine.terminate('42')).rejects.toMatchObject({ code: 'unknown-run' });
  });

  it('should start a run at the given start state', async () => {
    const doc = service([state('A', { action: logAt('info', "'A'"), transitions: [to('B')] }), state('B', { action: logAt('info', "'B'") })]);
    const h = await harness({ S: doc });
    await h.engine.execute('S', {}, { startState: 'B' });
    expect(h.lines()).toEqual(['INFO [S#1 B] B']);
  });
});

describe('deploy', () => {
  it('should keep running runs on the definition they started with when a service is redeployed', async () => {
    const h = await harness({ W: waiter(['done']) });
    await h.engine.execute('W');
    const changed = waiter(['done']);
    changed.states[0]!.action = logAt('info', "'new version'");
    expect(h.engine.deploy('W', changed).deployed).toBe(true);
    await h.engine.execute('W');
    await h.engine.sendEvent({ event: 'done', inputs: { why: 'v' } });
    expect(h.lines()).toEqual(['INFO [W#1 Wait] got done because v', 'INFO [W#2 Wait] new version']);
  });

  it('should refuse an invalid service, say why, and take the old version\'s triggers away', async () => {
    const h = await harness({ T: triggered('t') });
    const broken = triggered('t');
    broken.states[0]!.transitions = [to('Nowhere')];
    const result = h.engine.deploy('T', broken);
    expect(result.deployed).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(h.lines()[0]).toMatch(/^WARN \[T\] Not deployed: /);
    expect(h.engine.deployed()).toEqual([]);
    expect((await h.engine.sendEvent({ event: 't' })).started).toEqual([]);
  });
});
