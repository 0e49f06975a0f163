import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { serveWire, type MessagePort } from '../../shared/api';
import type { Backend } from '../backend/backend';
import { contentSecurityPolicy, readStaticFile } from '../backend/static-files';
import { TOKEN_COOKIE, checkRequest } from './security';

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed in tests; random otherwise. */
  token?: string;
}

export interface WebServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

function socketPort(socket: WebSocket): MessagePort {
  return {
    send: (text) => {
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    onMessage: (listener) => {
      const handler = (data: Buffer, isBinary: boolean) => {
        if (!isBinary) listener(data.toString('utf8'));
      };
      socket.on('message', handler);
      return () => socket.off('message', handler);
    },
    onClose: (listener) => socket.on('close', listener),
  };
}

/** The browser edition: serves the built renderer and FluxApi over a WebSocket, on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: string[] = [];
  let origin = '';

  const server = http.createServer((request, response) => {
    void (async () => {
      const verdict = checkRequest(request, token, allowedHosts);
      if (!verdict.ok) {
        response.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${verdict.reason}\n`);
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', origin);
      const file = await readStaticFile(options.staticDir, url.pathname);
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}\n`);
        return;
      }
      const headers: http.OutgoingHttpHeaders = {
        'content-type': file.type,
        'content-security-policy': contentSecurityPolicy(origin.replace(/^http/, 'ws')),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      };
      if (verdict.viaQuery) headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : file.body);
    })();
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const verdict = checkRequest(request, token, allowedHosts);
    const path = new URL(request.url ?? '/', origin).pathname;
    if (!verdict.ok || path !== '/api') {
      const status = verdict.ok ? 404 : verdict.status;
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const detach = serveWire(options.backend.host, socketPort(ws));
      ws.on('close', detach);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
