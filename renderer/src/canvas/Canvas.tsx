import { Background, Controls, MiniMap, ReactFlow, type EdgeChange, type NodeChange, type OnSelectionChangeParams } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { moveStates } from '../document/edits';
import { useStudio } from '../store/context';
import { useCurrentDocument, useDiagnostics } from '../store/hooks';
import { StateNode } from './StateNode';
import { toFlow, type StateNode as StateNodeType } from './toFlow';

const nodeTypes = { state: StateNode };

/** The selected service's states and transitions, controlled by the store. */
export function Canvas() {
  const service = useStudio((s) => s.selectedService);
  const open = useCurrentDocument();
  const selection = useStudio((s) => s.selection);
  const diagnostics = useDiagnostics();
  const preview = useStudio((s) => s.preview);
  const commitPreview = useStudio((s) => s.commitPreview);
  const select = useStudio((s) => s.select);
  const doc = open?.doc;
  const flow = useMemo(() => (doc ? toFlow(doc, selection, diagnostics) : undefined), [doc, selection, diagnostics]);

  // A drag moves states without history steps; when it ends, the whole drag becomes one step.
  const onNodesChange = useCallback(
    (changes: NodeChange<StateNodeType>[]) => {
      if (!service) return;
      const moved = new Map<string, { x: number; y: number }>();
      let ended = false;
      for (const change of changes) {
        if (change.type !== 'position') continue;
        if (change.position) moved.set(change.id, change.position);
        if (change.dragging === false) ended = true;
      }
      if (moved.size > 0) preview(service, (d) => moveStates(d, moved));
      if (ended) commitPreview(service, 'state.move');
    },
    [service, preview, commitPreview],
  );
  const onEdgesChange = useCallback((_changes: EdgeChange[]) => {}, []);
  const onSelectionChange = useCallback(
    ({ nodes, edges }: OnSelectionChangeParams) => {
      const states = nodes.map((n) => n.id);
      const transitions = edges.map((e) => e.id);
      const current = selection;
      if (same(current.states, states) && same(current.transitions, transitions)) return;
      select({ states, transitions });
    },
    [select, selection],
  );

  if (!service) return <div className="canvas-empty">Choose a service on the left.</div>;
  if (!open) return <div className="canvas-empty">Opening {service}…</div>;
  if (!flow) {
    return (
      <div className="canvas-empty" role="alert">
        {service} cannot be drawn: {open.parseDiagnostics.map((d) => `${d.line ? `line ${d.line}:${d.column ?? 1}: ` : ''}${d.message}`).join('; ')}
      </div>
    );
  }
  return (
    <div className="canvas" aria-label={`Canvas of ${service}`}>
      <ReactFlow
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <MiniMap pannable zoomable nodeColor="#4d6a91" maskColor="rgba(0, 0, 0, 0.45)" />
        <Controls />
      </ReactFlow>
    </div>
  );
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
