import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBackend, type Backend } from '../backend/backend';
import { startWebServer, type WebServer } from './server';

let dir: string;
let backend: Backend;
let server: WebServer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-web-'));
  const staticDir = path.join(dir, 'renderer');
  await fs.mkdir(staticDir);
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Flux Studio</title>');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'outside the renderer');
  const workspace = path.join(dir, 'workspace');
  await fs.mkdir(workspace);
  await fs.writeFile(path.join(workspace, 'Main.flux'), '{"states": []}\n');
  backend = await createBackend({ workspace });
  server = await startWebServer({ backend, staticDir });
});

afterAll(async () => {
  await server.close();
  await backend.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** A raw GET, so the test controls every header (fetch would not let it set Host). */
function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: pathAndQuery, headers: { host: `127.0.0.1:${port}`, ...headers } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
  });
}

function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
  });
}

describe('the browser edition server', () => {
  it('should listen on 127.0.0.1 only, with a random token in its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('should serve the renderer with the token, set a cookie for later requests, and send a strict CSP', async () => {
    const page = await get(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Flux Studio');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    const cookie = page.headers['set-cookie']![0]!.split(';')[0]!;
    expect((await get('/index.html', { cookie })).status).toBe(200);
  });

  it('should refuse requests without the token or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/', { cookie: 'flux_token=wrong' })).status).toBe(401);
  });

  it('should refuse a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await get(`/?token=${server.token}`, { host: 'evil.example:80' })).status).toBe(421);
    expect((await get(`/?token=${server.token}`, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('should never serve a file outside the built renderer', async () => {
    const escape = await get(`/..%2Fsecret.txt?token=${server.token}`);
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('outside the renderer');
  });

  it('should carry FluxApi over a WebSocket that presents the token from the same origin', async () => {
    const socket = await connect(`${server.origin.replace('http', 'ws')}/api?token=${server.token}`, { origin: server.origin });
    const reply = await new Promise<unknown>((resolve) => {
      socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString())));
      socket.send(JSON.stringify({ type: 'request', id: 7, channel: 'service:list', payload: {} }));
    });
    socket.close();
    expect(reply).toEqual({ type: 'reply', id: 7, reply: { ok: true, result: { services: [{ name: 'Main', path: 'Main.flux' }] } } });
  });

  it('should refuse WebSocket connections without the token or from another origin', async () => {
    const ws = server.origin.replace('http', 'ws');
    await expect(connect(`${ws}/api`)).rejects.toThrow('refused with 401');
    await expect(connect(`${ws}/api?token=${server.token}`, { origin: 'http://evil.example' })).rejects.toThrow('refused with 403');
  });
});
