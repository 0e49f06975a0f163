import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isRequestChannel, type ClientTransport, type Reply } from '../../shared/api';

// The page gets exactly the contract's channels, never ipcRenderer itself.
const bridge: ClientTransport = {
  invoke(channel, payload) {
    if (!isRequestChannel(channel)) {
      return Promise.resolve<Reply>({ ok: false, error: { code: 'unknown-channel', message: `There is no request '${channel}'.` } });
    }
    return ipcRenderer.invoke(channel, payload) as Promise<Reply>;
  },
  subscribe(channel, listener) {
    if (!isEventChannel(channel)) throw new Error(`There is no event '${channel}'.`);
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.off(channel, handler);
    };
  },
};

contextBridge.exposeInMainWorld('fluxHost', bridge);
