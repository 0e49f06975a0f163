import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes';
import { checkFlux } from './parse';
import { aChoosingState, aState, serviceText } from './test-docs';

const log = (message: string) => ({
  type: 'invokeCode' as const,
  className: 'io.toro.martini.LoggerMethods',
  methodName: 'info',
  parameters: ['String'],
  inputs: [{ type: 'set' as const, expression: message, evaluate: true, to: ['message'] }],
});

interface Case {
  /** The file text. */
  text: string;
  /** Words the message must name (the state, transition or value concerned). */
  names: string[];
  /** Where the diagnostic must point, when the case pins it down. */
  at?: { line: number; column: number };
  state?: string;
  transition?: number;
}

// One case per code of the catalogue: `satisfies` makes a new code without a case a type error.
const cases = {
  'json-syntax': { text: '{\n  "states": [\n    1,\n  ]\n}\n', names: ['trailing comma'], at: { line: 4, column: 3 } },
  'json-duplicate-key': { text: '{\n  "states": [],\n  "states": []\n}\n', names: ['"states"'], at: { line: 3, column: 3 } },
  'json-too-deep': { text: `{"states": [], "x": ${'['.repeat(150)}${']'.repeat(150)}}`, names: ['100 levels'], at: { line: 1, column: 120 } },
  'json-number-precision': {
    text: '{"input": [{"name": "n", "type": "long", "defaultValue": 12345678901234567890}], "states": [{"name": "A", "x": 0, "y": 0, "action": {}, "input": [], "output": []}]}',
    names: ['12345678901234567890'],
    at: { line: 1, column: 58 },
  },
  'schema-wrong-type': { text: '{\n  "states": [\n    {"name": "A", "x": "10", "y": 0, "action": {}, "input": [], "output": []}\n  ]\n}\n', names: ['states[0].x', "'A'", 'number'], at: { line: 3, column: 24 }, state: 'A' },
  'schema-missing-field': { text: '{"states": [{"name": "A", "x": 0, "y": 0, "action": {}, "input": [], "output": [], "transitions": [{"event": "go"}]}]}', names: ['states[0].transitions[0].to'], state: 'A', transition: 0 },
  'schema-unknown-action': { text: '{"states": [{"name": "A", "x": 0, "y": 0, "action": {"type": "invokeJava"}, "input": [], "output": []}]}', names: ['invokeJava'], state: 'A' },
  'schema-unknown-line': { text: '{"states": [{"name": "A", "x": 0, "y": 0, "action": {"lines": [{"type": "copy", "to": ["x"]}]}, "input": [], "output": []}]}', names: ['"copy"'], state: 'A' },
  'schema-empty-path': { text: '{"states": [{"name": "A", "x": 0, "y": 0, "action": {"lines": [{"from": ["a"], "to": []}]}, "input": [], "output": []}]}', names: ['states[0].action.lines[0].to'], state: 'A' },
  'empty-service': { text: serviceText([]), names: ['no states'] },
  'invalid-state-name': { text: serviceText([aState('2nd step')]), names: ['"2nd step"'], state: '2nd step' },
  'duplicate-state': { text: serviceText([aState('A', { transitions: [{ to: 'A' }] }), aState('A')]), names: ["'A'", '0', '1'], state: 'A' },
  'unknown-start-state': { text: serviceText([aState('Begin')], { startState: 'Bgin' }), names: ["'Bgin'", "did you mean 'Begin'"] },
  'unknown-target': { text: serviceText([aState('A', { transitions: [{ to: 'Nowhere' }] })]), names: ["'A'", "'Nowhere'"], state: 'A', transition: 0 },
  'waiting-without-transitions': { text: serviceText([aState('Wait', { waiting: true })]), names: ["'Wait'"], state: 'Wait' },
  'waiting-eventless-transition': {
    text: serviceText([aState('Wait', { waiting: true, transitions: [{ event: 'go', to: 'B' }, { to: 'B' }] }), aState('B')]),
    names: ["'Wait'", "'B'", 'transition 1'],
    state: 'Wait',
    transition: 1,
  },
  'duplicate-event': {
    text: serviceText([aChoosingState('A', [{ event: 'go', to: 'B' }, { event: 'go', to: 'C' }]), aState('B'), aState('C')]),
    names: ["'A'", "'go'", 'transition 1', 'transition 0'],
    state: 'A',
    transition: 1,
  },
  'ambiguous-transitions': {
    text: serviceText([aState('A', { transitions: [{ to: 'B' }, { to: 'C' }] }), aState('B'), aState('C')]),
    names: ["'A'", "'B'"],
    state: 'A',
    transition: 0,
  },
  'missing-flux-event': {
    text: serviceText([aState('A', { transitions: [{ event: 'yes', to: 'B' }, { event: 'no', to: 'B' }] }), aState('B')]),
    names: ["'A'", "'yes'", "'no'", '$fluxEvent'],
    state: 'A',
  },
  'invalid-wait': { text: serviceText([aState('A', { transitions: [{ wait: 'seconds:5', to: 'A' }] })]), names: ["'A'", 'seconds:5'], state: 'A', transition: 0 },
  'unknown-function': {
    text: serviceText([aState('A', { action: { ...log('"hi"'), methodName: 'infoo' } })]),
    names: ["'A'", 'io.toro.martini.LoggerMethods.infoo', "did you mean 'info'"],
    state: 'A',
  },
  'parameter-mismatch': { text: serviceText([aState('A', { action: { ...log('"hi"'), parameters: ['int'] } })]), names: ["'A'", 'int', 'String message'], state: 'A' },
  'invalid-expression': { text: serviceText([aState('A', { action: log('1 +') })]), names: ["'A'", '"1 +"'], state: 'A' },
  'unreachable-state': { text: serviceText([aState('A'), aState('Orphan')]), names: ["'Orphan'", "'A'"], state: 'Orphan' },
  'unknown-type': { text: serviceText([aState('A')], { input: [{ name: 'qty', type: 'int' }] }), names: ["'qty'", "'int'", "did you mean 'integer'"] },
  'duplicate-property': { text: serviceText([aState('A', { input: [{ name: 'x' }, { name: 'x' }] })]), names: ["'x'", "'A'"], state: 'A' },
  'bad-choice': { text: serviceText([aState('A')], { input: [{ name: 'size', type: 'integer', choices: [1, 'large'] }] }), names: ["'size'", '"large"', 'integer'] },
  'duplicate-choice': { text: serviceText([aState('A')], { input: [{ name: 'size', type: 'integer', choices: [1, '1'] }] }), names: ["'size'", '"1"'] },
  'bad-default': { text: serviceText([aState('A')], { input: [{ name: 'on', type: 'boolean', defaultValue: 'yes' }] }), names: ["'on'", '"yes"', 'true or false'] },
  'default-not-in-choices': { text: serviceText([aState('A')], { input: [{ name: 'size', choices: ['S', 'M'], defaultValue: 'XL' }] }), names: ["'size'", '"XL"', '"S", "M"'] },
  'empty-trigger': { text: serviceText([aState('A')], { triggers: [''] }), names: ['trigger 0'] },
  'duplicate-trigger': { text: serviceText([aState('A')], { triggers: ['go', 'go'] }), names: ["'go'"] },
} satisfies Record<DiagnosticCode, Case>;

describe('diagnostics', () => {
  for (const [code, c] of Object.entries(cases) as [DiagnosticCode, Case][]) {
    it(`should report ${code} with its severity, position and the names concerned`, () => {
      // given the case's text
      // when
      const found = checkFlux(c.text).diagnostics.filter((d) => d.code === code);
      // then
      expect(found.length, JSON.stringify(checkFlux(c.text).diagnostics)).toBeGreaterThan(0);
      const d = found[0]!;
      expect(d.severity).toBe(DIAGNOSTIC_CODES[code].severity);
      for (const name of c.names) expect(d.message).toContain(name);
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
      if (c.at) expect({ line: d.line, column: d.column }).toEqual(c.at);
      if (c.state !== undefined) expect(d.state).toBe(c.state);
      if (c.transition !== undefined) expect(d.transition).toBe(c.transition);
    });
  }

  it('should give no document when the file has a reading error, and a document with only warnings', () => {
    // given
    const errorCodes = Object.entries(cases).filter(([code]) => code.startsWith('json-') || code.startsWith('schema-'));
    for (const [code, c] of errorCodes) {
      // when
      const result = checkFlux(c.text);
      // then
      const isWarning = DIAGNOSTIC_CODES[code as DiagnosticCode].severity === 'warning';
      expect(result.document === null, code).toBe(!isWarning);
    }
  });
});
