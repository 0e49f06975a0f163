import type { RunData, RunDetail, RunFilter, RunSummary } from './types';

/** What listRuns shows of a run. */
export function summaryOf(run: RunData): RunSummary {
  return {
    id: run.id,
    service: run.service,
    status: run.status,
    state: run.state,
    tags: [...run.tags],
    ...(run.trigger !== undefined ? { trigger: run.trigger } : {}),
    ...(run.parent !== undefined ? { parent: run.parent } : {}),
    startedAt: run.startedAt,
    updatedAt: run.updatedAt,
    ...(run.endedAt !== undefined ? { endedAt: run.endedAt } : {}),
    ...(run.error !== undefined ? { error: { ...run.error } } : {}),
  };
}

/** What getRun shows: a copy, so a caller cannot change the engine's run. */
export function detailOf(run: RunData): RunDetail {
  const copy = structuredClone(run);
  return {
    ...summaryOf(copy),
    inputs: copy.inputs,
    outputs: copy.outputs,
    context: { states: copy.states, fluxEvent: copy.fluxEvent ?? null, timers: copy.timers },
    history: copy.history,
  };
}

/** True when the run passes every field the filter gives. */
export function matchesFilter(run: RunData, filter: RunFilter): boolean {
  if (filter.service !== undefined && run.service !== filter.service) return false;
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    if (!statuses.includes(run.status)) return false;
  }
  return filter.tag === undefined || run.tags.includes(filter.tag);
}
