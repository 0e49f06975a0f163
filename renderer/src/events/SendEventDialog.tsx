import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { FluxEventInput } from '../../../shared/api';
import { Dialog } from '../dialogs/Dialog';
import { useStudio } from '../store/context';
import { describeInputs, readEvent } from './event-form';
import { EventPreviewView } from './EventPreviewView';
import { InputsForm } from './InputsForm';
import { SavedEvents } from './SavedEvents';
import { useDeclaredInputs } from './useDeclaredInputs';
import { useEventCatalog, useEventPreview } from './useEventPreview';
import './events.css';

// Monaco is large: it loads when the dialog first opens.
const JsonEditor = lazy(() => import('../monaco/JsonEditor').then((m) => ({ default: m.JsonEditor })));

/** The event a dialog opened on a state suggests: what that state's transitions wait for. */
function suggestedEvent(events: string[]): string {
  return events.find((e) => !e.startsWith('$')) ?? '';
}

/**
 * "Send Flux Event": an event name, its inputs as JSON (with a form of the declared inputs when
 * the event names a trigger) and its tags, and before sending, what the event will do.
 */
export function SendEventDialog({ state, onClose }: { state?: string; onClose(): void }) {
  const service = useStudio((s) => s.selectedService);
  const fromState = useStudio((s) => (state && s.selectedService ? s.documents[s.selectedService]?.doc?.states.find((x) => x.name === state) : undefined));
  const recent = useStudio((s) => s.recentEvents);
  const sendEvent = useStudio((s) => s.sendEvent);
  const catalog = useEventCatalog();
  const [event, setEvent] = useState(() => suggestedEvent((fromState?.transitions ?? []).map((t) => t.event ?? '')) || recent[0]?.event || '');
  const [inputs, setInputs] = useState('{}');
  const [tags, setTags] = useState('');
  const [sending, setSending] = useState(false);
  const ids = { event: useId(), tags: useId(), list: useId() };

  const read = useMemo(() => readEvent(event, inputs, tags), [event, inputs, tags]);
  const preview = useEventPreview(read.ok ? read.value : undefined);
  const triggered = catalog?.triggers.find((t) => t.event === event.trim())?.services[0];
  const declared = useDeclaredInputs(triggered);
  // Saved events are kept beside the service the event starts, else beside the open one.
  const savedFor = triggered ?? service;
  const suggestions = useMemo(() => {
    const names = new Set<string>([...(catalog?.triggers.map((t) => t.event) ?? []), ...(catalog?.waiting.map((w) => w.event) ?? [])]);
    return [...names].sort();
  }, [catalog]);

  const send = async (value: FluxEventInput | undefined = read.ok ? read.value : undefined) => {
    if (!value || sending) return;
    setSending(true);
    const result = await sendEvent(value);
    setSending(false);
    if (result) onClose();
  };

  return (
    <Dialog
      title="Send Flux Event"
      className="send-event-dialog"
      onSubmit={() => void send()}
      onCancel={onClose}
      buttons={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!read.ok || sending}>
            Send
          </button>
        </>
      }
    >
      <label htmlFor={ids.event}>Event</label>
      <input id={ids.event} list={ids.list} value={event} onChange={(e) => setEvent(e.target.value)} autoFocus spellCheck={false} autoComplete="off" />
      <datalist id={ids.list}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      <span className="send-event-dialog__label" id={`${ids.event}-inputs`}>
        Inputs
      </span>
      <div role="group" aria-labelledby={`${ids.event}-inputs`}>
        <Suspense fallback={<p className="studio-dialog__hint">Loading the editor…</p>}>
          <JsonEditor label="Inputs" value={inputs} onChange={setInputs} onSubmit={() => void send()} />
        </Suspense>
      </div>
      {triggered && declared.length > 0 && <InputsForm service={triggered} inputs={declared} text={inputs} onChange={setInputs} />}

      <label htmlFor={ids.tags}>Tags</label>
      <textarea id={ids.tags} rows={2} value={tags} onChange={(e) => setTags(e.target.value)} placeholder="one per line, or a, b" spellCheck={false} />

      <section className="send-event-dialog__preview" role="status" aria-label="What this event will do">
        {read.ok ? <EventPreviewView preview={preview} /> : <p className="studio-dialog__problem">{read.problem}</p>}
      </section>

      {recent.length > 0 && (
        <section aria-label="Recent events" className="send-event-dialog__recent">
          <span className="send-event-dialog__label">Recent</span>
          <ul>
            {recent.map((r) => (
              <li key={JSON.stringify(r)}>
                <button type="button" title="Send this event again" onClick={() => void send(r)}>
                  {describeInputs(r)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {savedFor && <SavedEvents service={savedFor} current={read.ok ? read.value : undefined} onSend={(e) => void send(e)} />}
      <p className="studio-dialog__hint">The event goes to every service and waiting run in the workspace.</p>
    </Dialog>
  );
}
