import { describe, expect, it } from 'vitest';
import type { FluxDocument, FluxState } from '../../../shared/model';
import { pasteStates } from '../document/edits';
import { copyToClipboard, hasClipboard, PASTE_STEP, pasteOffset, statesToCopy, takeForPaste } from './clipboard';

const state = (name: string, x: number, y: number, to: string[] = []): FluxState => ({
  name,
  x,
  y,
  action: {},
  input: [],
  output: [],
  ...(to.length ? { transitions: to.map((t) => ({ to: t, event: `to-${t}` })) } : {}),
});

describe('state clipboard', () => {
  it('should copy deep copies of the named states in document order', () => {
    const doc: FluxDocument = { states: [state('A', 0, 0, ['B']), state('B', 10, 0), state('C', 0, 0)] };
    const copied = statesToCopy(doc, ['B', 'A']);
    expect(copied.map((s) => s.name)).toEqual(['A', 'B']);
    copied[0]!.transitions![0]!.event = 'changed';
    expect(doc.states[0]!.transitions![0]!.event).toBe('to-B');
  });

  it('should offset each keyboard paste one step further, and a menu paste to where the menu was', () => {
    const copied = [state('A', 100, 50), state('B', 300, 20)];
    expect(pasteOffset(copied, 1)).toEqual({ x: PASTE_STEP, y: PASTE_STEP });
    expect(pasteOffset(copied, 2)).toEqual({ x: 2 * PASTE_STEP, y: 2 * PASTE_STEP });
    expect(pasteOffset(copied, 1, { x: 0, y: 0 })).toEqual({ x: -100, y: -20 });
  });

  it('should count keyboard pastes since the last copy', () => {
    copyToClipboard([state('A', 0, 0)]);
    expect(hasClipboard()).toBe(true);
    expect(takeForPaste()?.pastes).toBe(1);
    expect(takeForPaste()?.pastes).toBe(2);
    copyToClipboard([state('B', 0, 0)]);
    expect(takeForPaste()?.pastes).toBe(1);
  });

  it('should paste with renamed clashes and the transitions among the copied states', () => {
    // Given A -> B copied, and a service that already has A
    const source: FluxDocument = { states: [state('A', 0, 0, ['B', 'Gone']), state('B', 0, 100)] };
    const target: FluxDocument = { states: [state('A', 0, 0)] };
    const copied = statesToCopy(source, ['A', 'B']);
    // When they are pasted
    const { doc, names } = pasteStates(target, copied, pasteOffset(copied, 1));
    // Then the pasted A is renamed, its transition follows it, and the one to a missing state is dropped
    expect(names).toEqual(['A_2', 'B']);
    expect(doc.states[1]).toMatchObject({ name: 'A_2', x: PASTE_STEP, transitions: [{ to: 'B', event: 'to-B' }] });
  });
});
