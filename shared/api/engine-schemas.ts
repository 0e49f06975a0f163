// The engine's part of FluxApi: running services, sending events, watching runs.
import { z } from 'zod';
import { APP_COMMANDS } from '../menu';
import { request } from './request-spec';
import { ServiceName } from './schemas';

const Vars = z.record(z.string(), z.unknown());
const EventName = z.string().trim().min(1, 'an event needs a name').max(500);
const Tags = z.array(z.string().trim().min(1).max(500)).max(100);

export const RunStatus = z.enum(['RUNNING', 'WAITING', 'SLEEPING', 'COMPLETED', 'FAILED', 'TERMINATED']);
export type RunStatus = z.infer<typeof RunStatus>;

export const RunError = z.object({ code: z.string(), message: z.string(), state: z.string().optional() });

/** A run as the Runs tab lists it. */
export const RunSummary = z.object({
  id: z.string(),
  service: z.string(),
  status: RunStatus,
  state: z.string(),
  tags: z.array(z.string()),
  trigger: z.string().optional(),
  parent: z.string().optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
  endedAt: z.number().optional(),
  error: RunError.optional(),
});
export type RunSummary = z.infer<typeof RunSummary>;

/** A state entered, an event received or a transition taken, with when and why. */
export const RunHistoryEntry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), time: z.number(), state: z.string() }),
  z.object({ type: z.literal('event'), time: z.number(), state: z.string(), event: z.string() }),
  z.object({ type: z.literal('transition'), time: z.number(), from: z.string(), to: z.string(), event: z.string().optional(), reason: z.string() }),
]);
export type RunHistoryEntry = z.infer<typeof RunHistoryEntry>;

/** One run in full: its context and the path it took. */
export const RunDetail = RunSummary.extend({
  inputs: Vars,
  outputs: Vars,
  context: z.object({ states: z.record(z.string(), z.object({ input: Vars, output: Vars })), fluxEvent: z.unknown(), timers: z.array(z.unknown()) }),
  history: z.array(RunHistoryEntry),
});
export type RunDetail = z.infer<typeof RunDetail>;

/** An external event (FLUX.md "Sending an external event"). */
export const FluxEventInput = z.object({ event: EventName, inputs: Vars.optional(), tags: Tags.optional() });
export type FluxEventInput = z.infer<typeof FluxEventInput>;

/** What an event did, or would do: the runs started and resumed, and who refused it and why. */
export const SendEventResult = z.object({
  started: z.array(z.object({ service: z.string(), run: z.string() })),
  resumed: z.array(z.object({ service: z.string(), run: z.string() })),
  rejected: z.array(z.object({ service: z.string(), run: z.string().optional(), reasons: z.array(z.string()) })),
  unmatched: z.object({ message: z.string(), nearest: z.string().optional() }).optional(),
});
export type SendEventResult = z.infer<typeof SendEventResult>;

/** What an event would do if sent now: the services it would start and the runs it would resume. */
export const EventPreview = z.object({
  starts: z.array(z.object({ service: z.string(), problems: z.array(z.string()) })),
  resumes: z.array(z.object({ service: z.string(), run: z.string(), state: z.string(), problems: z.array(z.string()) })),
  nearest: z.string().optional(),
});
export type EventPreview = z.infer<typeof EventPreview>;

/** Every event name something in the workspace takes: triggers and what waiting runs wait for. */
export const EventCatalog = z.object({
  triggers: z.array(z.object({ event: z.string(), services: z.array(z.string()) })),
  waiting: z.array(z.object({ event: z.string(), runs: z.number() })),
});
export type EventCatalog = z.infer<typeof EventCatalog>;

export const ExecuteResult = z.union([
  z.object({ started: z.literal(true), run: z.string() }),
  z.object({ started: z.literal(false), reasons: z.array(z.string()) }),
]);
export type ExecuteResult = z.infer<typeof ExecuteResult>;

/** A change to a run, streamed to the Runs tab. */
export const RunChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run-started'), run: RunSummary }),
  z.object({ type: z.literal('run-updated'), run: RunSummary }),
  z.object({ type: z.literal('run-finished'), run: RunSummary }),
  z.object({ type: z.literal('run-removed'), id: z.string() }),
]);
export type RunChange = z.infer<typeof RunChange>;

export const engineRequests = {
  'engine:execute': request(
    z.object({ service: ServiceName, inputs: Vars.optional(), startState: z.string().optional(), tags: Tags.optional() }),
    ExecuteResult,
  ),
  'engine:send-event': request(FluxEventInput, SendEventResult),
  'engine:preview-event': request(FluxEventInput, EventPreview),
  'engine:event-catalog': request(z.object({}), EventCatalog),
  'engine:list-runs': request(
    z.object({ service: z.string().optional(), status: z.union([RunStatus, z.array(RunStatus)]).optional(), tag: z.string().optional(), limit: z.number().int().positive().max(100_000).optional() }),
    z.object({ runs: z.array(RunSummary) }),
  ),
  'engine:get-run': request(z.object({ id: z.string().min(1) }), RunDetail),
  'engine:terminate': request(z.object({ id: z.string().min(1) }), z.object({ terminated: z.boolean() })),
} as const;

export const engineEvents = {
  'run:changes': z.object({ changes: z.array(RunChange) }),
  /** A command from the Electron app's native menu (the browser edition's menu bar runs them in the page). */
  'app:command': z.object({ command: z.enum(APP_COMMANDS) }),
} as const;
