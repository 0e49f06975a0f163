import type { Protocol } from 'electron';
import { contentSecurityPolicy, readStaticFile } from '../backend/static-files';

/** The studio's pages load from this scheme, not file://, so workers and the CSP behave as on the web. */
export const APP_SCHEME = 'flux-app';
export const APP_ORIGIN = `${APP_SCHEME}://studio`;

export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Serves the built renderer on the app scheme with a strict Content-Security-Policy. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'studio' ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': contentSecurityPolicy(null) },
    });
  });
}

/**
 * Whether a URL belongs to the studio's own pages. Node's URL gives custom schemes the origin
 * "null", so the scheme and host are compared instead; a URL that does not parse is foreign.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
