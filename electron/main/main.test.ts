import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Electron cannot launch here, so the composition root runs against a recording stand-in of the
// parts of `electron` it uses; what it asks Electron for is what is checked.
const recorded = vi.hoisted(() => ({
  windowOptions: [] as unknown[],
  contentsHandlers: new Map<string, (...args: unknown[]) => void>(),
  windowOpenHandler: undefined as undefined | ((details: { url: string }) => unknown),
  permissionRequest: undefined as undefined | ((c: unknown, p: string, cb: (granted: boolean) => void) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
  ipcChannels: [] as string[],
  schemes: [] as unknown[],
  loaded: [] as string[],
  menu: [] as unknown[],
}));

vi.mock('electron', () => {
  const webContents = {
    on: (name: string, handler: (...args: unknown[]) => void) => recorded.contentsHandlers.set(name, handler),
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (recorded.windowOpenHandler = handler),
    isDestroyed: () => false,
    send: () => {},
  };
  class BrowserWindow {
    webContents = webContents;
    constructor(options: unknown) {
      recorded.windowOptions.push(options);
    }
    once() {}
    show() {}
    async loadURL(url: string) {
      recorded.loaded.push(url);
    }
  }
  return {
    app: { whenReady: async () => {}, on: () => {}, quit: () => {}, exit: () => {} },
    BrowserWindow,
    Menu: { buildFromTemplate: (template: unknown[]) => template, setApplicationMenu: (menu: unknown[]) => (recorded.menu = menu) },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    ipcMain: { handle: (channel: string) => recorded.ipcChannels.push(channel), removeHandler: () => {} },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes), handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof recorded.permissionRequest) => (recorded.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof recorded.permissionCheck) => (recorded.permissionCheck = h),
      },
    },
  };
});

let workspace: string;
const argv = process.argv;

beforeAll(async () => {
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'flux-main-'));
  process.argv = [...argv, '--workspace', workspace];
  await import('./main');
  await vi.waitFor(() => expect(recorded.loaded).toHaveLength(1));
});

afterAll(async () => {
  process.argv = argv;
  await fs.rm(workspace, { recursive: true, force: true });
});

const navigationEvent = () => ({ preventDefault: vi.fn() });

describe('the Electron main process', () => {
  it('should open one window whose page has no Node, a context-isolated sandboxed preload, and web security', () => {
    expect(recorded.windowOptions).toHaveLength(1);
    const options = recorded.windowOptions[0] as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(options.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('should load the studio from its own scheme, not from file:// or the network', () => {
    expect(recorded.loaded).toEqual(['flux-app://studio/index.html']);
    expect(recorded.schemes).toEqual([expect.objectContaining({ scheme: 'flux-app' })]);
  });

  it('should block navigation away from the studio and keep navigation within it', () => {
    const away = navigationEvent();
    recorded.contentsHandlers.get('will-navigate')!(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const redirect = navigationEvent();
    recorded.contentsHandlers.get('will-redirect')!(redirect, 'http://127.0.0.1:8080/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const within = navigationEvent();
    recorded.contentsHandlers.get('will-navigate')!(within, 'flux-app://studio/index.html');
    expect(within.preventDefault).not.toHaveBeenCalled();
  });

  it('should refuse every new window and webview', () => {
    expect(recorded.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const attach = navigationEvent();
    recorded.contentsHandlers.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('should deny every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      recorded.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(recorded.permissionCheck!({}, permission)).toBe(false);
    }
  });

  it('should set the native menu with the menus of the studio', () => {
    expect((recorded.menu as { label: string }[]).map((m) => m.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'Flux', 'View', 'Help']));
  });

  it('should answer every request channel of the contract over IPC', async () => {
    const { requestChannels } = await import('../../shared/api');
    expect([...recorded.ipcChannels].sort()).toEqual([...requestChannels].sort());
  });
});
