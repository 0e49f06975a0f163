// One test per rule of FLUX.md "How a run goes", each on a fake clock.
import { describe, expect, it } from 'vitest';
import { copy, literal, logAt, map, prop, service, set, state, throwing, to } from './doc-builder';
import { defineService } from './definition';
import { harness } from './test-support';

describe('FLUX.md step 1: start', () => {
  const greeter = service([state('Greet', { action: logAt('info', '"${name} x${count} (${size})"') })], {
    input: [prop('name', { allowNull: false }), prop('count', { type: 'integer', defaultValue: 1 }), prop('size', { choices: ['S', 'M'] })],
  });

  it('should fill missing inputs with their defaults and convert text to the declared type', async () => {
    // given
    const h = await harness({ Greeter: greeter });
    // when
    const result = await h.engine.execute('Greeter', { name: 'Ada', size: 'M' });
    await h.engine.idle();
    // then
    expect(result).toEqual({ started: true, run: '1' });
    expect(h.lines()).toEqual(['INFO [Greeter#1 Greet] Ada x1 (M)']);
    expect(h.engine.getRun('1')?.inputs).toEqual({ name: 'Ada', count: 1, size: 'M' });
  });

  it('should create no run when a required input is missing, and say which and why', async () => {
    const h = await harness({ Greeter: greeter });
    const result = await h.engine.execute('Greeter', {});
    expect(result).toEqual({ started: false, reasons: ['name is required'] });
    expect(h.engine.listRuns()).toEqual([]);
    expect(h.lines()).toEqual(['WARN [Greeter] Not started: name is required']);
  });

  it('should refuse an input of the wrong type and one outside its choices', async () => {
    const h = await harness({ Greeter: greeter });
    const result = await h.engine.execute('Greeter', { name: 'Ada', count: 'many', size: 'XL' });
    expect(result).toEqual({ started: false, reasons: ["count: expected an integer (got 'many')", "size must be one of 'S', 'M' (got 'XL')"] });
    expect(h.engine.listRuns()).toEqual([]);
  });

  it('should give each run a new id', async () => {
    const h = await harness({ Greeter: greeter });
    const a = await h.engine.execute('Greeter', { name: 'A' });
    const b = await h.engine.execute('Greeter', { name: 'B' });
    expect([a, b]).toEqual([{ started: true, run: '1' }, { started: true, run: '2' }]);
  });
});

describe('FLUX.md step 2: enter a state', () => {
  it('should set $fluxStateName, clear $fluxEvent and take state inputs from the lines, else defaults', async () => {
    const doc = service([
      state('A', { action: map(set('$fluxEvent', "'go'")), transitions: [to('B', { event: 'go', lines: [set('given', "'from A'")] })] }),
      state('B', {
        input: [prop('given'), prop('fallback', { defaultValue: 'default' })],
        action: logAt('info', '"${$fluxStateName}: ${given}, ${fallback}, event=${$fluxEvent}"'),
      }),
    ]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [S#1 B] B: from A, default, event=null']);
  });

  it('should stop in a waiting state with status WAITING and arm its time-outs', async () => {
    const doc = service([state('Wait', { waiting: true, transitions: [to('Go', { event: 'go' }), to('Late', { wait: 'duration:30' })] }), state('Go'), state('Late')]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')).toMatchObject({ status: 'WAITING', state: 'Wait' });
    expect(h.engine.getRun('1')?.context.timers).toEqual([expect.objectContaining({ kind: 'timeout', at: h.clock.now() + 30_000 })]);
    expect(h.clock.pending).toBe(1);
  });
});

describe('FLUX.md step 3: act', () => {
  it('should write output lines to the state outputs, the service outputs and $fluxEvent', async () => {
    const doc = service(
      [
        state('A', {
          output: [prop('mine')],
          action: map(set('mine', '2'), set('result', 'mine * 10'), set('$fluxEvent', "'next'")),
          transitions: [to('B', { event: 'next' })],
        }),
        state('B'),
      ],
      { output: [prop('result', { type: 'integer' })] },
    );
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    const run = h.engine.getRun('1')!;
    expect(run.status).toBe('COMPLETED');
    expect(run.outputs).toEqual({ result: 20 });
    expect(run.context.states.A?.output).toEqual({ mine: 2 });
  });

  it('should keep a state\'s outputs when the run comes back to it, so a loop can count', async () => {
    const doc = service([
      state('Count', {
        output: [prop('n', { type: 'integer' })],
        action: map(set('n', 'n == null ? 1 : n + 1'), set('$fluxEvent', "n < 4 ? 'again' : 'done'")),
        transitions: [to('Count', { event: 'again' }), to('End', { event: 'done', lines: [copy('n', 'total')] })],
      }),
      state('End', { input: [prop('total')], action: logAt('info', '"counted ${total}"') }),
    ]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [S#1 End] counted 4']);
  });

  it('should let expressions see state variables before service ones, then reserved variables, with declared-but-empty as null', async () => {
    const doc = service([state('A', { input: [prop('who', { defaultValue: 'state' }), prop('empty')], action: logAt('info', '"${who} ${empty == null} ${$fluxName}#${$fluxContextId}"') })], {
      input: [prop('who')],
    });
    const h = await harness({ S: doc });
    await h.engine.execute('S', { who: 'service' });
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [S#1 A] state true S#1']);
  });

  it('should treat an unknown built-in function as an exception of the state, never a crash', async () => {
    // Validation reports it, so the engine sees it only through a run of a service it was handed anyway.
    const doc = service([state('A', { action: { type: 'invokeCode', className: 'flux.Logger', methodName: 'shout', inputs: [] } })]);
    const h = await harness({});
    const run = h.engine.runtime.startRun(defineService('S', doc), { inputs: {}, tags: [] });
    expect(run.status).toBe('FAILED');
    expect(h.lines()).toEqual(['ERROR [S#1 A] Failed in state A: there is no built-in function flux.Logger.shout']);
  });
});

describe('FLUX.md step 4: choose the next transition', () => {
  const chooser = (transitions: ReturnType<typeof to>[], event = "'b'") =>
    service([state('A', { action: map(set('$fluxEvent', event)), transitions }), state('X'), state('B'), state('E')]);

  it('should complete with the service outputs when the state has no transitions besides $exception', async () => {
    const doc = service([state('A', { action: map(literal('out', 'done')), transitions: [to('E', { event: '$exception' })] }), state('E')], { output: [prop('out'), prop('other')] });
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')).toMatchObject({ status: 'COMPLETED', outputs: { out: 'done', other: null } });
    expect(h.lines(true)).toContain('DEBUG [S#1 A] Completed with outputs {"out":"done","other":null}');
  });

  it('should terminate the run when $fluxEvent is $fluxTerminate', async () => {
    const h = await harness({ S: chooser([to('B', { event: 'b' })], "'$fluxTerminate'") });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')?.status).toBe('TERMINATED');
  });

  it('should take a single transition without an event', async () => {
    const h = await harness({ S: chooser([to('X')], 'null') });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')?.state).toBe('X');
  });

  it('should take the transition whose event equals $fluxEvent as a string, else $else', async () => {
    const h = await harness({ S: chooser([to('X', { event: '1' }), to('B', { event: '$else' })], '1'), T: chooser([to('X', { event: 'a' }), to('E', { event: '$else' })]) });
    await h.engine.execute('S');
    await h.engine.execute('T');
    await h.engine.idle();
    expect(h.engine.getRun('1')?.state).toBe('X');
    expect(h.engine.getRun('2')?.state).toBe('E');
    expect(h.lines(true)).toContain("DEBUG [T#2 A] Transition to E taken: $else ('b' matched no other transition)");
  });

  it('should fail naming the state and the event when nothing matches', async () => {
    const h = await harness({ S: chooser([to('X', { event: 'x' }), to('E', { event: 'e' })]) });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')).toMatchObject({ status: 'FAILED', error: { code: 'no-transition', state: 'A' } });
    expect(h.lines()).toEqual(["ERROR [S#1 A] Failed in state A: state A has no transition for $fluxEvent 'b'"]);
  });
});

describe('FLUX.md step 5: errors', () => {
  it('should take the $exception transition with $fluxException set when the action throws', async () => {
    const doc = service([
      state('A', { action: throwing("'boom'"), transitions: [to('Done'), to('Handle', { event: '$exception', lines: [copy('$fluxException', 'problem')] })] }),
      state('Handle', { input: [prop('problem', { type: 'object' })], action: logAt('warn', '"${problem.message} (${problem.type}) at ${$fluxException.fluxStackTrace[0]}"') }),
      state('Done'),
    ]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.lines()).toEqual(['WARN [S#1 Handle] boom (FluxException) at S.A']);
    expect(h.engine.getRun('1')?.status).toBe('COMPLETED');
  });

  it('should fail the run with the state name when there is no $exception transition', async () => {
    const doc = service([state('A', { action: map(set('x', 'missing.value')) })]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')).toMatchObject({ status: 'FAILED', error: { code: 'expression-error', state: 'A' } });
    expect(h.lines()).toEqual(["ERROR [S#1 A] Failed in state A: 1:1: unknown variable 'missing' in missing.value"]);
  });
});

describe('FLUX.md step 6: take a transition', () => {
  const sleeper = (wait: string) =>
    service([state('A', { transitions: [to('B', { wait, lines: [set('note', "'carried'")] })] }), state('B', { input: [prop('note')], action: logAt('info', '"woke: ${note}"') })], {
      input: [prop('at')],
    });

  it('should sleep N seconds with duration:N, holding no thread, then enter the target with the lines', async () => {
    const h = await harness({ S: sleeper('duration:20') });
    await h.engine.execute('S');
    await h.engine.idle();
    expect(h.engine.getRun('1')?.status).toBe('SLEEPING');
    await h.advance(19.999);
    expect(h.lines()).toEqual([]);
    await h.advance(0.001);
    expect(h.lines()).toEqual(['INFO [S#1 B] woke: carried']);
  });

  it('should sleep until the date of date:EXPR, and fire at once for a past date', async () => {
    const h = await harness({ S: sleeper('date:at') });
    await h.engine.execute('S', { at: new Date(h.clock.now() + 3_600_000).toISOString() });
    await h.engine.execute('S', { at: '2000-01-01T00:00:00Z' });
    await h.engine.idle();
    expect(h.lines()).toEqual(['INFO [S#2 B] woke: carried']);
    await h.advance(3600);
    expect(h.lines()).toEqual(['INFO [S#1 B] woke: carried']);
  });

  it('should cancel the timer of a sleeping run that is terminated', async () => {
    const h = await harness({ S: sleeper('duration:5') });
    await h.engine.execute('S');
    expect(await h.engine.terminate('1')).toBe(true);
    expect(h.clock.pending).toBe(0);
    await h.advance(10);
    expect(h.engine.getRun('1')?.status).toBe('TERMINATED');
    expect(h.lines()).toEqual(['INFO [S#1 A] Terminated: by request']);
  });

  it('should let a waiting state time out at a date, and expressions read the engine\'s clock', async () => {
    const doc = service([
      state('Wait', { waiting: true, transitions: [to('Go', { event: 'go' }), to('Late', { wait: 'date:new Date().getTime() + 90000' })] }),
      state('Go'),
      state('Late', { action: logAt('info', '"late at ${new Date()}"') }),
    ]);
    const h = await harness({ S: doc });
    await h.engine.execute('S');
    await h.advance(89);
    expect(h.lines()).toEqual([]);
    await h.advance(1);
    expect(h.lines()).toEqual([`INFO [S#1 Late] late at ${new Date(h.clock.now()).toISOString()}`]);
  });
});
