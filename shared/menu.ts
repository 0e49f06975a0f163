// The studio's menus as data: the browser edition draws them as an in-app menu bar, the Electron
// app builds its native menu from them. Both send the same commands, so they cannot drift apart.

/** Every command a menu item can send. */
export const APP_COMMANDS = [
  'file.save',
  'file.open-folder',
  'edit.undo',
  'edit.redo',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.select-all',
  'flux.send-event',
  'flux.run',
  'view.console',
  'view.runs',
  'view.canvas',
  'view.source',
  'help.about',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export interface MenuEntry {
  command: AppCommand;
  label: string;
  /** Electron's accelerator syntax (`CmdOrCtrl+S`); the menu bar shows it as `Ctrl+S`. */
  accelerator?: string;
}

export interface AppMenu {
  label: string;
  items: (MenuEntry | 'separator')[];
}

export const APP_MENU: readonly AppMenu[] = [
  {
    label: 'File',
    items: [
      { command: 'file.save', label: 'Save', accelerator: 'CmdOrCtrl+S' },
      { command: 'file.open-folder', label: 'Open Folder…' },
    ],
  },
  {
    label: 'Edit',
    items: [
      { command: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
      { command: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      'separator',
      { command: 'edit.copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' },
      { command: 'edit.paste', label: 'Paste', accelerator: 'CmdOrCtrl+V' },
      { command: 'edit.delete', label: 'Delete', accelerator: 'Delete' },
      { command: 'edit.select-all', label: 'Select All', accelerator: 'CmdOrCtrl+A' },
    ],
  },
  {
    label: 'Flux',
    items: [
      { command: 'flux.send-event', label: 'Send Flux Event', accelerator: 'CmdOrCtrl+Shift+E' },
      { command: 'flux.run', label: 'Run' },
    ],
  },
  {
    label: 'View',
    items: [
      { command: 'view.canvas', label: 'Canvas' },
      { command: 'view.source', label: 'Source' },
      'separator',
      { command: 'view.console', label: 'Console' },
      { command: 'view.runs', label: 'Runs' },
    ],
  },
  { label: 'Help', items: [{ command: 'help.about', label: 'About Flux Studio' }] },
];

/** An accelerator as a user reads it on this platform (`CmdOrCtrl+Shift+E` -> `Ctrl+Shift+E`). */
export function shortcutLabel(accelerator: string, mac = false): string {
  return accelerator.replace('CmdOrCtrl', mac ? '⌘' : 'Ctrl');
}
