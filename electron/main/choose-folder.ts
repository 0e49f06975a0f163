import type { BrowserWindow, Dialog } from 'electron';

/** The native "Open Folder" dialog, modal to the studio's window; null when the user cancels. */
export function folderChooser(dialog: Dialog, window: () => BrowserWindow | undefined): () => Promise<string | null> {
  return async () => {
    const options = { title: 'Open Folder', properties: ['openDirectory' as const, 'createDirectory' as const] };
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
