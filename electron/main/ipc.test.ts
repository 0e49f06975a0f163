import { describe, expect, it } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiHost } from '../../shared/api';
import { registerIpc } from './ipc';

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

function fakeIpcMain(): IpcMain & { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain & { handlers: Map<string, Handler> };
}

const host: ApiHost = {
  handle: async (channel) => ({ ok: true, result: { answered: channel } }),
  onEvent: () => () => {},
};

const from = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('FluxApi over Electron IPC', () => {
  it('should answer requests from the studio page', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, host, () => undefined);
    const reply = await ipc.handlers.get('service:list')!(from('flux-app://studio/index.html'), {});
    expect(reply).toEqual({ ok: true, result: { answered: 'service:list' } });
  });

  it('should refuse requests from any other page', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, host, () => undefined);
    const reply = await ipc.handlers.get('service:list')!(from('https://evil.example/'), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('should remove its handlers when detached', () => {
    const ipc = fakeIpcMain();
    const detach = registerIpc(ipc, host, () => undefined);
    detach();
    expect(ipc.handlers.size).toBe(0);
  });
});
