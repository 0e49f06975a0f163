import { useId, useState } from 'react';
import { Dialog } from './Dialog';

export interface TextDialogProps {
  title: string;
  label: string;
  initial?: string;
  submitLabel?: string;
  /** One multi-line box (the Triggers and Tags lists) instead of one line. */
  multiline?: boolean;
  /** Why the answer cannot be taken yet (shown under the field), or undefined when it can. */
  validate?(value: string): string | undefined;
  hint?: string;
  onSubmit(value: string): void;
  onCancel(): void;
}

/** A dialog asking for one text: a name, or a list of one item per line. */
export function TextDialog({ title, label, initial = '', submitLabel = 'OK', multiline, validate, hint, onSubmit, onCancel }: TextDialogProps) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const problem = validate?.(value);
  const submit = () => {
    if (problem === undefined) onSubmit(value);
  };
  return (
    <Dialog
      title={title}
      onSubmit={submit}
      onCancel={onCancel}
      buttons={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={problem !== undefined}>
            {submitLabel}
          </button>
        </>
      }
    >
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} autoFocus rows={8} value={value} onChange={(e) => setValue(e.target.value)} spellCheck={false} />
      ) : (
        <input id={id} autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} spellCheck={false} autoComplete="off" />
      )}
      {hint && <p className="studio-dialog__hint">{hint}</p>}
      {problem && value !== '' && (
        <p className="studio-dialog__problem" role="status">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
