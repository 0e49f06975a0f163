import { useId, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';

export interface PromptDialogProps {
  /** The dialog's title and accessible name ("Add State"). */
  title: string;
  /** The field's label ("Name"). */
  label: string;
  submitLabel: string;
  initial?: string;
  /** Whether an empty answer may be submitted (a transition's event may be blank). */
  allowBlank?: boolean;
  onSubmit(value: string): void;
  onCancel(): void;
}

/** A modal that asks for one line of text, on the studio's shared Dialog (Esc cancels, Enter submits). */
export function PromptDialog({ title, label, submitLabel, initial = '', allowBlank = false, onSubmit, onCancel }: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  const fieldId = useId();
  const blank = value.trim() === '';
  return (
    <Dialog
      title={title}
      onSubmit={() => {
        if (!blank || allowBlank) onSubmit(value);
      }}
      onCancel={onCancel}
      buttons={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={blank && !allowBlank}>
            {submitLabel}
          </button>
        </>
      }
    >
      <label htmlFor={fieldId}>{label}</label>
      <input id={fieldId} autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} spellCheck={false} autoComplete="off" />
    </Dialog>
  );
}
