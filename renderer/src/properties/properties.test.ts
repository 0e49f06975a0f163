import { describe, expect, it } from 'vitest';
import { GLOOP_METHODS_CLASS, LOGGER_CLASS, type FluxAction, type FluxLine } from '../../../shared/model';
import { actionKindOf, actionOfKind, messageLine, withLogLevel, withMessageLine } from './action-edits';
import { lineToRow, parsePath, rowProblem, rowToLine } from './line-rows';
import { choicesText, freshPropertyName, parseChoices, parseValue, patchProperty, valueText } from './property-rows';
import { formatWait, parseWait, secondsProblem } from './wait-text';

describe('mapping lines as rows', () => {
  it('should show a set line with evaluate as an expression row and write it back unchanged', () => {
    const line: FluxLine = { type: 'set', expression: '"Hi ${name}"', evaluate: true, to: ['greeting', 'text'] };
    const row = lineToRow(line);
    expect(row).toEqual({ kind: 'expression', to: 'greeting.text', value: '"Hi ${name}"' });
    expect(rowToLine(row, line)).toEqual(line);
  });

  it('should turn a copy row into a from/to line, dropping the set fields', () => {
    const original: FluxLine = { type: 'set', expression: 'x', evaluate: true, to: ['a'] };
    expect(rowToLine({ kind: 'copy', to: 'a', value: 'order.quantity' }, original)).toEqual({ from: ['order', 'quantity'], to: ['a'] });
  });

  it('should keep fields of a line the panel does not know', () => {
    const original = { from: ['a'], to: ['b'], comment: 'kept' } as FluxLine;
    expect(rowToLine({ kind: 'copy', to: 'c', value: 'a' }, original)).toEqual({ from: ['a'], to: ['c'], comment: 'kept' });
  });

  it('should say where an expression does not parse, with its line and column', () => {
    expect(rowProblem({ kind: 'expression', to: 'a', value: '1 +' })).toMatchObject({ field: 'value', message: expect.stringMatching(/^1:\d+: /) });
    expect(rowProblem({ kind: 'expression', to: 'a', value: 'order.quantity * 2' })).toBeUndefined();
    expect(rowProblem({ kind: 'literal', to: 'a', value: '1 +' })).toBeUndefined();
  });

  it('should ask for a target path and for a source path of a copy', () => {
    expect(rowProblem({ kind: 'literal', to: ' . ', value: 'x' })?.field).toBe('to');
    expect(rowProblem({ kind: 'copy', to: 'a', value: '' })?.field).toBe('value');
    expect(parsePath(' order . quantity ')).toEqual(['order', 'quantity']);
  });
});

describe('a transition wait as a field', () => {
  it('should read seconds and date expressions and write them back as the file does', () => {
    expect(parseWait('duration:20')).toEqual({ kind: 'duration', seconds: '20' });
    expect(parseWait('date:new Date() + 1')).toEqual({ kind: 'date', expression: 'new Date() + 1' });
    expect(parseWait(undefined)).toEqual({ kind: 'none' });
    expect(formatWait({ kind: 'duration', seconds: ' 5 ' })).toBe('duration:5');
    expect(formatWait({ kind: 'date', expression: 'deadline' })).toBe('date:deadline');
    expect(formatWait({ kind: 'none' })).toBeUndefined();
  });

  it('should refuse seconds that are not a number', () => {
    expect(secondsProblem('20')).toBeUndefined();
    expect(secondsProblem('1.5')).toBeUndefined();
    expect(secondsProblem('soon')).toContain("'soon'");
  });
});

describe('declared properties as rows', () => {
  it('should read defaults and choices as values of the property type', () => {
    expect(parseValue('42', 'integer')).toBe(42);
    expect(parseValue('true', 'boolean')).toBe(true);
    expect(parseValue('{"a":1}', 'object')).toEqual({ a: 1 });
    expect(parseValue('42', undefined)).toBe('42');
    expect(parseValue('  ', 'integer')).toBeUndefined();
    expect(parseChoices('accepted, rejected,', undefined)).toEqual(['accepted', 'rejected']);
    expect(parseChoices('1, 2', 'integer')).toEqual([1, 2]);
    expect(parseChoices(' ', undefined)).toBeUndefined();
    expect(choicesText([1, 'b'])).toBe('1, b');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
  });

  it('should drop a field set to nothing and keep unknown ones', () => {
    const property = { name: 'amount', type: 'double', allowNull: false, extra: 1 } as never;
    expect(patchProperty(property, { allowNull: undefined, defaultValue: undefined })).toEqual({ name: 'amount', type: 'double', extra: 1 });
  });

  it('should name a new row after the ones there', () => {
    expect(freshPropertyName('input', [{ name: 'input' }, { name: 'input2' }])).toBe('input3');
  });
});

describe('the action of a state', () => {
  const log: FluxAction = {
    type: 'invokeCode',
    className: LOGGER_CLASS,
    methodName: 'warn',
    parameters: ['String'],
    inputs: [{ type: 'set', expression: '"careful"', evaluate: true, to: ['message'] }],
  };

  it('should tell the kinds apart, including those the file leaves untagged', () => {
    expect(actionKindOf({})).toBe('none');
    expect(actionKindOf({ lines: [] })).toBe('map');
    expect(actionKindOf(log)).toBe('log');
    expect(actionKindOf({ type: 'invokeCode', className: GLOOP_METHODS_CLASS, methodName: 'throwException' })).toBe('throw');
    expect(actionKindOf({ type: 'invokeCode', className: 'x.Y', methodName: 'z' })).toBe('code');
    expect(actionKindOf({ type: 'invokeGloop', name: 'a.B' })).toBe('invoke');
    expect(actionKindOf({ type: 'script', code: '' })).toBe('script');
  });

  it('should write a new log action as TORO does, at level info with a message line', () => {
    expect(actionOfKind({}, 'log')).toEqual({
      type: 'invokeCode',
      className: LOGGER_CLASS,
      methodName: 'info',
      parameters: ['String'],
      inputs: [{ type: 'set', expression: '""', evaluate: true, to: ['message'] }],
    });
  });

  it('should carry the message from a log to a throw, and map lines to a map step', () => {
    const thrown = actionOfKind(log, 'throw');
    expect(thrown).toMatchObject({ className: GLOOP_METHODS_CLASS, methodName: 'throwException' });
    expect(messageLine(thrown)).toEqual(messageLine(log));
    expect(actionOfKind(log, 'map')).toEqual({ lines: [{ type: 'set', expression: '"careful"', evaluate: true, to: ['message'] }] });
    expect(actionOfKind({}, 'invoke', 'orders.Checkout')).toEqual({ type: 'invokeGloop', name: 'orders.Checkout', inputs: [], outputs: [] });
    expect(actionOfKind(log, 'log')).toBe(log);
  });

  it('should change the level and the message and keep the other input lines', () => {
    const other: FluxLine = { from: ['x'], to: ['y'] };
    const action = { ...log, inputs: [other, ...(log.type === 'invokeCode' ? (log.inputs ?? []) : [])] } as never;
    const changed = withMessageLine(withLogLevel(action, 'error'), { type: 'set', expression: 'oops', to: ['message'] });
    expect(changed.methodName).toBe('error');
    expect(changed.inputs).toEqual([other, { type: 'set', expression: 'oops', to: ['message'] }]);
  });
});

describe('renaming a state from its Name field', () => {
  const doc = {
    startState: 'A',
    states: [
      { name: 'A', displayName: 'First step', x: 0, y: 0, action: {}, input: [], output: [], transitions: [{ to: 'B', event: 'go' }] },
      { name: 'B', x: 0, y: 0, action: {}, input: [], output: [], transitions: [{ to: 'A' }] },
    ],
  };

  it('should take the identifier as typed, keep the display name, and update transitions and the start state', async () => {
    const { renameStateTo } = await import('./state-edits');
    const next = renameStateTo(doc, 'A', 'Begin');
    expect(next.startState).toBe('Begin');
    expect(next.states[0]).toMatchObject({ name: 'Begin', displayName: 'First step' });
    expect(next.states[1]?.transitions).toEqual([{ to: 'Begin' }]);
  });

  it('should refuse a name that is taken or not an identifier, changing nothing', async () => {
    const { renameStateTo, stateNameProblem } = await import('./state-edits');
    expect(stateNameProblem(doc, 'A', 'B')).toContain('Another state');
    expect(stateNameProblem(doc, 'A', '1st')).toContain('not a state name');
    expect(renameStateTo(doc, 'A', 'B')).toBe(doc);
  });

  it('should suggest the reserved events and those the service uses', async () => {
    const { eventSuggestions } = await import('./state-edits');
    expect(eventSuggestions({ ...doc, triggers: ['invoked'] })).toEqual(['$else', '$exception', 'go', 'invoked']);
  });
});
