import { describe, expect, it } from 'vitest';
import type { FluxDocument, FluxState } from '../../../shared/model';
import { moveStates } from '../document/edits';
import { PARALLEL_SPACING } from './edgeGeometry';
import { toFlow } from './toFlow';
import { drawTransitions } from './TransitionLayer';

const state = (name: string, x: number, y: number, to: string[] = []): FluxState => ({
  name,
  x,
  y,
  action: {},
  input: [],
  output: [],
  ...(to.length ? { transitions: to.map((t) => ({ to: t, event: `to ${t}` })) } : {}),
});

const doc: FluxDocument = { states: [state('A', 0, 0, ['B', 'B', 'A']), state('B', 0, 200, ['A']), state('C', 300, 100, ['B'])] };
const none = { states: [], transitions: [] };
const sizes = new Map(['A', 'B', 'C'].map((n) => [n, { width: 140, height: 40 }]));

describe('toFlow', () => {
  it('should make a node per state and an edge per transition, with parallel edges bent apart and loops numbered', () => {
    const flow = toFlow(doc, { selection: none, sizes });
    expect(flow.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
    expect(flow.edges.map((e) => [e.id, e.data?.label, e.data?.loop])).toEqual([
      ['A#0', 'to B', -1],
      ['A#1', 'to B', -1],
      ['A#2', 'to A', 0],
      ['B#0', 'to A', -1],
      ['C#0', 'to B', -1],
    ]);
    // A->B twice and B->A: three in the pair, the last bending to its own left.
    expect(['A#0', 'A#1', 'B#0'].map((id) => flow.edges.find((e) => e.id === id)!.data)).toMatchObject([
      { offset: -PARALLEL_SPACING, reversed: false },
      { offset: 0, reversed: false },
      { offset: PARALLEL_SPACING, reversed: true },
    ]);
  });

  it('should hand back the same arrays when nothing changed, and the same edges when only positions did', () => {
    const first = toFlow(doc, { selection: none, sizes });
    const again = toFlow(doc, { selection: none, sizes, previous: first });
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);

    const moved = toFlow(moveStates(doc, new Map([['C', { x: 400, y: 100 }]])), { selection: none, sizes, previous: again });
    expect(moved.edges).toBe(first.edges);
    expect(moved.nodes).not.toBe(first.nodes);
    expect(moved.nodes[0]).toBe(first.nodes[0]);
    expect(moved.nodes[2]!.position).toEqual({ x: 400, y: 100 });
  });

  it('should make edges again when transitions or their selection change', () => {
    const first = toFlow(doc, { selection: none, sizes });
    const selected = toFlow(doc, { selection: { states: [], transitions: ['B#0'] }, sizes, previous: first });
    expect(selected.edges).not.toBe(first.edges);
    expect(selected.edges.filter((e) => e.selected).map((e) => e.id)).toEqual(['B#0']);
    expect(selected.edges[0]).toBe(first.edges[0]);

    const fewer: FluxDocument = { states: doc.states.map((s) => (s.name === 'C' ? { ...s, transitions: [] } : s)) };
    expect(toFlow(fewer, { selection: none, sizes, previous: selected }).edges.map((e) => e.id)).toEqual(['A#0', 'A#1', 'A#2', 'B#0']);
  });
});

describe('drawTransitions', () => {
  it('should keep the shapes of transitions whose states did not move, and draw none to a state not yet measured', () => {
    const first = toFlow(doc, { selection: none, sizes });
    const drawn = drawTransitions(first.nodes, first.edges);
    expect([...drawn.keys()]).toEqual(['A#0', 'A#1', 'A#2', 'B#0', 'C#0']);

    const moved = toFlow(moveStates(doc, new Map([['C', { x: 400, y: 100 }]])), { selection: none, sizes, previous: first });
    const redrawn = drawTransitions(moved.nodes, moved.edges, drawn);
    expect(redrawn.get('A#0')).toBe(drawn.get('A#0'));
    expect(redrawn.get('C#0')!.shape.path).not.toBe(drawn.get('C#0')!.shape.path);

    // Selecting a state changes its node, not where its transitions go.
    const selected = toFlow(doc, { selection: { states: ['A'], transitions: [] }, sizes, previous: first });
    expect(drawTransitions(selected.nodes, selected.edges, drawn).get('A#2')!.shape).toBe(drawn.get('A#2')!.shape);

    const unmeasured = toFlow(doc, { selection: none, sizes: new Map([...sizes].filter(([n]) => n !== 'C')) });
    expect([...drawTransitions(unmeasured.nodes, unmeasured.edges).keys()]).toEqual(['A#0', 'A#1', 'A#2', 'B#0']);
  });
});
