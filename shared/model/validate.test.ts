import { describe, expect, it } from 'vitest';
import { checkFlux } from './parse';
import { aChoosingState, aService, aState, serviceText } from './test-docs';
import type { FluxAction, FluxDocument } from './types';
import { validateFlux } from './validate';

const codes = (doc: FluxDocument) => validateFlux(doc).map((d) => d.code);

describe('validateFlux', () => {
  it('should find nothing wrong in a service that follows every rule', () => {
    // given a choice by event with $else and $exception, a waiting state with a time-out, and a loop
    const doc = aService(
      [
        aChoosingState('Decide', [
          { event: 'go', to: 'Wait' },
          { event: '$else', to: 'Done' },
          { event: '$exception', to: 'Done' },
        ]),
        aState('Wait', { waiting: true, transitions: [{ event: 'resume', to: 'Done' }, { wait: 'duration:30', to: 'Decide' }] }),
        aState('Done'),
      ],
      { triggers: ['start'], tags: ['${id}', 'fixed'], input: [{ name: 'id', allowNull: false }] },
    );
    // when / then
    expect(validateFlux(doc)).toEqual([]);
  });

  describe('transition choice', () => {
    it('should accept a single event-less transition next to an $exception transition', () => {
      // given
      const doc = aService([aState('A', { transitions: [{ to: 'B' }, { event: '$exception', to: 'B' }] }), aState('B')]);
      // when / then
      expect(codes(doc)).toEqual([]);
    });

    it('should accept a state whose only choice is $else without setting $fluxEvent', () => {
      // given
      const doc = aService([aState('A', { transitions: [{ event: '$else', to: 'B' }] }), aState('B')]);
      // when / then
      expect(codes(doc)).toEqual([]);
    });

    it('should report an event-less transition mixed with event transitions as ambiguous', () => {
      // given
      const doc = aService([aChoosingState('A', [{ event: 'go', to: 'B' }, { to: 'B' }]), aState('B')]);
      // when
      const found = validateFlux(doc).filter((d) => d.code === 'ambiguous-transitions');
      // then
      expect(found.map((d) => d.transition)).toEqual([1]);
    });

    it('should count a script that mentions $fluxEvent, or an output line to it, as setting it', () => {
      // given
      const transitions = [{ event: 'a', to: 'B' }, { event: 'b', to: 'B' }];
      const script: FluxAction = { type: 'script', code: 'return { $fluxEvent: "a" };' };
      const invoke: FluxAction = { type: 'invokeGloop', name: 'other.Service', outputs: [{ from: ['result'], to: ['$fluxEvent'] }] };
      // when / then
      expect(codes(aService([aState('A', { action: script, transitions }), aState('B')]))).toEqual([]);
      expect(codes(aService([aState('A', { action: invoke, transitions }), aState('B')]))).toEqual([]);
    });

    it('should not ask a waiting state to set $fluxEvent, since the event sets it', () => {
      // given
      const doc = aService([aState('W', { waiting: true, transitions: [{ event: 'a', to: 'W' }, { event: 'b', to: 'W' }] })]);
      // when / then
      expect(codes(doc)).toEqual([]);
    });
  });

  describe('waits', () => {
    it('should accept durations in seconds, duration expressions and date expressions', () => {
      // given
      const waits = ['duration:0', 'duration:2.5', 'duration:delay * 2', 'date:remindAt', "date:new Date()"];
      for (const wait of waits) {
        const doc = aService([aState('A', { transitions: [{ wait, to: 'B' }] }), aState('B')]);
        // when / then
        expect(codes(doc), wait).toEqual([]);
      }
    });

    it('should report a negative or empty duration and an empty date', () => {
      // given
      for (const wait of ['duration:-5', 'duration:', 'date: ']) {
        const doc = aService([aState('A', { transitions: [{ wait, to: 'B' }] }), aState('B')]);
        // when / then
        expect(codes(doc), wait).toEqual(['invalid-wait']);
      }
    });

    it('should point at the character where a date expression stops parsing', () => {
      // given a wait whose expression breaks after "date:a +"
      const text = serviceText([aState('A', { transitions: [{ wait: 'date:a +', to: 'B' }] }), aState('B')]);
      // when
      const d = checkFlux(text).diagnostics.find((x) => x.code === 'invalid-expression')!;
      // then the column lies inside the string, past its opening quote and "date:"
      const line = text.split('\n')[d.line! - 1]!;
      const quote = line.indexOf('"date:');
      expect(d.column! - 1).toBeGreaterThan(quote + 'date:'.length);
      expect(d.transition).toBe(0);
    });
  });

  describe('expressions', () => {
    it('should check evaluated lines in actions and transitions but not literal ones', () => {
      // given
      const bad = { type: 'set' as const, expression: '(1', evaluate: true, to: ['x'] };
      const literal = { type: 'set' as const, expression: '(1', to: ['x'] };
      const doc = aService([
        aState('A', { action: { lines: [literal, bad] }, transitions: [{ to: 'B', lines: [bad] }] }),
        aState('B', { action: { type: 'script', code: '1', inputs: [bad] } }),
      ]);
      // when
      const found = validateFlux(doc).filter((d) => d.code === 'invalid-expression');
      // then
      expect(found.map((d) => d.path)).toEqual([
        ['states', 0, 'action', 'lines', 1, 'expression'],
        ['states', 0, 'transitions', 0, 'lines', 0, 'expression'],
        ['states', 1, 'action', 'inputs', 0, 'expression'],
      ]);
    });

    it('should check ${} in tags and leave plain tags alone', () => {
      // given
      const doc = aService([aState('A')], { tags: ['plain $ sign', '${ok}', '${broken'] });
      // when
      const found = validateFlux(doc).filter((d) => d.code === 'invalid-expression');
      // then
      expect(found.map((d) => d.path)).toEqual([['tags', 2]]);
    });
  });

  describe('invokeCode', () => {
    it('should accept every built-in function, by either logger class, with Java parameter names', () => {
      // given
      const calls: [string, string][] = [
        ['io.toro.martini.LoggerMethods', 'debug'],
        ['flux.Logger', 'warn'],
        ['io.toro.martini.GloopMethods', 'throwException'],
      ];
      for (const [className, methodName] of calls) {
        const action: FluxAction = { type: 'invokeCode', className, methodName, parameters: ['java.lang.String'] };
        // when / then
        expect(codes(aService([aState('A', { action })])), methodName).toEqual([]);
      }
    });

    it('should name an unknown class and suggest the near one', () => {
      // given
      const action: FluxAction = { type: 'invokeCode', className: 'io.toro.martini.LogerMethods', methodName: 'info' };
      // when
      const [d] = validateFlux(aService([aState('A', { action })]));
      // then
      expect(d?.code).toBe('unknown-function');
      expect(d?.path).toEqual(['states', 0, 'action', 'className']);
      expect(d?.message).toContain("did you mean 'io.toro.martini.LoggerMethods'");
    });
  });

  describe('reachability', () => {
    it('should reach states through $exception transitions and time-outs, from startState', () => {
      // given a start state that is not the first
      const doc = aService(
        [
          aState('Late'),
          aState('Begin', { waiting: true, transitions: [{ event: 'x', to: 'Fail' }, { wait: 'duration:1', to: 'Late' }] }),
          aState('Fail', { transitions: [{ event: '$exception', to: 'Late' }] }),
        ],
        { startState: 'Begin' },
      );
      // when / then
      expect(codes(doc)).toEqual([]);
    });

    it('should start from the first state when startState is absent', () => {
      // given
      const doc = aService([aState('First'), aState('Second', { transitions: [{ to: 'First' }] })]);
      // when / then
      expect(validateFlux(doc).map((d) => [d.code, d.state])).toEqual([['unreachable-state', 'Second']]);
    });
  });

  describe('properties', () => {
    it('should accept choices and defaults that convert to the type', () => {
      // given
      const doc = aService([aState('A')], {
        input: [
          { name: 'n', type: 'integer', choices: ['1', 2, 3], defaultValue: '2' },
          { name: 'big', type: 'long', defaultValue: '9223372036854775807' },
          { name: 'price', type: 'bigDecimal', defaultValue: '10.50' },
          { name: 'when', type: 'date', defaultValue: '2024-05-01T09:00:00Z' },
          { name: 'tags', array: true, choices: ['a', 'b'], defaultValue: ['a', 'b'] },
          { name: 'flag', type: 'boolean', defaultValue: 'true' },
          { name: 'any', type: 'object', defaultValue: { deep: [1] } },
          { name: 'none', type: 'integer', defaultValue: null },
        ],
      });
      // when / then
      expect(codes(doc)).toEqual([]);
    });

    it('should report bad values with the reason, inside inline models too', () => {
      // given
      const doc = aService([aState('A')], {
        input: [
          { name: 'n', type: 'integer', defaultValue: 2 ** 31 },
          { name: 'list', array: true, defaultValue: 'a' },
          { name: 'm', type: 'model', choices: [{}] },
          { name: 'order', type: 'model', gloopProperties: [{ name: 'qty', type: 'integr' }] },
        ],
      });
      // when
      const found = validateFlux(doc);
      // then
      expect(found.map((d) => d.code)).toEqual(['bad-default', 'bad-default', 'bad-choice', 'unknown-type']);
      expect(found[0]?.message).toContain('out of the range of integer');
      expect(found[3]?.message).toContain("field 'qty' of service input 'order'");
      expect(found[3]?.path).toEqual(['input', 3, 'gloopProperties', 0, 'type']);
    });
  });
});
