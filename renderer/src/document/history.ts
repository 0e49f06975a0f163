import type { FluxDocument } from '../../../shared/model';

/** One step of the history: the command's name (`state.add`) and the document before and after. */
export interface HistoryEntry {
  command: string;
  before: FluxDocument;
  after: FluxDocument;
}

/** Undo and redo stacks; the documents are immutable, so an entry costs two references. */
export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** How many steps are kept; older ones fall off. */
export const HISTORY_LIMIT = 500;

/** Records an edit: a new entry on the past, and the future is gone. An edit that changed nothing is not recorded. */
export function record(history: History, entry: HistoryEntry): History {
  if (entry.before === entry.after) return history;
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
}

/** Steps back: the document to show, or undefined when there is nothing to undo. */
export function undo(history: History): { history: History; doc: FluxDocument; entry: HistoryEntry } | undefined {
  const entry = history.past.at(-1);
  if (!entry) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [entry, ...history.future] }, doc: entry.before, entry };
}

/** Steps forward again. */
export function redo(history: History): { history: History; doc: FluxDocument; entry: HistoryEntry } | undefined {
  const entry = history.future[0];
  if (!entry) return undefined;
  return { history: { past: [...history.past, entry], future: history.future.slice(1) }, doc: entry.after, entry };
}
