// The step function is pure: data in, data and effects out.
import { describe, expect, it } from 'vitest';
import { defineService } from './definition';
import { copy, logAt, prop, service, state, to } from './doc-builder';
import { createRun, step, type StepContext } from './step';
import type { RunData } from './types';

const ctx: StepContext = { now: 1_000, env: { now: () => 1_000, random: () => 0.5, uuid: () => 'u' } };
const def = defineService(
  'S',
  service([
    state('Ask', { action: logAt('info', "'asking'"), transitions: [to('Wait')] }),
    state('Wait', { waiting: true, input: [prop('who', { allowNull: false })], transitions: [to('Done', { event: 'yes', lines: [copy('who', 'who')] }), to('Done', { wait: 'duration:60' })] }),
    state('Done', { input: [prop('who')] }),
  ]),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('step', () => {
  it('should return the next run and its effects without changing the run it was given', () => {
    // given
    const run = deepFreeze(createRun(def, { id: '1', inputs: {}, tags: [], now: 1_000 }));
    // when
    const { run: next, effects } = step(def, run, { type: 'start' }, ctx);
    // then
    expect(run.status).toBe('RUNNING');
    expect(next).toMatchObject({ status: 'WAITING', state: 'Wait', timers: [{ id: 't1', kind: 'timeout', at: 61_000, state: 'Wait', transition: 1 }] });
    expect(effects.filter((e) => e.type !== 'log' || e.entry.level !== 'DEBUG')).toEqual([
      { type: 'log', entry: { level: 'INFO', message: 'asking', state: 'Ask' } },
      { type: 'arm-timer', timer: next.timers[0] },
    ]);
  });

  it('should refuse an event that fails the waiting state\'s inputs, leaving the run as it was', () => {
    const waiting = deepFreeze(step(def, createRun(def, { id: '1', inputs: {}, tags: [], now: 0 }), { type: 'start' }, ctx).run);
    const result = step(def, waiting, { type: 'event', event: 'yes', inputs: {} }, ctx);
    expect(result.run).toBe(waiting);
    expect(result.refused).toEqual(['who is required']);
  });

  it('should cancel the time-out and go on when the event is accepted', () => {
    const waiting: RunData = deepFreeze(step(def, createRun(def, { id: '1', inputs: {}, tags: [], now: 0 }), { type: 'start' }, ctx).run);
    const result = step(def, waiting, { type: 'event', event: 'yes', inputs: { who: 'Kim' } }, ctx);
    expect(result.run).toMatchObject({ status: 'COMPLETED', state: 'Done', timers: [] });
    expect(result.run.states.Done?.input).toEqual({ who: 'Kim' });
    expect(result.effects).toContainEqual({ type: 'cancel-timer', id: 't1' });
  });

  it('should ignore a timer it does not know and any input once the run has ended', () => {
    const waiting = step(def, createRun(def, { id: '1', inputs: {}, tags: [], now: 0 }), { type: 'start' }, ctx).run;
    expect(step(def, waiting, { type: 'timer', timer: 't9' }, ctx)).toEqual({ run: waiting, effects: [] });
    const ended = step(def, waiting, { type: 'terminate', reason: 'test' }, ctx).run;
    expect(step(def, ended, { type: 'event', event: 'yes', inputs: { who: 'x' } }, ctx)).toEqual({ run: ended, effects: [] });
  });

  it('should yield a run that loops without resting, and go on with continue', () => {
    const loop = defineService('L', service([state('Spin', { transitions: [to('Spin')] })]));
    const first = step(loop, createRun(loop, { id: '1', inputs: {}, tags: [], now: 0 }), { type: 'start' }, { ...ctx, maxEntries: 10 });
    expect(first.run).toMatchObject({ status: 'RUNNING', pending: { kind: 'continue' } });
    expect(first.effects.at(-1)).toEqual({ type: 'continue' });
    const second = step(loop, first.run, { type: 'continue' }, { ...ctx, maxEntries: 10 });
    expect(second.run.history.filter((h) => h.type === 'state')).toHaveLength(20);
  });
});
