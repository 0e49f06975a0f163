import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { createBackend } from '../backend/backend';
import { parseAppArgs } from './args';
import { folderChooser } from './choose-folder';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { APP_ORIGIN, appSchemePrivileges, serveRenderer } from './protocol';
import { guardUnsavedClose } from './unsaved-guard';
import { hardenContents, hardenSession, windowOptions } from './window';

// The composition root of the desktop app: it wires the parts and does nothing else.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

let window: BrowserWindow | undefined;

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveRenderer(protocol, path.join(__dirname, '../renderer'));
  const backend = await createBackend({ ...parseAppArgs(process.argv), chooseFolder: folderChooser(dialog, () => window) });
  registerIpc(ipcMain, backend.host, () => window?.webContents);

  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate((command) => window?.webContents.send('app:command', { command }))));

  window = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  hardenContents(window.webContents);
  guardUnsavedClose(window, dialog);
  window.once('ready-to-show', () => window?.show());
  await window.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('window-all-closed', () => {
    void backend.close().then(() => app.quit());
  });
}

start().catch((error: unknown) => {
  console.error('Flux Studio could not start:', error);
  app.exit(1);
});
