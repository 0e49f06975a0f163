import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, chromium, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { createBackend, type Backend } from '../electron/backend/backend';
import { startWebServer, type WebServer } from '../electron/web/server';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export { electronBinary } from '../scripts/electron-binary.mjs';

/** One running studio (either host) on a workspace folder, with the page that shows it. */
export interface StudioHost {
  page: Page;
  workspace: string;
  /** The backend behind the page (web host only; the Electron host runs it in its main process). */
  backend?: Backend;
  close(): Promise<void>;
}

export function tempWorkspace(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'flux-e2e-'));
}

/** The browser edition: the real backend and web server in this process, the real renderer in Chromium. */
export async function launchWeb(browser: Browser, workspace: string | undefined): Promise<StudioHost & { server: WebServer }> {
  const backend = await createBackend({ workspace });
  const server = await startWebServer({ backend, staticDir: path.join(root, 'dist/renderer') });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  return {
    page,
    workspace: backend.workspace.root,
    backend,
    server,
    async close() {
      await context.close();
      await server.close();
      await backend.close();
    },
  };
}

/** The desktop app through Playwright's Electron launcher (needs the Electron binary and `npm run build`). */
export async function launchElectron(binary: string, workspace: string | undefined): Promise<StudioHost> {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('Building the Electron main process failed.');
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [path.join(root, 'dist/electron/main.cjs'), ...(workspace ? ['--workspace', workspace] : [])],
    env: { ...process.env } as Record<string, string>,
  });
  const page = await app.firstWindow();
  return { page, workspace: workspace ?? path.join(process.env.HOME ?? '', 'FluxStudio'), close: () => app.close() };
}

export { chromium };

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
