import { createClient, createWireTransport, type ClientTransport, type FluxApi, type MessagePort } from '../../../shared/api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser edition. */
    fluxHost?: ClientTransport;
  }
}

/** A WebSocket as a message port; messages sent before it opens wait for it. */
function webSocketPort(url: string): MessagePort {
  const socket = new WebSocket(url);
  const queue: string[] = [];
  socket.addEventListener('open', () => {
    for (const text of queue.splice(0)) socket.send(text);
  });
  return {
    send(text) {
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else queue.push(text);
    },
    onMessage(listener) {
      const handler = (event: MessageEvent) => listener(String(event.data));
      socket.addEventListener('message', handler);
      return () => socket.removeEventListener('message', handler);
    },
    onClose(listener) {
      socket.addEventListener('close', () => listener());
    },
  };
}

/** The FluxApi of whichever host loaded this page: Electron's preload, or the browser edition's WebSocket. */
export function connectApi(): FluxApi {
  if (window.fluxHost) return createClient(window.fluxHost);
  const token = new URLSearchParams(window.location.search).get('token');
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return createClient(createWireTransport(webSocketPort(`${scheme}://${window.location.host}/api${query}`)));
}

export const hostKind: 'electron' | 'web' = typeof window !== 'undefined' && window.fluxHost ? 'electron' : 'web';
