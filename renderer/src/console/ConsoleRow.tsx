import { memo } from 'react';
import type { LogRecord } from '../../../shared/api';
import { formatTime } from './format';

interface Props {
  record: LogRecord;
  /** Offset from the top of the list, in pixels (a number, so memo can skip unchanged rows). */
  top: number;
  onSelectState(service: string, state: string): void;
}

/** One log line: time, level, service, run, state, message. A state with a service is a button to show it on the canvas. */
export const ConsoleRow = memo(function ConsoleRow({ record: r, top, onSelectState }: Props) {
  const { service, state } = r;
  return (
    <div className={`console-line level-${r.level.toLowerCase()}`} style={{ transform: `translateY(${top}px)` }} data-seq={r.seq}>
      <span className="console-time">{formatTime(r.time)}</span>
      <span className="console-level">{r.level}</span>
      <span className="console-service" title={service}>{service}</span>
      <span className="console-run" title={r.run}>{r.run}</span>
      {service && state ? (
        <button type="button" className="console-state" title={`Select ${state} on the canvas`} onClick={() => onSelectState(service, state)}>
          {state}
        </button>
      ) : (
        <span className="console-state">{state}</span>
      )}
      <span className="console-message" title={r.message.length > 80 ? r.message : undefined}>{r.message}</span>
    </div>
  );
});
