import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import './dialogs.css';

export interface DialogProps {
  /** The title, also the dialog's accessible name ("Triggers"). */
  title: string;
  children: ReactNode;
  /** The buttons row; a button of type submit submits the dialog's form. */
  buttons: ReactNode;
  onSubmit?(): void;
  /** Esc, or the dialog closed by the browser. */
  onCancel(): void;
  className?: string;
}

/**
 * A modal: a native <dialog> opened with showModal, so focus stays inside, Esc cancels and the page
 * behind takes no clicks. `nokey` keeps the canvas's shortcuts away from its fields.
 */
export function Dialog({ title, children, buttons, onSubmit, onCancel, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={`studio-dialog nokey ${className ?? ''}`}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 className="studio-dialog__title">{title}</h2>
        <div className="studio-dialog__body">{children}</div>
        <div className="studio-dialog__buttons">{buttons}</div>
      </form>
    </dialog>
  );
}
