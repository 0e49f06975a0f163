import type { StateCreator } from 'zustand/vanilla';
import type { FluxEventInput, RunChange, RunDetail, RunSummary, SendEventResult } from '../../../shared/api';
import type { StudioState } from './store';

/** How many recently sent events the Send Flux Event dialog offers again. */
export const RECENT_EVENTS = 10;
const RECENT_KEY = 'flux-studio.recent-events';

export interface RunsSlice {
  /** Every run the engine reports, the newest first. */
  runs: RunSummary[];
  selectedRun?: string;
  /** The selected run in full (context and path), refreshed as it changes. */
  runDetail?: RunDetail;
  recentEvents: FluxEventInput[];
  loadRuns(): Promise<void>;
  applyRunChanges(changes: RunChange[]): void;
  selectRun(id: string | undefined): Promise<void>;
  terminateRun(id: string): Promise<void>;
  /** Sends an external event and remembers it among the recent ones. */
  sendEvent(event: FluxEventInput): Promise<SendEventResult | undefined>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readRecent(): FluxEventInput[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value) ? (value as FluxEventInput[]).slice(0, RECENT_EVENTS) : [];
  } catch {
    return [];
  }
}

const sameEvent = (a: FluxEventInput, b: FluxEventInput) => JSON.stringify(a) === JSON.stringify(b);

export const createRunsSlice: StateCreator<StudioState, [], [], RunsSlice> = (set, get) => {
  // Changes arrive in bursts; the detail of the selected run is fetched once per burst.
  let detailRequest = 0;
  const refreshDetail = async (id: string) => {
    const ticket = ++detailRequest;
    try {
      const detail = await get().api.request('engine:get-run', { id });
      if (ticket === detailRequest && get().selectedRun === id) set({ runDetail: detail });
    } catch {
      // The run was dropped from the engine's list: keep the last detail shown.
    }
  };

  return {
    runs: [],
    recentEvents: readRecent(),

    async loadRuns() {
      try {
        const { runs } = await get().api.request('engine:list-runs', {});
        set({ runs });
      } catch (error) {
        set({ error: `Could not list the runs: ${describe(error)}` });
      }
    },

    applyRunChanges(changes) {
      const byId = new Map(get().runs.map((r) => [r.id, r]));
      const order = get().runs.map((r) => r.id);
      for (const change of changes) {
        if (change.type === 'run-removed') {
          byId.delete(change.id);
          continue;
        }
        if (!byId.has(change.run.id)) order.unshift(change.run.id);
        byId.set(change.run.id, change.run);
      }
      set({ runs: order.filter((id) => byId.has(id)).map((id) => byId.get(id)!) });
      const selected = get().selectedRun;
      if (selected && changes.some((c) => (c.type === 'run-removed' ? c.id : c.run.id) === selected)) void refreshDetail(selected);
    },

    async selectRun(id) {
      set({ selectedRun: id, runDetail: undefined });
      if (!id) return;
      const summary = get().runs.find((r) => r.id === id);
      if (summary && summary.service !== get().selectedService) await get().selectService(summary.service);
      await refreshDetail(id);
    },

    async terminateRun(id) {
      try {
        await get().api.request('engine:terminate', { id });
      } catch (error) {
        set({ error: `Could not terminate run ${id}: ${describe(error)}` });
      }
    },

    async sendEvent(event) {
      try {
        const result = await get().api.request('engine:send-event', event);
        const recentEvents = [event, ...get().recentEvents.filter((e) => !sameEvent(e, event))].slice(0, RECENT_EVENTS);
        set({ recentEvents });
        globalThis.localStorage?.setItem(RECENT_KEY, JSON.stringify(recentEvents));
        return result;
      } catch (error) {
        set({ error: `Could not send ${event.event}: ${describe(error)}` });
        return undefined;
      }
    },
  };
};
