import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useStudio } from '../store/context';
import { StateNode } from './StateNode';
import { readDocument, toFlow } from './toFlow';

const nodeTypes = { state: StateNode };

/** The selected service's states and transitions. */
export function Canvas() {
  const selected = useStudio((s) => s.selectedService);
  const open = useStudio((s) => (s.selectedService ? s.open[s.selectedService] : undefined));
  const parsed = useMemo(() => (open ? readDocument(open.file.text) : undefined), [open]);
  const flow = useMemo(() => (parsed?.document ? toFlow(parsed.document) : undefined), [parsed]);

  if (!selected) return <div className="canvas-empty">Choose a service on the left.</div>;
  if (!open) return <div className="canvas-empty">Opening {selected}…</div>;
  if (!flow) return <div className="canvas-empty" role="alert">{selected} cannot be drawn: {parsed?.error}</div>;
  return (
    <div className="canvas" aria-label={`Canvas of ${selected}`}>
      <ReactFlow nodes={flow.nodes} edges={flow.edges} nodeTypes={nodeTypes} fitView fitViewOptions={{ maxZoom: 1 }} proOptions={{ hideAttribution: true }}>
        <Background />
        <MiniMap pannable zoomable nodeColor="#4d6a91" maskColor="rgba(0, 0, 0, 0.45)" />
        <Controls />
      </ReactFlow>
    </div>
  );
}
