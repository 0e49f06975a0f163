import { useEffect, useRef, useState } from 'react';
import { APP_MENU, shortcutLabel, type AppCommand } from '../../../shared/menu';
import './menubar.css';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/**
 * The browser edition's menu bar (File, Edit, Flux, View, Help), the same menus the Electron app
 * shows natively. A menu opens on click; while one is open, hovering another opens it instead.
 */
export function MenuBar({ onCommand }: { onCommand(command: AppCommand): void }) {
  const [open, setOpen] = useState<string | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="menubar" role="menubar" aria-label="Menu bar" ref={bar}>
      {APP_MENU.map((menu) => (
        <div key={menu.label} className="menubar__menu">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu.label}
            onClick={() => setOpen(open === menu.label ? null : menu.label)}
            onPointerEnter={() => open && setOpen(menu.label)}
          >
            {menu.label}
          </button>
          {open === menu.label && (
            <div role="menu" aria-label={menu.label} className="menubar__popup">
              {menu.items.map((item, i) =>
                item === 'separator' ? (
                  <div key={i} role="separator" className="menubar__separator" />
                ) : (
                  <button
                    key={item.command}
                    type="button"
                    role="menuitem"
                    aria-keyshortcuts={item.accelerator?.replace('CmdOrCtrl', 'Control')}
                    onClick={() => {
                      setOpen(null);
                      onCommand(item.command);
                    }}
                  >
                    <span>{item.label}</span>
                    {item.accelerator && <kbd>{shortcutLabel(item.accelerator, mac)}</kbd>}
                  </button>
                ),
              )}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
