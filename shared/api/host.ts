import { z } from 'zod';
import { contract, isRequestChannel, type ApiHandlers, type EventChannel, type EventPayload } from './contract';
import { FluxApiError, type Reply } from './errors';

export type EventListener = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => void;

/** The backend side of the contract, ready for any transport: answers requests and fans events out. */
export interface ApiHost {
  handle(channel: string, payload: unknown): Promise<Reply>;
  onEvent(listener: EventListener): () => void;
}

/** A source of backend events, as the backend exposes them. */
export interface EventSource {
  subscribe(listener: EventListener): () => void;
}

/**
 * Wraps the backend's handlers: checks the channel and validates every incoming payload against its
 * schema, so a bad request gets a typed error reply and never reaches a handler or crashes the host.
 */
export function createApiHost(handlers: ApiHandlers, events: EventSource): ApiHost {
  return {
    async handle(channel, payload) {
      if (!isRequestChannel(channel)) {
        return { ok: false, error: { code: 'unknown-channel', message: `There is no request '${channel}'.` } };
      }
      const parsed = contract.requests[channel].input.safeParse(payload ?? {});
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'invalid-payload', message: `Request '${channel}': ${z.prettifyError(parsed.error)}` },
        };
      }
      try {
        const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
        return { ok: true, result: await handler(parsed.data) };
      } catch (error) {
        if (error instanceof FluxApiError) return { ok: false, error: error.toShape() };
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message: `Request '${channel}' failed: ${message}` } };
      }
    },
    onEvent(listener) {
      return events.subscribe(listener);
    },
  };
}

/** A minimal event hub the backend emits through. */
export class EventHub implements EventSource {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
    for (const listener of this.listeners) listener(channel, payload);
  }
}
