import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FluxApi, ServiceSummary, WorkspaceInfo } from '../../../shared/api';
import { createConsoleSlice, type ConsoleSlice } from './console-slice';
import { createDocumentsSlice, type DocumentsSlice } from './documents-slice';
import { createFilesSlice, type FilesSlice } from './files-slice';
import { createSelectionSlice, emptySelection, type SelectionSlice } from './selection-slice';
import { createPanelSlice, type PanelSlice } from './panel-slice';
import { createRunsSlice, type RunsSlice } from './runs-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export { CONSOLE_LIMIT } from './console-slice';

export interface WorkspaceSlice {
  api: FluxApi;
  workspace?: WorkspaceInfo;
  services: ServiceSummary[];
  selectedService?: string;
  /** The last failure a user should see, shown in a banner. */
  error?: string;
  loadWorkspace(): Promise<void>;
  /** Shows a service on the canvas, reading it from disk the first time. */
  selectService(name: string): Promise<void>;
  dismissError(): void;
}

/** The renderer's one store, built from slices; every backend call goes through `api`. */
export type StudioState = WorkspaceSlice & DocumentsSlice & FilesSlice & SelectionSlice & ConsoleSlice & UiSlice & RunsSlice & PanelSlice;
export type StudioStore = StoreApi<StudioState>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createStudioStore(api: FluxApi): StudioStore {
  return createStore<StudioState>()((set, get, store) => ({
    ...createDocumentsSlice(set, get, store),
    ...createFilesSlice(set, get, store),
    ...createSelectionSlice(set, get, store),
    ...createConsoleSlice(set, get, store),
    ...createUiSlice(set, get, store),
    ...createRunsSlice(set, get, store),
    ...createPanelSlice(set, get, store),
    api,
    services: [],

    async loadWorkspace() {
      try {
        const [workspace, { services }, { records }] = await Promise.all([
          api.request('workspace:info', {}),
          api.request('service:list', {}),
          api.request('log:recent', {}),
        ]);
        set({ workspace, services, error: undefined });
        get().appendLogs(records);
        const first = services[0];
        if (first && !get().selectedService) await get().selectService(first.name);
      } catch (error) {
        set({ error: `Could not open the workspace: ${describe(error)}` });
      }
    },

    async selectService(name) {
      set({ selectedService: name, selection: emptySelection });
      if (get().documents[name]) return;
      try {
        get().loadDocument(await api.request('service:read', { name }));
      } catch (error) {
        set({ error: `Could not open ${name}: ${describe(error)}` });
      }
    },

    dismissError() {
      set({ error: undefined });
    },
  }));
}
