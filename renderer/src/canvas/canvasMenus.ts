// What the canvas's context menus offer. The items only name what happens; Canvas supplies the
// actions, so this file reads as the menu as a user sees it.
import type { MenuItem } from '../components/ContextMenu';

type Point = { x: number; y: number };

/** Where a context menu was opened: on a blank part, on a state, or on a transition. */
export type MenuTarget =
  | { kind: 'pane' }
  | { kind: 'state'; name: string }
  | { kind: 'edge'; id: string };

/** An open context menu: where it is on screen, the same point on the canvas, and what it is for. */
export interface OpenMenu {
  at: Point;
  flowAt: Point;
  target: MenuTarget;
}

export interface MenuActions {
  addState(at: Point): void;
  sendEvent(state?: string): void;
  run(): void;
  paste(at: Point): void;
  canPaste: boolean;
  autoLayout(): void;
  fitView(): void;
  setStart(name: string): void;
  toggleWaiting(name: string): void;
  rename(name: string): void;
  /** Deletes the selection when the state or transition is part of it, else that one alone. */
  remove(target: MenuTarget): void;
  copy(name: string): void;
}

export function menuItems(menu: OpenMenu, a: MenuActions): MenuItem[] {
  const { target } = menu;
  switch (target.kind) {
    case 'pane':
      return [
        { label: 'Add State', onSelect: () => a.addState(menu.flowAt) },
        { label: 'Send Flux Event', onSelect: () => a.sendEvent() },
        { label: 'Run', onSelect: a.run },
        { label: 'Paste', onSelect: () => a.paste(menu.flowAt), disabled: !a.canPaste },
        { label: 'Auto Layout', onSelect: a.autoLayout },
        { label: 'Fit View', onSelect: a.fitView },
      ];
    case 'state':
      return [
        { label: 'Set Start State', onSelect: () => a.setStart(target.name) },
        { label: 'Toggle Waiting', onSelect: () => a.toggleWaiting(target.name) },
        { label: 'Rename', onSelect: () => a.rename(target.name) },
        { label: 'Delete', onSelect: () => a.remove(target) },
        { label: 'Copy', onSelect: () => a.copy(target.name) },
        { label: 'Send Flux Event', onSelect: () => a.sendEvent(target.name) },
      ];
    case 'edge':
      return [{ label: 'Delete', onSelect: () => a.remove(target) }];
  }
}
