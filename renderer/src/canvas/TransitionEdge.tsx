import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { DEFAULT_STATE_SIZE } from '../document/layout';
import { edgeShape, loopShape, type Rect } from './edgeGeometry';
import type { TransitionEdge as TransitionEdgeType } from './toFlow';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? DEFAULT_STATE_SIZE.width,
    height: node.measured.height ?? DEFAULT_STATE_SIZE.height,
  };
}

/** A transition: a floating curve between two states, or a loop on one, with its event and wait. */
export const TransitionEdge = memo(function TransitionEdge({ id, source, target, data, markerEnd, selected }: EdgeProps<TransitionEdgeType>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const shape = data.loop >= 0 ? loopShape(rectOf(from), data.loop) : edgeShape(rectOf(from), rectOf(to), data.offset, data.reversed);
  const loop = data.loop >= 0;
  return (
    <>
      <BaseEdge id={id} path={shape.path} markerEnd={markerEnd} className={selected ? 'transition-edge is-selected' : 'transition-edge'} interactionWidth={14} />
      {data.label && (
        <EdgeLabelRenderer>
          <div
            className={`transition-label${selected ? ' is-selected' : ''}`}
            // A loop's label sits beside the loop; other labels are centred on the curve's middle.
            style={{ transform: `translate(${loop ? '4px' : '-50%'}, -50%) translate(${shape.labelX}px, ${shape.labelY}px)` }}
            data-edge={id}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
