import { describe, expect, it } from 'vitest';
import type { FluxDocument, FluxState } from '../../../shared/model';
import { DEFAULT_STATE_SIZE, layoutStates } from './layout';

const state = (name: string, x: number, y: number, to: string[] = []): FluxState => ({
  name,
  x,
  y,
  action: {},
  input: [],
  output: [],
  ...(to.length ? { transitions: to.map((t) => ({ to: t })) } : {}),
});

const overlaps = (a: FluxState, b: FluxState) =>
  Math.abs(a.x - b.x) < DEFAULT_STATE_SIZE.width && Math.abs(a.y - b.y) < DEFAULT_STATE_SIZE.height;

describe('state.layout', () => {
  it('should place every state below the states it comes from, without overlaps', () => {
    // Given a chain A -> B -> C piled on one spot, with a loop back and a self-loop
    const doc: FluxDocument = { states: [state('A', 0, 0, ['B']), state('B', 0, 0, ['C', 'B']), state('C', 0, 0, ['A'])] };
    // When it is laid out
    const next = layoutStates(doc);
    // Then the chain runs downwards and no two states overlap
    const [a, b, c] = next.states as [FluxState, FluxState, FluxState];
    expect(a.y).toBeLessThan(b.y);
    expect(b.y).toBeLessThan(c.y);
    expect(overlaps(a, b) || overlaps(b, c) || overlaps(a, c)).toBe(false);
    expect(Number.isInteger(a.x) && Number.isInteger(c.y)).toBe(true);
  });

  it('should keep the top-left corner of what it arranges and the rest of the document', () => {
    const doc: FluxDocument = { comment: 'kept', states: [state('A', 100, 200, ['B']), state('B', 300, 250)] };
    const next = layoutStates(doc);
    expect(Math.min(...next.states.map((s) => s.x))).toBe(100);
    expect(Math.min(...next.states.map((s) => s.y))).toBe(200);
    expect(next.comment).toBe('kept');
    expect(doc.states[1]).toMatchObject({ x: 300, y: 250 });
  });

  it('should arrange only the selection when two or more states are named', () => {
    const doc: FluxDocument = { states: [state('A', 0, 0, ['B']), state('B', 0, 0), state('Far', 900, 900)] };
    const next = layoutStates(doc, { names: ['A', 'B'] });
    expect(next.states[2]).toBe(doc.states[2]);
    expect(next.states[1]!.y).toBeGreaterThan(next.states[0]!.y);
  });

  it('should arrange everything when fewer than two states are named', () => {
    const doc: FluxDocument = { states: [state('A', 0, 0, ['B']), state('B', 0, 0)] };
    expect(layoutStates(doc, { names: ['A'] }).states[1]!.y).toBeGreaterThan(0);
  });

  it('should use measured sizes so wide states do not overlap', () => {
    const doc: FluxDocument = { states: [state('A', 0, 0, ['B', 'C']), state('B', 0, 0), state('C', 0, 0)] };
    const sizes = new Map(['A', 'B', 'C'].map((n) => [n, { width: 400, height: 40 }]));
    const next = layoutStates(doc, { sizes });
    expect(Math.abs(next.states[1]!.x - next.states[2]!.x)).toBeGreaterThanOrEqual(400);
  });

  it('should change nothing in a service without states', () => {
    const doc: FluxDocument = { states: [] };
    expect(layoutStates(doc)).toBe(doc);
  });
});
