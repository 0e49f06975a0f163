import type { EventChannel, EventPayload, FluxApi, RequestChannel, RequestInput, RequestOutput } from './contract';
import { FluxApiError, type Reply } from './errors';

/** What a host offers the renderer: a way to send a request and to listen to an event channel. */
export interface ClientTransport {
  invoke(channel: string, payload: unknown): Promise<Reply>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/** The renderer's FluxApi over any transport: unwraps replies and rethrows errors with their codes. */
export function createClient(transport: ClientTransport): FluxApi {
  return {
    async request<C extends RequestChannel>(channel: C, input: RequestInput<C>): Promise<RequestOutput<C>> {
      const reply = await transport.invoke(channel, input);
      if (!reply.ok) throw new FluxApiError(reply.error.code, reply.error.message);
      return reply.result as RequestOutput<C>;
    },
    on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void {
      return transport.subscribe(channel, listener as (payload: unknown) => void);
    },
  };
}
