import type { IpcMain, WebContents } from 'electron';
import { requestChannels, type ApiHost } from '../../shared/api';
import { isAppUrl } from './protocol';

/**
 * FluxApi over Electron IPC: one `ipcMain.handle` per request channel of the contract, answered only
 * for the studio's own page, and every backend event sent to the window.
 */
export function registerIpc(ipcMain: IpcMain, host: ApiHost, window: () => WebContents | undefined): () => void {
  for (const channel of requestChannels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) {
        return { ok: false, error: { code: 'forbidden', message: `Requests from ${url || 'an unknown frame'} are refused.` } };
      }
      return host.handle(channel, payload);
    });
  }
  const stopEvents = host.onEvent((channel, payload) => {
    const contents = window();
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  });
  return () => {
    stopEvents();
    for (const channel of requestChannels) ipcMain.removeHandler(channel);
  };
}
