import { useEffect, useRef } from 'react';
import { useStudio } from '../store/context';

function time(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

/** Every engine and backend log record, newest at the bottom. */
export function ConsolePane() {
  const records = useStudio((s) => s.console.records);
  const end = useRef<HTMLDivElement>(null);
  // Braces matter: scrollIntoView returns a promise in current Chromium, and an effect must return
  // nothing or a cleanup function.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [records]);
  const shown = records.slice(-2000);
  return (
    <div className="console" role="log" aria-label="Console output">
      {shown.map((r) => (
        <div key={r.seq} className={`console-line level-${r.level.toLowerCase()}`}>
          <span className="console-time">{time(r.time)}</span>
          <span className="console-level">{r.level}</span>
          {r.service && <span className="console-where">[{[r.service, r.run && `#${r.run}`, r.state].filter(Boolean).join(' ')}]</span>}
          <span className="console-message">{r.message}</span>
        </div>
      ))}
      <div ref={end} />
    </div>
  );
}
