import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './context-menu.css';

export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
}

export interface ContextMenuProps {
  /** Where the menu opens, in viewport pixels (the pointer of the right-click). */
  at: { x: number; y: number };
  label: string;
  items: readonly MenuItem[];
  onClose(): void;
}

/**
 * A context menu with the menu pattern of WAI-ARIA: focus moves to the first item, arrows move
 * between items, Enter picks, Esc or a click elsewhere closes.
 */
export function ContextMenu({ at, label, items, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(at);

  // Keep the menu inside the window when it opens near an edge.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlace({ x: Math.min(at.x, window.innerWidth - width - 4), y: Math.min(at.y, window.innerHeight - height - 4) });
    menu.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [at]);

  useEffect(() => {
    const away = (event: Event) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('wheel', away, true);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('wheel', away, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const current = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') entries[(current + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(current - 1 + entries.length) % entries.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={ref} className="context-menu nokey" role="menu" aria-label={label} style={{ left: place.x, top: place.y }} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.disabled || undefined}
          onClick={() => {
            if (item.disabled) return;
            onClose();
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
