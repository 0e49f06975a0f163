import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

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

/**
 * A modal that asks for one line of text. A native <dialog> opened with showModal, so focus stays
 * inside, Esc cancels, and the page behind does not take clicks.
 */
export function PromptDialog({ title, label, submitLabel, initial = '', allowBlank = false, onSubmit, onCancel }: PromptDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(initial);
  const fieldId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const blank = value.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blank && !allowBlank) return;
    onSubmit(value);
  };
  return (
    <dialog
      ref={ref}
      className="prompt-dialog nokey"
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 className="prompt-dialog__title">{title}</h2>
        <label htmlFor={fieldId}>{label}</label>
        <input id={fieldId} autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} spellCheck={false} autoComplete="off" />
        <div className="prompt-dialog__buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={blank && !allowBlank}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
