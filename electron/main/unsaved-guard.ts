import type { BrowserWindow, Dialog } from 'electron';

/**
 * Closing the window with unsaved services: the renderer vetoes the unload (beforeunload), and
 * Electron, which shows no dialog of its own, asks here. Choosing to close lets the unload go on.
 */
export function guardUnsavedClose(window: BrowserWindow, dialog: Dialog): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Unsaved Changes',
      message: 'Some services have unsaved changes.',
      detail: 'Close Flux Studio and discard them, or cancel and save them first?',
      buttons: ['Discard and Close', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
}
