import { useEffect } from 'react';
import type { StudioStore } from '../store/store';

/** Whether a key event belongs to a text field or a code editor, which keep their own keys. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.nokey') !== null;
}

/**
 * Ctrl+Z, Ctrl+Shift+Z (and Ctrl+Y), Ctrl+S and Ctrl+Shift+E (Send Flux Event) for the selected
 * service, wherever the focus is but in an editor (undo and redo there stay the editor's).
 */
export function useGlobalShortcuts(store: StudioStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const state = store.getState();
      const service = state.selectedService;
      const key = event.key.toLowerCase();
      if (key === 'e' && event.shiftKey) {
        event.preventDefault();
        state.openModal({ type: 'send-event', service });
        return;
      }
      if (!service) return;
      if (key === 's') {
        event.preventDefault();
        void state.save(service);
        return;
      }
      if (isTyping(event.target)) return;
      if (key === 'z' && !event.shiftKey) state.undo(service);
      else if ((key === 'z' && event.shiftKey) || key === 'y') state.redo(service);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
