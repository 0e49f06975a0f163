import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StateNode as StateNodeType } from './toFlow';

/** A state on the canvas: its display name, a distinct look for the start state, a hand for waiting. */
export function StateNode({ data, selected }: NodeProps<StateNodeType>) {
  const classes = ['state-node', data.isStart ? 'is-start' : '', data.waiting ? 'is-waiting' : '', selected ? 'is-selected' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')} role="group" aria-label={`State ${data.label}`}>
      <Handle type="target" position={Position.Top} />
      {data.waiting && (
        <span className="state-node__icon" title="Waiting state" aria-label="waiting">
          ✋
        </span>
      )}
      <span className="state-node__label">{data.label}</span>
      {data.isStart && <span className="state-node__badge">start</span>}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}
