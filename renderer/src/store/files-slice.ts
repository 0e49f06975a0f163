import type { StateCreator } from 'zustand/vanilla';
import { FluxApiError, type ServiceFile, type WorkspaceChanged } from '../../../shared/api';
import { parseFlux, type FluxDocument } from '../../../shared/model';
import { emptyHistory } from '../document/history';
import { isDirty } from './documents-slice';
import { emptySelection } from './selection-slice';
import type { StudioState } from './store';

/** What the user was doing when the studio had to ask about unsaved edits; it goes on once they answer. */
export type PendingAction =
  | { type: 'open-service'; name: string }
  | { type: 'close-service'; name: string }
  | { type: 'open-folder'; root: string };

/** A question the studio asks before it can go on; the file dialogs render the first one. */
export type FilePrompt =
  | { type: 'unsaved'; services: string[]; then: PendingAction }
  | { type: 'changed-on-disk'; service: string; file: ServiceFile };

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type DiskAnswer = 'reload' | 'keep';

export interface FilesSlice {
  prompts: FilePrompt[];
  /** Opens a service; asks first when the one shown has unsaved edits. */
  openService(name: string): Promise<void>;
  /** Closes a service (forgets its edits); asks first when it has unsaved ones. */
  closeService(name: string): Promise<void>;
  createService(name: string): Promise<boolean>;
  renameService(name: string, newName: string): Promise<boolean>;
  deleteService(name: string): Promise<boolean>;
  /** Opens another workspace folder; asks first when any service has unsaved edits. */
  openFolder(root: string): Promise<boolean>;
  answerUnsaved(answer: UnsavedAnswer): Promise<void>;
  answerDiskChange(answer: DiskAnswer): void;
  /** Takes the watcher's news: refreshes the list, reloads clean services, asks about edited ones. */
  workspaceChanged(event: WorkspaceChanged): Promise<void>;
  /** Compares a service with its file, as after a save refused for a conflict. */
  checkDisk(service: string): Promise<void>;
  /**
   * Text typed in the Source tab: when it parses, it becomes the document as one 'source.edit' step.
   * Returns the document applied (the very object the store now holds), or null.
   */
  applySourceText(service: string, text: string): FluxDocument | null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const createFilesSlice: StateCreator<StudioState, [], [], FilesSlice> = (set, get) => {
  const refreshList = async () => {
    const { services } = await get().api.request('service:list', {});
    set({ services });
  };
  const fail = (what: string, error: unknown) => {
    set({ error: `${what}: ${describe(error)}` });
    return false;
  };
  const dirtyOnes = (names: Iterable<string>) => [...names].filter((n) => isDirty(get().documents[n]));
  const forget = (name: string) =>
    set((s) => {
      const { [name]: _gone, ...documents } = s.documents;
      return { documents };
    });
  const ask = (prompt: FilePrompt) => set((s) => ({ prompts: [...s.prompts, prompt] }));
  /** Puts a document back as its file holds it, dropping edits (Discard). */
  const revert = (name: string) => {
    const open = get().documents[name];
    if (open) get().loadDocument({ name, path: open.path, text: open.savedText, mtimeMs: open.mtimeMs });
  };

  const run = async (action: PendingAction): Promise<void> => {
    switch (action.type) {
      case 'open-service':
        await get().selectService(action.name);
        return;
      case 'close-service': {
        forget(action.name);
        if (get().selectedService === action.name) set({ selectedService: undefined, selection: emptySelection });
        return;
      }
      case 'open-folder': {
        try {
          await get().api.request('workspace:open', { root: action.root });
        } catch (error) {
          fail(`Could not open ${action.root}`, error);
          return;
        }
        set({ documents: {}, selectedService: undefined, selection: emptySelection, prompts: [] });
        await get().loadWorkspace();
        return;
      }
    }
  };

  const guarded = async (services: string[], then: PendingAction) => {
    const dirty = dirtyOnes(services);
    if (dirty.length > 0) ask({ type: 'unsaved', services: dirty, then });
    else await run(then);
  };

  return {
    prompts: [],

    async openService(name) {
      const current = get().selectedService;
      if (current === name) return;
      await guarded(current ? [current] : [], { type: 'open-service', name });
    },

    async closeService(name) {
      await guarded([name], { type: 'close-service', name });
    },

    async createService(name) {
      try {
        const file = await get().api.request('service:create', { name });
        await refreshList();
        get().loadDocument(file);
        await get().openService(name);
        return true;
      } catch (error) {
        return fail(`Could not create ${name}`, error);
      }
    },

    async renameService(name, newName) {
      try {
        const renamed = await get().api.request('service:rename', { name, newName });
        // Unsaved edits move with the service: only its name and path change.
        set((s) => {
          const open = s.documents[name];
          if (!open) return {};
          const { [name]: _old, ...documents } = s.documents;
          return { documents: { ...documents, [newName]: { ...open, name: newName, path: renamed.path } } };
        });
        if (get().selectedService === name) set({ selectedService: newName });
        await refreshList();
        return true;
      } catch (error) {
        return fail(`Could not rename ${name}`, error);
      }
    },

    async deleteService(name) {
      try {
        await get().api.request('service:delete', { name });
        forget(name);
        await refreshList();
        if (get().selectedService === name) {
          set({ selectedService: undefined, selection: emptySelection });
          const first = get().services[0];
          if (first) await get().selectService(first.name);
        }
        return true;
      } catch (error) {
        return fail(`Could not delete ${name}`, error);
      }
    },

    async openFolder(root) {
      await guarded(Object.keys(get().documents), { type: 'open-folder', root });
      return true;
    },

    async answerUnsaved(answer) {
      const [prompt, ...rest] = get().prompts;
      if (prompt?.type !== 'unsaved') return;
      set({ prompts: rest });
      if (answer === 'cancel') return;
      for (const name of prompt.services) {
        if (answer === 'discard') revert(name);
        else await get().save(name);
      }
      // A save that failed (a conflict, a file that does not parse) leaves edits: stop and show why.
      if (answer === 'save' && dirtyOnes(prompt.services).length > 0) return;
      await run(prompt.then);
    },

    answerDiskChange(answer) {
      const [prompt, ...rest] = get().prompts;
      if (prompt?.type !== 'changed-on-disk') return;
      set({ prompts: rest });
      const open = get().documents[prompt.service];
      if (!open) return;
      if (answer === 'reload') {
        get().loadDocument(prompt.file);
        return;
      }
      // Keep Mine: the edits stay unsaved, and the next save replaces the file the user has seen changed.
      set((s) => ({ documents: { ...s.documents, [prompt.service]: { ...open, mtimeMs: prompt.file.mtimeMs } } }));
    },

    async workspaceChanged(event) {
      if (event.root !== get().workspace?.root) return;
      if (event.changes.some((c) => c.kind !== 'changed')) await refreshList().catch(() => undefined);
      for (const change of event.changes) {
        const open = get().documents[change.name];
        if (!open) continue;
        if (change.kind === 'removed') {
          if (isDirty(open)) {
            set({ error: `${open.path} was deleted by another program; your unsaved edits are kept: save to write it again.` });
          } else {
            forget(change.name);
            if (get().selectedService === change.name) set({ selectedService: undefined, selection: emptySelection });
          }
          continue;
        }
        if (change.mtimeMs !== open.mtimeMs) await get().checkDisk(change.name);
      }
    },

    async checkDisk(service) {
      let file: ServiceFile;
      try {
        file = await get().api.request('service:read', { name: service });
      } catch (error) {
        if (error instanceof FluxApiError && error.code === 'not-found') return;
        fail(`Could not read ${service}`, error);
        return;
      }
      const open = get().documents[service];
      if (!open) return;
      if (file.text === open.savedText) {
        // The same bytes (touched, or written back unchanged): keep the history, note the new time.
        set((s) => ({ documents: { ...s.documents, [service]: { ...open, mtimeMs: file.mtimeMs } } }));
        return;
      }
      if (!isDirty(open) && get().prompts.every((p) => p.type !== 'changed-on-disk' || p.service !== service)) {
        get().loadDocument(file);
        return;
      }
      // Edits here and a change there: the user chooses; a newer change replaces an older question.
      set((s) => ({
        prompts: [...s.prompts.filter((p) => p.type !== 'changed-on-disk' || p.service !== service), { type: 'changed-on-disk', service, file }],
      }));
    },

    applySourceText(service, text) {
      const open = get().documents[service];
      if (!open) return null;
      const { document } = parseFlux(text);
      if (!document) return null;
      if (open.doc) {
        get().edit(service, 'source.edit', () => document);
      } else {
        // The file did not parse, so there is no document to step back to: the first one that parses starts the history.
        set((s) => ({ documents: { ...s.documents, [service]: { ...open, doc: document, parseDiagnostics: [], history: emptyHistory() } } }));
      }
      return document;
    },
  };
};
