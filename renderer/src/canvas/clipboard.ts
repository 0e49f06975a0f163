// The in-app clipboard of states. It lives outside the store: copying is not an edit, needs no
// undo, and states copied from one service can be pasted into another.
import type { FluxDocument, FluxState } from '../../../shared/model';

/** How far each successive Ctrl+V lands from the states copied, so pastes do not pile up. */
export const PASTE_STEP = 40;

export interface ClipboardContent {
  states: FluxState[];
  /** How many times it was pasted by keyboard since it was copied. */
  pastes: number;
}

let content: ClipboardContent | undefined;

/** Deep copies of the named states, in document order, transitions included (pasteStates filters them). */
export function statesToCopy(doc: FluxDocument, names: Iterable<string>): FluxState[] {
  const wanted = new Set(names);
  return doc.states.filter((s) => wanted.has(s.name)).map((s) => structuredClone(s));
}

/**
 * The offset that puts the copied states' top-left corner at `at` (a paste from the context
 * menu), or one step further from the originals for each keyboard paste.
 */
export function pasteOffset(states: readonly FluxState[], pastes: number, at?: { x: number; y: number }): { x: number; y: number } {
  if (!at || states.length === 0) return { x: PASTE_STEP * pastes, y: PASTE_STEP * pastes };
  const left = Math.min(...states.map((s) => s.x));
  const top = Math.min(...states.map((s) => s.y));
  return { x: Math.round(at.x - left), y: Math.round(at.y - top) };
}

export function copyToClipboard(states: FluxState[]): void {
  content = states.length > 0 ? { states, pastes: 0 } : content;
}

/** What was copied, counting a keyboard paste; undefined when nothing was. */
export function takeForPaste(): ClipboardContent | undefined {
  if (!content) return undefined;
  content = { ...content, pastes: content.pastes + 1 };
  return content;
}

export function hasClipboard(): boolean {
  return content !== undefined;
}
