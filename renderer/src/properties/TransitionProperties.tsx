import { parseExpression, formatExpressionError } from '../../../shared/expr';
import type { FluxDocument, FluxTransition } from '../../../shared/model';
import { updateTransition, type TransitionRef } from '../document/edits';
import { LineRowsEditor } from './LineRowsEditor';
import { SelectField, TextField } from './fields';
import { eventSuggestions } from './state-edits';
import { formatWait, parseWait, secondsProblem, type WaitForm } from './wait-text';

export interface TransitionPropertiesProps {
  doc: FluxDocument;
  at: TransitionRef;
  transition: FluxTransition;
  edit(command: string, change: (doc: FluxDocument) => FluxDocument): void;
}

const WAIT_KINDS = [
  { value: 'none', label: 'No wait' },
  { value: 'duration', label: 'Seconds' },
  { value: 'date', label: 'Until a date' },
] as const;

/** One transition: its event, its wait, and the lines that carry data to the target's inputs. */
export function TransitionProperties({ doc, at, transition, edit }: TransitionPropertiesProps) {
  const update = (patch: Partial<FluxTransition>) => edit('transition.update', (d) => updateTransition(d, at, patch));
  const wait = parseWait(transition.wait);
  const setWait = (form: WaitForm) => update({ wait: formatWait(form) });
  const target = doc.states.find((s) => s.name === transition.to);
  return (
    <div className="props-body">
      <p className="props-route">
        {at.from} → {transition.to}
      </p>
      <TextField
        label="Event"
        value={transition.event ?? ''}
        placeholder="none (taken when it is the only way on)"
        suggestions={eventSuggestions(doc)}
        onCommit={(event) => update({ event: event.trim() || undefined })}
      />
      <SelectField
        label="Wait"
        value={wait.kind}
        options={WAIT_KINDS}
        onChange={(kind) => setWait(kind === 'none' ? { kind } : kind === 'duration' ? { kind, seconds: '10' } : { kind, expression: 'new Date()' })}
      />
      {wait.kind === 'duration' && (
        <TextField label="Seconds" value={wait.seconds} problem={secondsProblem} onCommit={(seconds) => setWait({ kind: 'duration', seconds })} />
      )}
      {wait.kind === 'date' && (
        <TextField
          label="Date expression"
          value={wait.expression}
          monospace
          problem={(text) => {
            const parsed = parseExpression(text);
            return parsed.ok ? undefined : formatExpressionError(parsed.error);
          }}
          onCommit={(expression) => setWait({ kind: 'date', expression })}
        />
      )}
      <TextField label="Comment" value={transition.comments ?? ''} onCommit={(comments) => update({ comments: comments || undefined })} />
      <LineRowsEditor title="Lines" lines={transition.lines ?? []} targets={target?.input.map((p) => p.name)} onChange={(lines) => update({ lines: lines.length ? lines : undefined })} />
    </div>
  );
}
