// The canvas's commands, each one named step on the service's history. They read the store when
// they run, so the canvas's callbacks can stay stable however often the document changes.
import {
  addState,
  connect,
  deleteStates,
  deleteTransitions,
  parseTransitionId,
  pasteStates,
  renameState,
  setStartState,
  toggleWaiting,
  transitionId,
} from '../document/edits';
import { layoutStates, type Size } from '../document/layout';
import type { StudioStore } from '../store/store';
import { copyToClipboard, pasteOffset, statesToCopy, takeForPaste } from './clipboard';

type Point = { x: number; y: number };

/** The commands of the canvas on the selected service of `store`. */
export function canvasCommands(store: StudioStore) {
  const current = () => {
    const state = store.getState();
    const service = state.selectedService;
    const doc = service ? state.documents[service]?.doc : undefined;
    return service && doc ? { state, service, doc } : undefined;
  };

  return {
    /** Adds a state where the user asked; it becomes the selection. */
    addState(displayName: string, at: Point) {
      const c = current();
      if (!c) return;
      let name = '';
      c.state.edit(c.service, 'state.add', (doc) => {
        const result = addState(doc, displayName, at);
        name = result.name;
        return result.doc;
      });
      store.getState().select({ states: [name] });
    },

    renameState(oldName: string, displayName: string) {
      const c = current();
      if (!c) return;
      let name = oldName;
      c.state.edit(c.service, 'state.rename', (doc) => {
        const result = renameState(doc, oldName, displayName);
        name = result.name;
        return result.doc;
      });
      store.getState().select({ states: [name] });
    },

    setStartState(name: string) {
      const c = current();
      if (c && c.doc.startState !== name) c.state.edit(c.service, 'state.set-start', (doc) => setStartState(doc, name));
    },

    toggleWaiting(name: string) {
      const c = current();
      if (c) c.state.edit(c.service, 'state.toggle-waiting', (doc) => toggleWaiting(doc, name));
    },

    connect(from: string, to: string, event: string) {
      const c = current();
      if (!c) return;
      let id = '';
      c.state.edit(c.service, 'transition.connect', (doc) => {
        const result = connect(doc, from, to, event);
        id = transitionId(result.ref);
        return result.doc;
      });
      store.getState().select({ transitions: [id] });
    },

    /** Deletes states and transitions (ids `from#index`) as one step. */
    remove(states: readonly string[], transitions: readonly string[]) {
      const c = current();
      if (!c || (states.length === 0 && transitions.length === 0)) return;
      const refs = transitions.map(parseTransitionId).filter((r) => c.doc.states.find((s) => s.name === r.from)?.transitions?.[r.index]);
      // Transitions first: their indexes refer to the document before any state goes.
      c.state.edit(c.service, states.length > 0 ? 'state.delete' : 'transition.delete', (doc) => deleteStates(deleteTransitions(doc, refs), states));
      store.getState().clearSelection();
    },

    copy(names: readonly string[]) {
      const c = current();
      if (c) copyToClipboard(statesToCopy(c.doc, names));
    },

    /** Pastes what was copied: at `at` (from the menu), or offset from the originals (Ctrl+V). */
    paste(at?: Point) {
      const c = current();
      const copied = takeForPaste();
      if (!c || !copied) return;
      const offset = pasteOffset(copied.states, copied.pastes, at);
      let names: string[] = [];
      c.state.edit(c.service, 'state.paste', (doc) => {
        const result = pasteStates(doc, copied.states, offset);
        names = result.names;
        return result.doc;
      });
      store.getState().select({ states: names });
    },

    /** Arranges the selected states, or all of them when fewer than two are selected. */
    layout(sizes: ReadonlyMap<string, Size>) {
      const c = current();
      if (c) c.state.edit(c.service, 'state.layout', (doc) => layoutStates(doc, { names: c.state.selection.states, sizes }));
    },

    selectAll() {
      const c = current();
      if (!c) return;
      store.getState().select({
        states: c.doc.states.map((s) => s.name),
        transitions: c.doc.states.flatMap((s) => (s.transitions ?? []).map((_, index) => transitionId({ from: s.name, index }))),
      });
    },
  };
}

export type CanvasCommands = ReturnType<typeof canvasCommands>;
