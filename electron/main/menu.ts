import type { MenuItemConstructorOptions } from 'electron';
import { APP_MENU, type AppCommand } from '../../shared/menu';

/**
 * The native menu's template from the shared menu model. Accelerators are shown but not registered:
 * the page handles the keys itself (as in the browser edition), so a shortcut never runs twice.
 */
export function menuTemplate(send: (command: AppCommand) => void, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const menus: MenuItemConstructorOptions[] = APP_MENU.map((menu) => ({
    label: menu.label,
    submenu: menu.items.map((item): MenuItemConstructorOptions =>
      item === 'separator'
        ? { type: 'separator' }
        : { label: item.label, accelerator: item.accelerator, registerAccelerator: false, click: () => send(item.command) },
    ),
  }));
  // macOS puts the app's own menu first, with Quit.
  if (platform === 'darwin') menus.unshift({ label: 'Flux Studio', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit' }] });
  else (menus[0]!.submenu as MenuItemConstructorOptions[]).push({ type: 'separator' }, { role: 'quit', label: 'Quit' });
  return menus;
}
