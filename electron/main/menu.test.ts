import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_MENU, type AppCommand } from '../../shared/menu';
import { menuTemplate } from './menu';

const submenu = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];

describe('the native menu', () => {
  it('should hold the menus of the in-app menu bar, and send their commands', () => {
    const sent: AppCommand[] = [];
    const template = menuTemplate((c) => sent.push(c), 'linux');
    expect(template.map((m) => m.label)).toEqual(APP_MENU.map((m) => m.label));
    const flux = submenu(template.find((m) => m.label === 'Flux')!);
    const send = flux.find((i) => i.label === 'Send Flux Event')!;
    expect(send.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(send.registerAccelerator).toBe(false);
    (send.click as () => void)();
    expect(sent).toEqual(['flux.send-event']);
  });

  it('should put the app menu first on macOS', () => {
    expect(menuTemplate(() => {}, 'darwin')[0]!.label).toBe('Flux Studio');
  });
});
