import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { startStateOf } from '../../../shared/model';
import { Dialog } from '../dialogs/Dialog';
import { useStudio } from '../store/context';
import { isDirty } from '../store/documents-slice';
import { parseInputs, parseTags } from './event-form';
import { InputsForm } from './InputsForm';
import './events.css';

const JsonEditor = lazy(() => import('../monaco/JsonEditor').then((m) => ({ default: m.JsonEditor })));

/** "Run": starts a run of the service directly, at a chosen state, with inputs and tags. */
export function RunDialog({ service, onClose }: { service: string; onClose(): void }) {
  const api = useStudio((s) => s.api);
  const open = useStudio((s) => s.documents[service]);
  const doc = open?.doc;
  const [startState, setStartState] = useState(() => (doc ? (startStateOf(doc)?.name ?? '') : ''));
  const [inputs, setInputs] = useState('{}');
  const [tags, setTags] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const ids = { state: useId(), tags: useId(), inputs: useId() };
  const parsed = useMemo(() => parseInputs(inputs), [inputs]);

  const run = async () => {
    if (!parsed.ok) return;
    const tagList = parseTags(tags);
    try {
      const result = await api.request('engine:execute', {
        service,
        inputs: parsed.value,
        ...(startState ? { startState } : {}),
        ...(tagList.length ? { tags: tagList } : {}),
      });
      if (result.started) onClose();
      else setProblems(result.reasons);
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Dialog
      title="Run"
      className="send-event-dialog"
      onSubmit={() => void run()}
      onCancel={onClose}
      buttons={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!parsed.ok}>
            Run
          </button>
        </>
      }
    >
      <p className="studio-dialog__hint">
        Starts a run of {service}
        {isDirty(open) ? ' as last saved (save to run your edits)' : ''}.
      </p>
      <label htmlFor={ids.state}>Start State</label>
      <select id={ids.state} value={startState} onChange={(e) => setStartState(e.target.value)}>
        {doc?.states.map((s) => (
          <option key={s.name} value={s.name}>
            {s.displayName || s.name}
          </option>
        ))}
      </select>
      <span className="send-event-dialog__label" id={ids.inputs}>
        Inputs
      </span>
      <div role="group" aria-labelledby={ids.inputs}>
        <Suspense fallback={<p className="studio-dialog__hint">Loading the editor…</p>}>
          <JsonEditor label="Inputs" value={inputs} onChange={setInputs} onSubmit={() => void run()} />
        </Suspense>
      </div>
      {doc?.input && doc.input.length > 0 && <InputsForm service={service} inputs={doc.input} text={inputs} onChange={setInputs} />}
      {!parsed.ok && <p className="studio-dialog__problem">{parsed.problem}</p>}
      <label htmlFor={ids.tags}>Tags</label>
      <textarea id={ids.tags} rows={2} value={tags} onChange={(e) => setTags(e.target.value)} spellCheck={false} />
      {problems.map((p) => (
        <p key={p} className="studio-dialog__problem" role="alert">
          {p}
        </p>
      ))}
    </Dialog>
  );
}
