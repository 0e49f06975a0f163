import { useEffect, type RefObject } from 'react';
import { isTyping } from '../shortcuts/useGlobalShortcuts';
import type { StudioStore } from '../store/store';
import type { CanvasCommands } from './canvasCommands';

/**
 * Delete, Ctrl+A, Ctrl+C and Ctrl+V on the canvas. They act when the focus is on the canvas or on
 * nothing in particular (the page), never in a field, an editor, a dialog, or another pane that
 * has its own meaning for them (Ctrl+A in the console selects its text).
 */
export function useCanvasKeys(container: RefObject<HTMLElement | null>, store: StudioStore, commands: CanvasCommands): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.altKey || isTyping(target) || document.querySelector('dialog[open]')) return;
      const onCanvas = target === document.body || (target instanceof Node && container.current?.contains(target) === true);
      if (!onCanvas) return;
      const { selection } = store.getState();
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (!ctrl && (key === 'delete' || key === 'backspace')) commands.remove(selection.states, selection.transitions);
      else if (ctrl && key === 'a') commands.selectAll();
      else if (ctrl && key === 'c') {
        // Text the user selected on the page is theirs to copy.
        if (!window.getSelection()?.isCollapsed) return;
        commands.copy(selection.states);
      } else if (ctrl && key === 'v') commands.paste();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [container, store, commands]);
}
