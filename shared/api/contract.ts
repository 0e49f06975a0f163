import { z } from 'zod';
import {
  ChosenFolder,
  LogRecord,
  SaveResult,
  ServiceFile,
  ServiceName,
  ServiceSummary,
  WorkspaceChanged,
  WorkspaceInfo,
} from './schemas';
import { engineEvents, engineRequests } from './engine-schemas';
import { request } from './request-spec';
import { savedEventRequests } from './saved-event-schemas';

/**
 * The FluxApi: every request the renderer may make and every event the backend may push, each with
 * its payload schema. The IPC handlers, the preload, the WebSocket transport and the client are all
 * derived from this one object, so a channel cannot exist on one side only.
 */
export const contract = {
  requests: {
    'workspace:info': request(z.object({}), WorkspaceInfo),
    'service:list': request(z.object({}), z.object({ services: z.array(ServiceSummary) })),
    'service:read': request(z.object({ name: ServiceName }), ServiceFile),
    'service:save': request(
      z.object({ name: ServiceName, text: z.string().max(50_000_000), expectedMtimeMs: z.number().optional() }),
      SaveResult,
    ),
    'service:create': request(z.object({ name: ServiceName }), ServiceFile),
    'service:rename': request(z.object({ name: ServiceName, newName: ServiceName }), ServiceSummary),
    'service:delete': request(z.object({ name: ServiceName }), z.object({ name: z.string() })),
    'workspace:open': request(z.object({ root: z.string().min(1).max(4096) }), WorkspaceInfo),
    /** The host's native folder picker (Electron); the browser edition answers `unsupported`. */
    'workspace:choose-folder': request(z.object({}), ChosenFolder),
    'log:recent': request(z.object({}), z.object({ records: z.array(LogRecord) })),
    ...engineRequests,
    ...savedEventRequests,
  },
  events: {
    'log:batch': z.object({ records: z.array(LogRecord) }),
    'workspace:changed': WorkspaceChanged,
    ...engineEvents,
  },
} as const;

type Requests = typeof contract.requests;
type Events = typeof contract.events;

export type RequestChannel = keyof Requests;
export type EventChannel = keyof Events;
export type RequestInput<C extends RequestChannel> = z.input<Requests[C]['input']>;
export type RequestOutput<C extends RequestChannel> = z.output<Requests[C]['output']>;
export type EventPayload<C extends EventChannel> = z.output<Events[C]>;

export const requestChannels = Object.keys(contract.requests) as RequestChannel[];
export const eventChannels = Object.keys(contract.events) as EventChannel[];

export function isRequestChannel(channel: string): channel is RequestChannel {
  return Object.hasOwn(contract.requests, channel);
}
export function isEventChannel(channel: string): channel is EventChannel {
  return Object.hasOwn(contract.events, channel);
}

/** What the renderer sees: typed requests and event subscriptions, whatever the transport. */
export interface FluxApi {
  request<C extends RequestChannel>(channel: C, input: RequestInput<C>): Promise<RequestOutput<C>>;
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void;
}

/** What the backend implements: one handler per request, given the validated input. */
export type ApiHandlers = {
  [C in RequestChannel]: (input: z.output<Requests[C]['input']>) => Promise<RequestOutput<C>>;
};
