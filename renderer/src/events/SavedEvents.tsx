import { useEffect, useId, useState } from 'react';
import type { FluxEventInput, SavedEvent } from '../../../shared/api';
import { useStudio } from '../store/context';
import { describeInputs } from './event-form';

/**
 * The events saved beside a service: each sent again with one click, and the dialog's event saved
 * under a name. A failure (an unreadable file) is shown here, never lost.
 */
export function SavedEvents({ service, current, onSend }: { service: string; current: FluxEventInput | undefined; onSend(event: FluxEventInput): void }) {
  const api = useStudio((s) => s.api);
  const [events, setEvents] = useState<SavedEvent[]>([]);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const id = useId();

  useEffect(() => {
    let live = true;
    api.request('event:list-saved', { service }).then(
      (result) => live && setEvents(result.events),
      (error: Error) => live && setProblem(error.message),
    );
    return () => {
      live = false;
    };
  }, [api, service]);

  const save = async () => {
    if (!current || !name.trim()) return;
    try {
      setEvents((await api.request('event:save', { service, event: { ...current, name: name.trim() } })).events);
      setName('');
      setProblem(undefined);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <section aria-label="Saved events" className="send-event-dialog__recent">
      <span className="send-event-dialog__label">Saved with {service}</span>
      {events.length > 0 && (
        <ul>
          {events.map(({ name: saved, ...event }) => (
            <li key={saved}>
              <button type="button" title={`Send ${describeInputs(event)}`} onClick={() => onSend(event)}>
                {saved}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="saved-events__save">
        <label htmlFor={id}>Save as</label>
        <input
          id={id}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            // Enter here saves the event rather than sending it.
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
          placeholder="a name for this event"
        />
        <button type="button" disabled={!current || !name.trim()} onClick={() => void save()}>
          Save Event
        </button>
      </div>
      {problem && <p className="studio-dialog__problem">{problem}</p>}
    </section>
  );
}
