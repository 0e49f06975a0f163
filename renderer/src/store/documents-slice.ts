import type { StateCreator } from 'zustand/vanilla';
import { FluxApiError, type ServiceFile } from '../../../shared/api';
import { parseFlux, serializeFlux, type Diagnostic, type FluxDocument } from '../../../shared/model';
import { emptyHistory, record, redo, undo, type History } from '../document/history';
import type { StudioState } from './store';

/** A service opened in the studio: its document as edited, what is on disk, and its history. */
export interface OpenDocument {
  name: string;
  path: string;
  /** The file's modification time when last read or saved, passed back on save to catch changes made elsewhere. */
  mtimeMs: number;
  /** The text on disk when last read or saved. */
  savedText: string;
  /** The document as edited; null while the file does not parse (it is then never overwritten). */
  doc: FluxDocument | null;
  /** The document as saved: the service has unsaved edits exactly when `doc !== savedDoc`. */
  savedDoc: FluxDocument | null;
  /** Why the file does not parse (empty when it does). */
  parseDiagnostics: Diagnostic[];
  history: History;
  /** The document before a drag began; the drag becomes one history step when it ends. */
  previewBase?: FluxDocument;
}

export interface DocumentsSlice {
  documents: Record<string, OpenDocument>;
  /** Takes a file as read from disk: parses it and starts a fresh history. */
  loadDocument(file: ServiceFile): void;
  /** Applies a named edit to a service's document as one undoable step. */
  edit(service: string, command: string, change: (doc: FluxDocument) => FluxDocument): void;
  /** Applies a transient change (a drag in progress) without a history step. */
  preview(service: string, change: (doc: FluxDocument) => FluxDocument): void;
  /** Ends a transient change: everything since the first preview becomes one step. */
  commitPreview(service: string, command: string): void;
  undo(service: string): void;
  redo(service: string): void;
  /** Writes the document in canonical form; refuses while it does not parse. */
  save(service: string): Promise<void>;
}

/** Whether a service has edits not yet saved. */
export const isDirty = (doc: OpenDocument | undefined): boolean => doc !== undefined && doc.doc !== doc.savedDoc;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const createDocumentsSlice: StateCreator<StudioState, [], [], DocumentsSlice> = (set, get) => {
  const update = (service: string, change: (open: OpenDocument) => OpenDocument | undefined) => {
    const open = get().documents[service];
    if (!open) return;
    const next = change(open);
    if (next && next !== open) set((state) => ({ documents: { ...state.documents, [service]: next } }));
  };

  return {
    documents: {},

    loadDocument(file) {
      const { document, diagnostics } = parseFlux(file.text);
      const open: OpenDocument = {
        name: file.name,
        path: file.path,
        mtimeMs: file.mtimeMs,
        savedText: file.text,
        doc: document,
        savedDoc: document,
        parseDiagnostics: document ? [] : diagnostics,
        history: emptyHistory(),
      };
      set((state) => ({ documents: { ...state.documents, [file.name]: open } }));
    },

    edit(service, command, change) {
      update(service, (open) => {
        if (!open.doc) return undefined;
        const after = change(open.doc);
        if (after === open.doc) return undefined;
        return { ...open, doc: after, history: record(open.history, { command, before: open.doc, after }) };
      });
    },

    preview(service, change) {
      update(service, (open) => {
        if (!open.doc) return undefined;
        const after = change(open.doc);
        return after === open.doc ? undefined : { ...open, doc: after, previewBase: open.previewBase ?? open.doc };
      });
    },

    commitPreview(service, command) {
      update(service, (open) => {
        if (!open.doc || !open.previewBase) return undefined;
        const { previewBase, ...rest } = open;
        return { ...rest, history: record(open.history, { command, before: previewBase, after: open.doc }) };
      });
    },

    undo(service) {
      update(service, (open) => {
        const step = undo(open.history);
        return step && { ...open, doc: step.doc, history: step.history };
      });
    },

    redo(service) {
      update(service, (open) => {
        const step = redo(open.history);
        return step && { ...open, doc: step.doc, history: step.history };
      });
    },

    async save(service) {
      const open = get().documents[service];
      if (!open) return;
      if (!open.doc) {
        set({ error: `${open.path} does not parse, so it is not saved: fix it in the Source tab or in another editor.` });
        return;
      }
      const doc = open.doc;
      const text = serializeFlux(doc);
      try {
        const saved = await get().api.request('service:save', { name: service, text, expectedMtimeMs: open.mtimeMs });
        update(service, (current) => ({ ...current, savedText: text, savedDoc: doc, mtimeMs: saved.mtimeMs }));
        set({ error: undefined });
      } catch (error) {
        set({ error: `Could not save ${open.path}: ${describe(error)}` });
        // Changed on disk since it was read: let the user choose between the two versions.
        if (error instanceof FluxApiError && error.code === 'conflict') await get().checkDisk(service);
      }
    },
  };
};
