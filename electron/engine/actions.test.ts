// Script and invokeGloop actions: work outside the step, fed back to it as inputs.
import { describe, expect, it } from 'vitest';
import type { FluxAction } from '../../shared/model';
import { copy, logAt, prop, service, set, state, to } from './doc-builder';
import { harness } from './test-support';

const script = (code: string, parts: Partial<Extract<FluxAction, { type: 'script' }>> = {}): FluxAction => ({ type: 'script', code, ...parts });
const invoke = (name: string, parts: Partial<Extract<FluxAction, { type: 'invokeGloop' }>> = {}): FluxAction => ({ type: 'invokeGloop', name, ...parts });

describe('script actions', () => {
  it('should run JavaScript in a worker with the state inputs and write what it returns', async () => {
    const doc = service(
      [
        state('Compute', {
          action: script("console.log('computing', a, b); return { sum: a + b, $fluxEvent: 'ok' };", { inputs: [set('a', '2'), set('b', 'x * 10')] }),
          transitions: [to('Report', { event: 'ok' })],
        }),
        state('Report', { action: logAt('info', '"sum is ${sum}"') }),
      ],
      { input: [prop('x', { type: 'integer' })], output: [prop('sum', { type: 'integer' })] },
    );
    const h = await harness({ S: doc });
    await h.engine.execute('S', { x: 4 });
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [S#1 Compute] computing 2 40', 'INFO [S#1 Report] sum is 42']);
    expect(h.engine.getRun('1')?.outputs).toEqual({ sum: 42 });
  });

  it('should map results through output lines when the action has them', async () => {
    const doc = service([state('A', { output: [prop('doubled')], action: script('return { value: 21 * 2 };', { outputs: [copy('value', 'doubled')] }) })]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')?.context.states.A?.output).toEqual({ doubled: 42 });
  });

  it('should stop a script that loops forever, make it an exception of its state, and go on', async () => {
    const doc = service([
      state('Spin', { action: script('while (true) {}'), transitions: [to('Done'), to('Caught', { event: '$exception', lines: [copy('$fluxException.message', 'why')] })] }),
      state('Caught', { input: [prop('why')], action: logAt('warn', 'why') }),
      state('Done'),
    ]);
    const quick = service([state('Hi', { action: logAt('info', "'still here'") })]);
    const h = await harness({ S: doc, Q: quick }, { scriptTimeoutMs: 200 });
    await h.engine.execute('S');
    await h.engine.execute('Q');
    expect(h.engine.getRun('1')?.status).toBe('RUNNING');
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [Q#2 Hi] still here', 'WARN [S#1 Caught] the script ran longer than 200 ms and was stopped']);
  });

  it('should fail the run with the script error when nothing catches it', async () => {
    const doc = service([state('Bad', { action: script("throw new TypeError('no way')") })]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.lines()).toEqual(['ERROR [S#1 Bad] Failed in state Bad: no way']);
    expect(h.engine.getRun('1')?.error).toEqual({ code: 'script-error', message: 'no way', state: 'Bad' });
  });

  it('should ignore the result of a script whose run was terminated meanwhile', async () => {
    const doc = service([state('Slow', { action: script('const end = Date.now() + 100; while (Date.now() < end) {} return {};'), transitions: [to('After')] }), state('After', { action: logAt('info', "'after'") })]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.terminate('1');
    await h.engine.idle();
    expect(h.engine.getRun('1')?.status).toBe('TERMINATED');
    expect(h.lines()).toEqual(['INFO [S#1 Slow] Terminated: by request']);
  });
});

describe('invokeGloop actions', () => {
  const price = service([state('Price', { action: { lines: [set('total', 'quantity * 2.5')] } })], { input: [prop('quantity', { type: 'integer', allowNull: false })], output: [prop('total', { type: 'double' })] });

  it('should run the named service to completion and map its outputs', async () => {
    const checkout = service([
      state('Ask', { output: [prop('amount')], action: invoke('orders.Price', { inputs: [set('quantity', '4')], outputs: [copy('total', 'amount')] }), transitions: [to('Say', { lines: [copy('amount', 'amount')] })] }),
      state('Say', { input: [prop('amount')], action: logAt('info', '"pay ${amount}"') }),
    ]);
    const h = await harness({ 'orders.Price': price, Checkout: checkout });
    await h.engine.execute('Checkout');
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [Checkout#1 Say] pay 10']);
    expect(h.engine.getRun('2')).toMatchObject({ service: 'orders.Price', parent: '1', status: 'COMPLETED' });
  });

  it('should make refused inputs or a failed child an exception of the invoking state', async () => {
    const checkout = service([state('Ask', { action: invoke('orders.Price', { inputs: [] }) })]);
    const h = await harness({ 'orders.Price': price, Checkout: checkout });
    await h.engine.execute('Checkout');
    await h.engine.idle();
    expect(h.lines()).toEqual(['ERROR [Checkout#1 Ask] Failed in state Ask: orders.Price refused its inputs: quantity is required']);
  });

  it('should stop a cycle of services at the depth limit', async () => {
    const loop = service([state('Again', { action: invoke('Loop') })]);
    const h = await harness({ Loop: loop }, { maxInvokeDepth: 3 });
    await h.engine.execute('Loop');
    await h.engine.idle();
    const lines = h.lines();
    expect(lines[0]).toBe('ERROR [Loop#4 Again] Failed in state Again: invoking Loop would nest services 4 deep (the limit is 3); do services invoke each other in a cycle?');
    expect(lines.at(-1)).toMatch(/^ERROR \[Loop#1 Again\] Failed in state Again: Loop \(run 2\) failed in state Again: /);
    expect(h.engine.listRuns({ status: 'FAILED' })).toHaveLength(4);
  });

  it('should wait for a child that waits, and terminate it with its parent', async () => {
    const child = service([state('Hold', { waiting: true, transitions: [to('Go', { event: 'go' })] }), state('Go')]);
    const parent = service([state('Call', { action: invoke('Child') })]);
    const h = await harness({ Child: child, Parent: parent });
    await h.engine.execute('Parent');
    await h.engine.idle();
    expect(h.engine.getRun('1')).toMatchObject({ status: 'RUNNING', state: 'Call' });
    expect(h.engine.getRun('2')).toMatchObject({ status: 'WAITING', parent: '1' });
    await h.engine.terminate('1');
    await h.engine.idle();
    expect(h.engine.getRun('2')?.status).toBe('TERMINATED');
  });

  it('should resume the parent when its waiting child completes', async () => {
    const child = service([state('Hold', { waiting: true, transitions: [to('Go', { event: 'go' })] }), state('Go', { action: { lines: [set('answer', "'yes'")] } })], { output: [prop('answer')] });
    const parent = service([state('Call', { action: invoke('Child'), transitions: [to('Say', { lines: [copy('answer', 'answer')] })] }), state('Say', { input: [prop('answer')], action: logAt('info', 'answer') })], { output: [prop('answer')] });
    const h = await harness({ Child: child, Parent: parent });
    await h.engine.execute('Parent');
    await h.engine.idle();
    await h.engine.sendEvent({ event: 'go' });
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [Parent#1 Say] yes']);
  });
});

describe('a run that loops without resting', () => {
  it('should let other runs go on, and stop when terminated', async () => {
    const spin = service([state('Spin', { output: [prop('n')], action: { lines: [set('n', 'n == null ? 1 : n + 1')] }, transitions: [to('Spin')] })]);
    const quick = service([state('Hi', { action: logAt('info', "'still here'") })]);
    const h = await harness({ Spin: spin, Q: quick }, { maxEntriesPerStep: 50 });
    await h.engine.execute('Spin');
    await new Promise((resolve) => setImmediate(resolve));
    await h.engine.execute('Q');
    expect(h.lines()).toEqual(['INFO [Q#2 Hi] still here']);
    expect(await h.engine.terminate('1')).toBe(true);
    await h.engine.idle();
    expect(h.engine.getRun('1')?.status).toBe('TERMINATED');
    expect(Number(h.engine.getRun('1')?.context.states.Spin?.output.n)).toBeGreaterThan(50);
  });

  it('should not keep close from ending', async () => {
    const spin = service([state('Spin', { transitions: [to('Spin')] })]);
    const h = await harness({ Spin: spin }, { maxEntriesPerStep: 50 });
    await h.engine.execute('Spin');
    await h.engine.close();
    expect(h.engine.getRun('1')?.status).toBe('RUNNING');
  });
});

describe('services the engine finds through loadService', () => {
  it('should invoke a service that is not deployed but that loadService knows', async () => {
    const helper = service([state('Answer', { action: { lines: [set('answer', '42')] } })], { output: [prop('answer', { type: 'integer' })] });
    const caller = service([state('Ask', { action: invoke('lib.Helper'), transitions: [to('Say', { lines: [copy('answer', 'n')] })] }), state('Say', { input: [prop('n')], action: logAt('info', '"answer ${n}"') })], { output: [prop('answer')] });
    const h = await harness({ Caller: caller }, { loadService: (name) => (name === 'lib.Helper' ? helper : undefined) });
    await h.engine.execute('Caller');
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [Caller#1 Say] answer 42']);
  });
});
