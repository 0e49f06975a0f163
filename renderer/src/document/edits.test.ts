import { describe, expect, it } from 'vitest';
import { serializeFlux, validateFlux, type FluxDocument, type FluxState } from '../../../shared/model';
import { addState, connect, deleteStates, deleteTransitions, moveStates, pasteStates, renameState, setStartState, toggleWaiting, updateService } from './edits';
import { emptyHistory, record, redo, undo } from './history';
import { cleanList, stateNameFor } from './names';

const state = (name: string, transitions: FluxState['transitions'] = [], extra: Partial<FluxState> = {}): FluxState => ({
  name,
  displayName: name,
  x: 0,
  y: 0,
  action: {},
  input: [],
  output: [],
  ...(transitions.length ? { transitions } : {}),
  ...extra,
});

const empty: FluxDocument = { states: [] };

describe('state.add', () => {
  it('should make the first state the start state, derive a unique identifier from the display name, and keep the position', () => {
    const first = addState(empty, 'Await approval', { x: 10.4, y: 20.6 });
    expect(first.doc.startState).toBe('Await_approval');
    expect(first.doc.states[0]).toMatchObject({ name: 'Await_approval', displayName: 'Await approval', x: 10, y: 21 });
    const second = addState(first.doc, 'Await approval', { x: 0, y: 0 });
    expect(second.name).toBe('Await_approval_2');
    expect(second.doc.startState).toBe('Await_approval');
    expect(validateFlux(second.doc).filter((d) => d.code.includes('name'))).toEqual([]);
  });

  it('should give names that are valid identifiers whatever the display name', () => {
    expect(stateNameFor('1st step!', [])).toBe('_1st_step');
    expect(stateNameFor('   ', [])).toBe('State');
    expect(stateNameFor('Größe', [])).toBe('Gr_e');
  });
});

describe('state.rename', () => {
  it('should update every transition targeting the state and startState, and keep other fields', () => {
    const doc: FluxDocument = {
      startState: 'A',
      states: [state('A', [{ to: 'B', event: 'go' }, { to: 'A' }], { comment: 'kept' }), state('B', [{ to: 'A' }])],
    };
    const { doc: next, name } = renameState(doc, 'A', 'Start here');
    expect(name).toBe('Start_here');
    expect(next.startState).toBe('Start_here');
    expect(next.states[0]).toMatchObject({ name: 'Start_here', displayName: 'Start here', comment: 'kept', transitions: [{ to: 'B', event: 'go' }, { to: 'Start_here' }] });
    expect(next.states[1]!.transitions).toEqual([{ to: 'Start_here' }]);
    expect(doc.states[0]!.name).toBe('A');
  });
});

describe('state.delete', () => {
  it('should remove the states and the transitions into them, and pass the start to the first state left', () => {
    const doc: FluxDocument = { startState: 'A', states: [state('A', [{ to: 'B' }]), state('B', [{ to: 'C' }]), state('C', [{ to: 'A' }])] };
    const next = deleteStates(doc, ['A']);
    expect(next.states.map((s) => s.name)).toEqual(['B', 'C']);
    expect(next.states[1]!.transitions).toEqual([]);
    expect(next.startState).toBe('B');
    expect(deleteStates(next, ['B', 'C'])).toEqual({ states: [] });
  });
});

describe('transitions', () => {
  it('should connect a state to another or to itself, with a trimmed event or none', () => {
    const doc: FluxDocument = { states: [state('A'), state('B')] };
    const one = connect(doc, 'A', 'B', '  approved ');
    const two = connect(one.doc, 'A', 'A', '   ');
    expect(two.doc.states[0]!.transitions).toEqual([{ to: 'B', event: 'approved' }, { to: 'A' }]);
    expect(two.ref).toEqual({ from: 'A', index: 1 });
    expect(deleteTransitions(two.doc, [{ from: 'A', index: 0 }]).states[0]!.transitions).toEqual([{ to: 'A' }]);
  });
});

describe('other edits', () => {
  it('should toggle waiting on and off without leaving waiting: false behind', () => {
    const doc: FluxDocument = { states: [state('A', [{ to: 'A', event: 'x' }])] };
    const on = toggleWaiting(doc, 'A');
    expect(on.states[0]!.waiting).toBe(true);
    expect('waiting' in toggleWaiting(on, 'A').states[0]!).toBe(false);
  });

  it('should return the same document when a move changes nothing, so no history step is made', () => {
    const doc: FluxDocument = { states: [state('A')] };
    const moved = moveStates(doc, new Map([['A', { x: 0.2, y: -0.3 }]]));
    expect(moved.states[0]).toBe(doc.states[0]);
  });

  it('should drop empty lists and blank comments from the file', () => {
    const doc = updateService({ triggers: ['a'], comment: 'x', states: [] }, { triggers: [], comment: '' });
    expect(serializeFlux(doc)).not.toMatch(/triggers|comment/);
  });

  it('should set the start state', () => {
    expect(setStartState({ states: [state('A'), state('B')] }, 'B').startState).toBe('B');
  });
});

describe('state.paste', () => {
  it('should rename clashes and keep the transitions among the copied states', () => {
    const doc: FluxDocument = { states: [state('A', [{ to: 'B' }]), state('B', [{ to: 'A', event: 'back' }, { to: 'C' }]), state('C')] };
    const { doc: next, names } = pasteStates(doc, doc.states.slice(0, 2), { x: 40, y: 40 });
    expect(names).toEqual(['A_2', 'B_2']);
    expect(next.states.at(-2)!.transitions).toEqual([{ to: 'B_2' }]);
    expect(next.states.at(-1)!.transitions).toEqual([{ to: 'A_2', event: 'back' }, { to: 'C' }]);
    expect(next.states.at(-1)).toMatchObject({ x: 40, y: 40 });
  });
});

describe('history', () => {
  it('should undo and redo every recorded step, and forget the redo steps after a new edit', () => {
    const a = empty;
    const b = addState(a, 'One', { x: 0, y: 0 }).doc;
    const c = addState(b, 'Two', { x: 0, y: 0 }).doc;
    let history = record(record(emptyHistory(), { command: 'state.add', before: a, after: b }), { command: 'state.add', before: b, after: c });
    const back = undo(history)!;
    expect(back.doc).toBe(b);
    expect(redo(back.history)!.doc).toBe(c);
    history = record(back.history, { command: 'state.add', before: b, after: a });
    expect(redo(history)).toBeUndefined();
    expect(undo(emptyHistory())).toBeUndefined();
  });
});

describe('cleanList', () => {
  it('should trim, drop blank lines and repeats, and keep the order', () => {
    expect(cleanList(' invoked \n\norder.placed\r\ninvoked\n  ')).toEqual(['invoked', 'order.placed']);
  });
});
