import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import type { LogRecord } from '../../../shared/api';
import { ConsoleRow } from './ConsoleRow';
import type { FilteredView } from './filtered-view';

/** Every line is one row of this height, so the virtualizer never measures. Matches console.css. */
export const ROW_HEIGHT = 18;

interface Props {
  view: FilteredView<LogRecord>;
  /** Changes whenever the buffer does; the view is mutable, so this is what triggers layout work. */
  version: number;
  following: boolean;
  onFollowChange(following: boolean): void;
  onSelectState(service: string, state: string): void;
}

const PAUSE_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/** The virtualised lines: only the rows in view (and a few around) are in the DOM. */
export function ConsoleList({ view, version, following, onFollowChange, onSelectState }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: view.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // useFlushSync stays on (the default): rendering the new range inside the scroll event is what
    // gets the newest row on screen in the same frame (turning it off tripled the bench's p95 latency).
  });
  const anchor = useRef({ view, removed: view.removed });

  // Follow the end, or, while paused, keep the same records under the user's eyes as old ones are
  // overwritten at the top.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const before = anchor.current;
    const shift = before.view === view ? view.removed - before.removed : 0;
    anchor.current = { view, removed: view.removed };
    if (following) el.scrollTop = el.scrollHeight;
    else if (shift > 0) el.scrollTop = Math.max(0, el.scrollTop - shift * ROW_HEIGHT);
  }, [view, version, following]);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= ROW_HEIGHT / 2;
    if (atBottom !== following) onFollowChange(atBottom);
  }, [following, onFollowChange]);

  // A scroll event can arrive after the next batch has already snapped the list back to the end,
  // so the gestures that mean "I am reading back" pause at once.
  const pauseOnWheel = (e: WheelEvent) => e.deltaY < 0 && following && onFollowChange(false);
  const pauseOnKey = (e: KeyboardEvent) => PAUSE_KEYS.has(e.key) && following && onFollowChange(false);
  // A press right of the content box is a press on the vertical scrollbar.
  const pauseOnScrollbar = (e: PointerEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    if (following && e.clientX > el.getBoundingClientRect().left + el.clientLeft + el.clientWidth) onFollowChange(false);
  };

  return (
    <div
      ref={scroller}
      className="console-list"
      role="log"
      aria-label="Console output"
      tabIndex={0}
      onScroll={onScroll}
      onWheel={pauseOnWheel}
      onKeyDown={pauseOnKey}
      onPointerDown={pauseOnScrollbar}
    >
      <div className="console-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const record = view.at(item.index);
          return record && <ConsoleRow key={record.seq} record={record} top={item.start} onSelectState={onSelectState} />;
        })}
      </div>
    </div>
  );
}
