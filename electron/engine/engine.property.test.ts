// Model-based property tests (fast-check commands): random sequences of execute, send, advance,
// terminate and restart, checked after every command against a small model of run statuses.
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRunStore } from './file-run-store';
import { prop, service, state, to } from './doc-builder';
import type { RunStatus } from './types';
import { harness, type Harness } from './test-support';

/** Waits for `go` (tagged by `who`) or times out after 30 s; either way it completes. */
const Waiter = service(
  [state('Wait', { waiting: true, transitions: [to('Done', { event: 'go' }), to('Done', { wait: 'duration:30' })] }), state('Done')],
  { triggers: ['start.w'], tags: ['${who}'], input: [prop('who', { defaultValue: 'a' })] },
);
/** Sleeps 10 s, then completes. */
const Sleeper = service([state('Nap', { transitions: [to('Done', { wait: 'duration:10' })] }), state('Done')]);
/** Completes at once. */
const Quick = service([state('Done')]);

interface ModelRun {
  status: RunStatus;
  /** When a timer ends it: the waiter's time-out, the sleeper's wake-up. */
  due?: number;
  tags?: string[];
}

interface Model {
  now: number;
  runs: ModelRun[];
}

interface Real {
  h: Harness;
}

function check(model: Model, real: Real): void {
  const actual = model.runs.map((_, i) => real.h.engine.getRun(String(i + 1))?.status);
  expect(actual).toEqual(model.runs.map((r) => r.status));
}

class Execute implements fc.AsyncCommand<Model, Real> {
  constructor(readonly kind: 'Waiter' | 'Sleeper' | 'Quick', readonly who: 'a' | 'b') {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const result = await real.h.engine.execute(this.kind, this.kind === 'Waiter' ? { who: this.who } : {});
    await real.h.engine.idle();
    expect(result).toEqual({ started: true, run: String(model.runs.length + 1) });
    if (this.kind === 'Waiter') model.runs.push({ status: 'WAITING', due: model.now + 30_000, tags: [this.who] });
    else if (this.kind === 'Sleeper') model.runs.push({ status: 'SLEEPING', due: model.now + 10_000 });
    else model.runs.push({ status: 'COMPLETED' });
    check(model, real);
  }
  toString = () => `execute(${this.kind}, ${this.who})`;
}

class Send implements fc.AsyncCommand<Model, Real> {
  constructor(readonly event: 'go' | 'start.w', readonly tag: 'a' | 'b' | undefined) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const result = await real.h.engine.sendEvent({ event: this.event, tags: this.tag ? [this.tag] : undefined });
    await real.h.engine.idle();
    if (this.event === 'go') {
      const reached = model.runs.map((r, i) => ({ r, id: String(i + 1) })).filter(({ r }) => r.status === 'WAITING' && (!this.tag || r.tags!.includes(this.tag)));
      expect(result.resumed.map((x) => x.run)).toEqual(reached.map((x) => x.id));
      for (const { r } of reached) r.status = 'COMPLETED';
    } else {
      expect(result.started).toEqual([{ service: 'Waiter', run: String(model.runs.length + 1) }]);
      // A triggered run carries the service's tag (the default `a`) and the event's tags.
      model.runs.push({ status: 'WAITING', due: model.now + 30_000, tags: [...new Set(['a', ...(this.tag ? [this.tag] : [])])] });
    }
    check(model, real);
  }
  toString = () => `send(${this.event}${this.tag ? `, [${this.tag}]` : ''})`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly seconds: number) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    await real.h.advance(this.seconds);
    model.now += this.seconds * 1000;
    for (const r of model.runs) if ((r.status === 'WAITING' || r.status === 'SLEEPING') && r.due! <= model.now) r.status = 'COMPLETED';
    check(model, real);
  }
  toString = () => `advance(${this.seconds})`;
}

class Terminate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.runs.length > 0;
  async run(model: Model, real: Real): Promise<void> {
    const index = this.pick % model.runs.length;
    const run = model.runs[index]!;
    const live = run.status === 'WAITING' || run.status === 'SLEEPING';
    expect(await real.h.engine.terminate(String(index + 1))).toBe(live);
    if (live) run.status = 'TERMINATED';
    expect(real.h.clock.pending).toBe(model.runs.filter((r) => r.status === 'WAITING' || r.status === 'SLEEPING').length);
    check(model, real);
  }
  toString = () => `terminate(#${this.pick})`;
}

class Restart implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    real.h = await real.h.restart();
    check(model, real);
  }
  toString = () => 'restart';
}

const commands = [
  fc.tuple(fc.constantFrom('Waiter' as const, 'Sleeper' as const, 'Quick' as const), fc.constantFrom('a' as const, 'b' as const)).map(([k, w]) => new Execute(k, w)),
  fc.tuple(fc.constantFrom('go' as const, 'start.w' as const), fc.constantFrom('a' as const, 'b' as const, undefined)).map(([e, t]) => new Send(e, t)),
  fc.constantFrom(1, 5, 10, 20, 30).map((s) => new Advance(s)),
  fc.nat(50).map((n) => new Terminate(n)),
  fc.constant(new Restart()),
];

describe('engine against a model of run statuses', () => {
  it('should give every run the status the model predicts after any sequence of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const real: Real = { h: await harness({ Waiter, Sleeper, Quick }) };
        const model: Model = { now: real.h.clock.now(), runs: [] };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await real.h.engine.close();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('should agree with the model over a file store too, restarts included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 15 }), async (cmds) => {
        const dir = await mkdtemp(path.join(tmpdir(), 'flux-model-'));
        const real: Real = { h: await harness({ Waiter, Sleeper, Quick }, { store: new FileRunStore(dir, { durable: false }) }) };
        const model: Model = { now: real.h.clock.now(), runs: [] };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await real.h.engine.close();
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  });
});
