import type { ClientTransport } from './client';
import type { Reply } from './errors';
import type { ApiHost } from './host';

/** Messages on a message-based link (a WebSocket, or the in-memory pair the tests use). */
export type ClientMessage = { type: 'request'; id: number; channel: string; payload: unknown };
export type ServerMessage =
  | { type: 'reply'; id: number; reply: Reply }
  | { type: 'event'; channel: string; payload: unknown };

/** One end of a message link. Messages are JSON text, as on a WebSocket. */
export interface MessagePort {
  send(text: string): void;
  onMessage(listener: (text: string) => void): () => void;
  onClose?(listener: () => void): void;
}

/** The client half of the wire protocol: numbers requests and matches replies to them. */
export function createWireTransport(port: MessagePort): ClientTransport {
  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  port.onMessage((text) => {
    const message = JSON.parse(text) as ServerMessage;
    if (message.type === 'reply') {
      pending.get(message.id)?.(message.reply);
      pending.delete(message.id);
    } else {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
    }
  });
  port.onClose?.(() => {
    for (const resolve of pending.values()) {
      resolve({ ok: false, error: { code: 'disconnected', message: 'The connection to the Flux Studio backend was closed.' } });
    }
    pending.clear();
  });
  return {
    invoke(channel, payload) {
      const id = nextId++;
      return new Promise<Reply>((resolve) => {
        pending.set(id, resolve);
        port.send(JSON.stringify({ type: 'request', id, channel, payload } satisfies ClientMessage));
      });
    },
    subscribe(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** The host half: answers each request and forwards every event. Returns a function that detaches. */
export function serveWire(host: ApiHost, port: MessagePort): () => void {
  const stopEvents = host.onEvent((channel, payload) => {
    port.send(JSON.stringify({ type: 'event', channel, payload } satisfies ServerMessage));
  });
  const stopMessages = port.onMessage((text) => {
    let message: ClientMessage;
    try {
      message = JSON.parse(text) as ClientMessage;
    } catch {
      return; // Not our protocol: nothing to answer to.
    }
    if (message?.type !== 'request' || typeof message.id !== 'number' || typeof message.channel !== 'string') return;
    void host.handle(message.channel, message.payload).then((reply) => {
      port.send(JSON.stringify({ type: 'reply', id: message.id, reply } satisfies ServerMessage));
    });
  });
  return () => {
    stopEvents();
    stopMessages();
  };
}

/** Two connected in-memory ports, asynchronous and JSON-only like a real socket. For tests. */
export function createMemoryPortPair(): [MessagePort, MessagePort] {
  const make = (): MessagePort & { deliver(text: string): void; peer?: MessagePort & { deliver(text: string): void } } => {
    const listeners = new Set<(text: string) => void>();
    const port = {
      peer: undefined as (MessagePort & { deliver(text: string): void }) | undefined,
      send(text: string) {
        void Promise.resolve().then(() => port.peer?.deliver(text));
      },
      onMessage(listener: (text: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      deliver(text: string) {
        for (const listener of listeners) listener(text);
      },
    };
    return port;
  };
  const a = make();
  const b = make();
  a.peer = b;
  b.peer = a;
  return [a, b];
}
