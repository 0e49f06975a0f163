import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'flux_token';

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

export type Verdict = { ok: true; viaQuery: boolean } | { ok: false; status: number; reason: string };

/**
 * Decides whether a request may reach the app: the Host header must name this server (against DNS
 * rebinding), an Origin, when sent, must be this server's, and the token must come in the query or
 * in the cookie set when the tokened URL was first opened.
 */
export function checkRequest(request: IncomingMessage, token: string, allowedHosts: string[]): Verdict {
  const host = request.headers.host ?? '';
  if (!allowedHosts.includes(host)) return { ok: false, status: 421, reason: `Host '${host}' is not this server.` };
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { ok: false, status: 403, reason: `Origin '${origin}' may not use this server.` };
  }
  const url = new URL(request.url ?? '/', `http://${host}`);
  if (sameToken(url.searchParams.get('token'), token)) return { ok: true, viaQuery: true };
  if (sameToken(cookieToken(request), token)) return { ok: true, viaQuery: false };
  return { ok: false, status: 401, reason: 'This address needs the token printed when Flux Studio started.' };
}
