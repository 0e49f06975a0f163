import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StateNode as StateNodeType } from './toFlow';

/** A hand, drawn as SVG so it shows on systems without an emoji font. */
function HandIcon() {
  return (
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12 2a1.5 1.5 0 0 1 1.5 1.5V10h.5V4.5a1.5 1.5 0 0 1 3 0V11h.5V7a1.5 1.5 0 0 1 3 0v7.5c0 4.1-3.4 7.5-7.5 7.5a7.4 7.4 0 0 1-5.7-2.6l-4.2-5a1.5 1.5 0 0 1 2.3-1.9L7 14.5V5.5a1.5 1.5 0 0 1 3 0V10h.5V3.5A1.5 1.5 0 0 1 12 2Z"
      />
    </svg>
  );
}

/** The marker of a state with problems; its tooltip lists them and shows on hover or focus. */
function ProblemMarker({ id, problems }: { id: string; problems: readonly string[] }) {
  const tip = `problems-${id}`;
  return (
    <span className="state-node__problems nodrag" tabIndex={0} role="img" aria-label={`${problems.length} problem${problems.length === 1 ? '' : 's'}`} aria-describedby={tip}>
      !
      <span className="state-node__tooltip" role="tooltip" id={tip}>
        {problems.map((p, i) => (
          <span key={i}>{p}</span>
        ))}
      </span>
    </span>
  );
}

/** A state on the canvas: its display name, a distinct look for the start state, a hand for waiting, a problem marker. */
export const StateNode = memo(function StateNode({ id, data, selected }: NodeProps<StateNodeType>) {
  const classes = ['state-node', data.isStart ? 'is-start' : '', data.waiting ? 'is-waiting' : '', selected ? 'is-selected' : '', data.problems.length ? 'has-problems' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')} role="group" aria-label={`State ${data.label}`}>
      <Handle type="target" position={Position.Top} aria-label="Transition in" />
      {data.waiting && (
        <span className="state-node__icon" title="Waiting state" role="img" aria-label="waiting">
          <HandIcon />
        </span>
      )}
      <span className="state-node__label">{data.label}</span>
      {data.isStart && <span className="state-node__badge">start</span>}
      {data.problems.length > 0 && <ProblemMarker id={id} problems={data.problems} />}
      <Handle type="source" position={Position.Bottom} aria-label="New transition" />
    </div>
  );
});
