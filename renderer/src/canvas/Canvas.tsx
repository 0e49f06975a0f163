import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useMemo, useReducer, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { moveStates } from '../document/edits';
import { DEFAULT_STATE_SIZE, type Size } from '../document/layout';
import { useStudio, useStudioStore } from '../store/context';
import { useCurrentDocument } from '../store/hooks';
import './canvas.css';
import { canvasCommands } from './canvasCommands';
import { menuItems, type MenuActions, type MenuTarget, type OpenMenu } from './canvasMenus';
import { hasClipboard } from './clipboard';
import { ContextMenu } from '../components/ContextMenu';
import { PromptDialog } from './PromptDialog';
import { StateNode } from './StateNode';
import { toFlow, type Flow, type StateNode as StateNodeType, type TransitionEdge as TransitionEdgeType } from './toFlow';
import { TransitionLayer } from './TransitionLayer';
import { useCanvasKeys } from './useCanvasKeys';
import { useCanvasProblems } from './useCanvasProblems';

const nodeTypes = { state: StateNode };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT = { maxZoom: 1, padding: 0.15 } as const;
/** Below this zoom labels cannot be read (11 px shows as 5), so they are not drawn: on a large service they cost more than the states. */
const FAR_ZOOM = 0.45;
const isFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;

type Point = { x: number; y: number };
type Dialog = { kind: 'add'; at: Point } | { kind: 'rename'; name: string; initial: string } | { kind: 'connect'; from: string; to: string };

/** The selected service's states and transitions, controlled by the store. */
export function Canvas() {
  const service = useStudio((s) => s.selectedService);
  const open = useCurrentDocument();
  if (!service) return <div className="canvas-empty">Choose a service on the left.</div>;
  if (!open) return <div className="canvas-empty">Opening {service}…</div>;
  if (!open.doc) {
    return (
      <div className="canvas-empty" role="alert">
        {service} cannot be drawn: {open.parseDiagnostics.map((d) => `${d.line ? `line ${d.line}:${d.column ?? 1}: ` : ''}${d.message}`).join('; ')}
      </div>
    );
  }
  // Keyed by service: each service opens with its own fit of the view.
  return <CanvasView key={service} service={service} />;
}

function CanvasView({ service }: { service: string }) {
  const store = useStudioStore();
  const open = useCurrentDocument()!;
  const doc = open.doc!;
  const selection = useStudio((s) => s.selection);
  const preview = useStudio((s) => s.preview);
  const commitPreview = useStudio((s) => s.commitPreview);
  const openModal = useStudio((s) => s.openModal);
  const flowApi = useReactFlow<StateNodeType, TransitionEdgeType>();
  const flowStore = useStoreApi<StateNodeType, TransitionEdgeType>();
  const commands = useMemo(() => canvasCommands(store), [store]);
  const container = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Fit the view when a service opens with states; an empty one keeps its view, or the first
  // state added would jump away from where the user put it.
  const [fitOnOpen] = useState(() => doc.states.length > 0);
  useCanvasKeys(container, store, commands);
  const far = useStore(isFar);

  // React Flow measures nodes and, on a controlled canvas, hands the sizes back to be kept.
  const sizes = useRef(new Map<string, Size>());
  const [sizesVersion, sizesChanged] = useReducer((n: number) => n + 1, 0);
  const problems = useCanvasProblems(doc, open.previewBase !== undefined);
  const last = useRef<Flow | undefined>(undefined);
  const flow = useMemo(() => {
    last.current = toFlow(doc, { selection, problems, sizes: sizes.current, previous: last.current });
    return last.current;
    // sizesVersion stands for the contents of the sizes map, which is kept in a ref.
  }, [doc, selection, problems, sizesVersion]);

  // A drag moves states without history steps; when it ends, the whole drag becomes one step.
  const onNodesChange = useCallback(
    (changes: NodeChange<StateNodeType>[]) => {
      const moved = new Map<string, Point>();
      let ended = false;
      let resized = false;
      for (const change of changes) {
        if (change.type === 'position') {
          if (change.position) moved.set(change.id, change.position);
          if (change.dragging === false) ended = true;
        } else if (change.type === 'dimensions' && change.dimensions) {
          const old = sizes.current.get(change.id);
          if (old?.width !== change.dimensions.width || old?.height !== change.dimensions.height) {
            sizes.current.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
            resized = true;
          }
        }
      }
      applySelectChanges(store, flowStore.getState(), last.current?.edges ?? [], changes);
      if (moved.size > 0) preview(service, (d) => moveStates(d, moved));
      if (ended) commitPreview(service, 'state.move');
      if (resized) sizesChanged();
    },
    [service, store, flowStore, preview, commitPreview],
  );
  // Transitions are drawn by TransitionLayer, not by React Flow, so their selection is kept here
  // the way React Flow keeps an edge's: a click selects one (or adds it, with a modifier held, or
  // takes it out again), Escape unselects it, a click on a blank part unselects all.
  const onSelectTransition = useCallback(
    (id: string, { selected, additive }: { selected: boolean; additive: boolean }) => {
      const current = store.getState().selection;
      flowStore.setState({ nodesSelectionActive: false });
      const multi = additive || flowStore.getState().multiSelectionActive;
      if (!selected || (multi && current.transitions.includes(id))) store.getState().select({ ...current, transitions: current.transitions.filter((t) => t !== id) });
      else if (multi) store.getState().select({ ...current, transitions: [...current.transitions, id] });
      else store.getState().select({ states: [], transitions: [id] });
    },
    [store, flowStore],
  );
  const clearTransitions = useCallback(() => {
    const current = store.getState().selection;
    if (current.transitions.length) store.getState().select({ ...current, transitions: [] });
  }, [store]);
  const onConnect = useCallback((c: Connection) => setDialog({ kind: 'connect', from: c.source, to: c.target }), []);

  const openMenu = useCallback(
    (event: MouseEvent | ReactMouseEvent, target: MenuTarget) => {
      event.preventDefault();
      const at = { x: event.clientX, y: event.clientY };
      setMenu({ at, flowAt: flowApi.screenToFlowPosition(at), target });
    },
    [flowApi],
  );
  const onPaneContextMenu = useCallback((event: MouseEvent | ReactMouseEvent) => openMenu(event, { kind: 'pane' }), [openMenu]);
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: StateNodeType) => {
      // The menu acts on the selection when the state is part of it, so select it if it is not.
      if (!store.getState().selection.states.includes(node.id)) store.getState().select({ states: [node.id] });
      openMenu(event, { kind: 'state', name: node.id });
    },
    [openMenu, store],
  );
  const onTransitionContextMenu = useCallback(
    (event: ReactMouseEvent, id: string) => {
      if (!store.getState().selection.transitions.includes(id)) store.getState().select({ transitions: [id] });
      openMenu(event, { kind: 'edge', id });
    },
    [openMenu, store],
  );
  const closeMenu = useCallback(() => setMenu(null), []);

  const fitView = useCallback(() => void flowApi.fitView({ ...FIT, duration: 200 }), [flowApi]);
  const actions: MenuActions = {
    addState: (at) => setDialog({ kind: 'add', at }),
    sendEvent: (state) => openModal({ type: 'send-event', service, ...(state ? { state } : {}) }),
    run: () => openModal({ type: 'run', service }),
    paste: (at) => commands.paste(at),
    canPaste: hasClipboard(),
    autoLayout: () => {
      commands.layout(sizes.current);
      requestAnimationFrame(fitView);
    },
    fitView,
    setStart: (name) => commands.setStartState(name),
    toggleWaiting: (name) => commands.toggleWaiting(name),
    rename: (name) => {
      const state = doc.states.find((s) => s.name === name);
      if (state) setDialog({ kind: 'rename', name, initial: state.displayName || state.name });
    },
    remove: (target) => {
      const { selection: current } = store.getState();
      if (target.kind === 'state') commands.remove(current.states.includes(target.name) ? current.states : [target.name], current.states.includes(target.name) ? current.transitions : []);
      else if (target.kind === 'edge') commands.remove(current.transitions.includes(target.id) ? current.states : [], current.transitions.includes(target.id) ? current.transitions : [target.id]);
    },
    copy: (name) => {
      const { selection: current } = store.getState();
      commands.copy(current.states.includes(name) ? current.states : [name]);
    },
  };

  const addInMiddle = () => {
    const box = container.current!.getBoundingClientRect();
    const middle = flowApi.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    setDialog({ kind: 'add', at: { x: middle.x - DEFAULT_STATE_SIZE.width / 2, y: middle.y - DEFAULT_STATE_SIZE.height / 2 } });
  };

  return (
    <div className={['canvas', open.previewBase ? 'is-dragging' : '', far ? 'is-far' : ''].filter(Boolean).join(' ')} aria-label={`Canvas of ${service}`} ref={container}>
      <ReactFlow
        nodes={flow.nodes}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onPaneClick={clearTransitions}
        onSelectionStart={clearTransitions}
        onPaneContextMenu={onPaneContextMenu}
        onNodeContextMenu={onNodeContextMenu}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        connectionRadius={30}
        fitView={fitOnOpen}
        fitViewOptions={FIT}
        minZoom={0.1}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
      >
        <TransitionLayer nodes={flow.nodes} edges={flow.edges} onSelect={onSelectTransition} onContextMenu={onTransitionContextMenu} />
        <Background />
        <MiniMap pannable zoomable nodeColor="#4d6a91" maskColor="rgba(0, 0, 0, 0.45)" ariaLabel="Minimap" />
        <Controls />
      </ReactFlow>
      {doc.states.length === 0 && (
        <button type="button" className="canvas-add-first" onClick={addInMiddle}>
          Add New State
        </button>
      )}
      {menu && <ContextMenu at={menu.at} label={menu.target.kind === 'pane' ? 'Canvas' : menu.target.kind === 'state' ? 'State' : 'Transition'} items={menuItems(menu, actions)} onClose={closeMenu} />}
      {dialog?.kind === 'add' && (
        <PromptDialog
          title="Add State"
          label="Name"
          submitLabel="Save State"
          onCancel={() => setDialog(null)}
          onSubmit={(name) => {
            setDialog(null);
            commands.addState(name, dialog.at);
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <PromptDialog
          title="Rename State"
          label="Name"
          submitLabel="OK"
          initial={dialog.initial}
          onCancel={() => setDialog(null)}
          onSubmit={(name) => {
            setDialog(null);
            commands.renameState(dialog.name, name);
          }}
        />
      )}
      {dialog?.kind === 'connect' && (
        <PromptDialog
          title="New Transition"
          label="Event"
          submitLabel="OK"
          allowBlank
          onCancel={() => setDialog(null)}
          onSubmit={(event) => {
            setDialog(null);
            commands.connect(dialog.from, dialog.to, event);
          }}
        />
      )}
    </div>
  );
}

/**
 * Applies React Flow's selection changes of states to the store's selection, and to transitions
 * what React Flow would do to its edges: a state selected without a modifier unselects them, and a
 * selection box selects the transitions of the states in it.
 */
function applySelectChanges(store: ReturnType<typeof useStudioStore>, flow: Pick<ReactFlowState, 'userSelectionRect' | 'multiSelectionActive'>, edges: readonly TransitionEdgeType[], changes: readonly NodeChange[]) {
  const selection = store.getState().selection;
  const chosen = new Set(selection.states);
  let changed = false;
  let added = false;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    added ||= change.selected;
    if (chosen.has(change.id) === change.selected) continue;
    if (change.selected) chosen.add(change.id);
    else chosen.delete(change.id);
    changed = true;
  }
  let transitions = selection.transitions;
  if (flow.userSelectionRect) {
    if (changed) transitions = edges.filter((e) => chosen.has(e.source) || chosen.has(e.target)).map((e) => e.id);
  } else if (added && !flow.multiSelectionActive) transitions = [];
  if (changed || transitions !== selection.transitions) store.getState().select({ states: [...chosen], transitions });
}
