import { EdgeLabelRenderer } from '@xyflow/react';
import { memo, useId, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { DEFAULT_STATE_SIZE } from '../document/layout';
import { edgeShape, loopShape, type EdgeShape, type Rect } from './edgeGeometry';
import type { StateNode, TransitionEdge } from './toFlow';

/**
 * Every transition of the service in one layer: all curves in a single <svg>, all labels in one
 * box, between React Flow's edges (it has none) and its states. One layer instead of an <svg> and a
 * store subscription per edge is what keeps a drag on a large service smooth: a moving state
 * redraws its own transitions and nothing else.
 *
 * Each transition is a `.react-flow__edge` group with its id in `data-id`, as React Flow draws
 * edges, so styles and tests that find edges that way keep working.
 */
export interface TransitionLayerProps {
  nodes: readonly StateNode[];
  edges: readonly TransitionEdge[];
  /** A click or Enter on a transition (`additive` when extending the selection), or Escape (`selected` false). */
  onSelect(id: string, how: { selected: boolean; additive: boolean }): void;
  onContextMenu(event: MouseEvent, id: string): void;
}

interface Drawn {
  edge: TransitionEdge;
  from: StateNode;
  to: StateNode;
  shape: EdgeShape;
}

const rectOf = (node: StateNode): Rect => ({
  x: node.position.x,
  y: node.position.y,
  width: node.measured?.width ?? DEFAULT_STATE_SIZE.width,
  height: node.measured?.height ?? DEFAULT_STATE_SIZE.height,
});

/**
 * Where each transition goes. A transition whose edge and states are the ones of `previous` keeps
 * its shape object, so only those of moved states draw again. As React Flow does, a transition
 * waits until both its states have been measured.
 */
export function drawTransitions(nodes: readonly StateNode[], edges: readonly TransitionEdge[], previous?: ReadonlyMap<string, Drawn>): Map<string, Drawn> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawn = new Map<string, Drawn>();
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from?.measured || !to?.measured || !edge.data) continue;
    const old = previous?.get(edge.id);
    if (old && old.edge === edge && old.from === from && old.to === to) {
      drawn.set(edge.id, old);
      continue;
    }
    const data = edge.data;
    const shape = data.loop >= 0 ? loopShape(rectOf(from), data.loop) : edgeShape(rectOf(from), rectOf(to), data.offset, data.reversed);
    // A state selected or renamed moves none of its transitions: they keep their shape.
    const same = old && old.shape.path === shape.path && old.shape.labelX === shape.labelX && old.shape.labelY === shape.labelY;
    drawn.set(edge.id, { edge, from, to, shape: same ? old.shape : shape });
  }
  return drawn;
}

export const TransitionLayer = memo(function TransitionLayer({ nodes, edges, onSelect, onContextMenu }: TransitionLayerProps) {
  const arrow = `transition-arrow-${useId().replace(/:/g, '')}`;
  const last = useRef<Map<string, Drawn> | undefined>(undefined);
  const drawn = useMemo(() => (last.current = drawTransitions(nodes, edges, last.current)), [nodes, edges]);
  const list = [...drawn.values()];

  // One set of handlers for all transitions, on the layer: each finds its transition by data-id.
  const idOf = (event: { target: EventTarget }) => (event.target as Element).closest?.('.react-flow__edge')?.getAttribute('data-id') ?? undefined;
  const additive = (event: MouseEvent | KeyboardEvent) => event.shiftKey || event.ctrlKey || event.metaKey;
  const handlers = {
    onClick: (event: MouseEvent) => {
      const id = idOf(event);
      if (id) onSelect(id, { selected: true, additive: additive(event) });
    },
    onContextMenu: (event: MouseEvent) => {
      const id = idOf(event);
      if (id) onContextMenu(event, id);
    },
    onKeyDown: (event: KeyboardEvent) => {
      const id = idOf(event);
      if (!id || !['Enter', ' ', 'Escape'].includes(event.key)) return;
      if (event.key === 'Escape') (event.target as HTMLElement).blur?.();
      onSelect(id, { selected: event.key !== 'Escape', additive: additive(event) });
    },
  };

  return (
    <EdgeLabelRenderer>
      <svg className="transition-layer" {...handlers}>
        <defs>
          {/* React Flow's closed arrow (MarkerType.ArrowClosed, 18 by 18), in the transitions' grey. */}
          <marker id={arrow} className="react-flow__arrowhead" markerWidth="18" markerHeight="18" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
            <polyline className="arrowclosed" style={{ strokeWidth: 1, stroke: '#8b9098', fill: '#8b9098' }} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
          </marker>
        </defs>
        {list.map(({ edge, shape }) => (
          <TransitionPath key={edge.id} id={edge.id} source={edge.source} target={edge.target} selected={edge.selected === true} shape={shape} arrow={arrow} />
        ))}
      </svg>
      <div className="transition-labels">
        {list.map(({ edge, shape }) =>
          edge.data?.label ? <TransitionLabel key={edge.id} id={edge.id} label={edge.data.label} loop={edge.data.loop >= 0} selected={edge.selected === true} shape={shape} /> : null,
        )}
      </div>
    </EdgeLabelRenderer>
  );
});

/** A transition's curve and, over it, a wider invisible one that is easier to point at. */
const TransitionPath = memo(function TransitionPath({ id, source, target, selected, shape, arrow }: { id: string; source: string; target: string; selected: boolean; shape: EdgeShape; arrow: string }) {
  return (
    <g
      className={`react-flow__edge react-flow__edge-transition nopan selectable${selected ? ' selected' : ''}`}
      data-id={id}
      role="group"
      aria-roledescription="edge"
      aria-label={`Edge from ${source} to ${target}`}
      tabIndex={0}
    >
      <path className={`react-flow__edge-path transition-edge${selected ? ' is-selected' : ''}`} d={shape.path} fill="none" markerEnd={`url(#${arrow})`} />
      <path className="react-flow__edge-interaction" d={shape.path} fill="none" strokeOpacity={0} strokeWidth={14} />
    </g>
  );
});

/** A transition's event and wait; a loop's label sits beside the loop, others on the curve's middle. */
const TransitionLabel = memo(function TransitionLabel({ id, label, loop, selected, shape }: { id: string; label: string; loop: boolean; selected: boolean; shape: EdgeShape }) {
  return (
    <div className={`transition-label${selected ? ' is-selected' : ''}`} style={{ transform: `translate(${loop ? '4px' : '-50%'}, -50%) translate(${shape.labelX}px, ${shape.labelY}px)` }} data-edge={id}>
      {label}
    </div>
  );
});
