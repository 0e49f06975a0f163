import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FluxApi, LogRecord, ServiceFile, ServiceSummary, WorkspaceInfo } from '../../../shared/api';

/** The console keeps at most this many records; older ones are dropped and counted. */
export const CONSOLE_LIMIT = 100_000;

export interface OpenService {
  file: ServiceFile;
}

export interface StudioState {
  api: FluxApi;
  workspace?: WorkspaceInfo;
  services: ServiceSummary[];
  selectedService?: string;
  open: Record<string, OpenService>;
  error?: string;
  console: { records: LogRecord[]; dropped: number };

  loadWorkspace(): Promise<void>;
  selectService(name: string): Promise<void>;
  appendLogs(records: LogRecord[]): void;
}

export type StudioStore = StoreApi<StudioState>;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The renderer's one store; every backend call goes through the api it is given. */
export function createStudioStore(api: FluxApi): StudioStore {
  return createStore<StudioState>()((set, get) => ({
    api,
    services: [],
    open: {},
    console: { records: [], dropped: 0 },

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
      set({ selectedService: name });
      if (get().open[name]) return;
      try {
        const file = await api.request('service:read', { name });
        set((state) => ({ open: { ...state.open, [name]: { file } } }));
      } catch (error) {
        set({ error: `Could not open ${name}: ${describe(error)}` });
      }
    },

    appendLogs(records) {
      if (records.length === 0) return;
      set((state) => {
        const lastSeq = state.console.records.at(-1)?.seq ?? 0;
        const fresh = records.filter((r) => r.seq > lastSeq);
        const all = state.console.records.concat(fresh);
        const over = Math.max(0, all.length - CONSOLE_LIMIT);
        return { console: { records: over > 0 ? all.slice(over) : all, dropped: state.console.dropped + over } };
      });
    },
  }));
}
