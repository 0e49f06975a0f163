import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Called when the user is done with the field (blur, Enter, or Ctrl+S); not on every key. */
  onCommit(value: string): void;
  multiline?: boolean;
  /** Why the text as typed is wrong (checked on every key), shown by the field; a wrong text is still committed. */
  problem?(value: string): string | undefined;
  /** A datalist of suggestions. */
  suggestions?: readonly string[];
  placeholder?: string;
  monospace?: boolean;
  /** Hide the visible label (the row has a header); the accessible name stays. */
  hideLabel?: boolean;
  onDoubleClick?(): void;
  readOnly?: boolean;
  after?: ReactNode;
}

/**
 * A text field that edits a draft and commits it as one undoable step. Committing on every key
 * would make each letter an undo step; committing on blur alone would lose the last field edited
 * before Ctrl+S, so Ctrl+S commits first (the field's handler runs before the window's).
 */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, multiline, problem, suggestions, placeholder, monospace, hideLabel, onDoubleClick, readOnly, after } = props;
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const id = useId();
  const listId = `${id}-list`;
  // A change from elsewhere (undo, the canvas, the Source tab) replaces the draft unless the user is typing.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const commit = () => {
    editing.current = false;
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !multiline) commit();
    else if (event.key === 's' && (event.ctrlKey || event.metaKey)) commit();
    else if (event.key === 'Escape') {
      editing.current = false;
      setDraft(value);
    }
  };
  const message = problem?.(draft);
  const common = {
    id,
    value: draft,
    placeholder,
    readOnly,
    spellCheck: false,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-problem` : undefined,
    className: monospace ? 'mono' : undefined,
    onChange: (e: { target: { value: string } }) => {
      editing.current = true;
      setDraft(e.target.value);
    },
    onBlur: commit,
    onKeyDown,
    onDoubleClick,
  };
  return (
    <div className={`field${message ? ' has-problem' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="field__control">
        {multiline ? <textarea rows={3} {...common} /> : <input autoComplete="off" list={suggestions ? listId : undefined} {...common} />}
        {after}
      </div>
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {message && (
        <div id={`${id}-problem`} className="field__problem" role="status">
          {message}
        </div>
      )}
    </div>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field field--check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string; disabled?: boolean }[];
  onChange(value: T): void;
  hideLabel?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, hideLabel }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A titled group of fields. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="props-section" aria-label={title}>
      <header className="props-section__title">
        <h3>{title}</h3>
        {actions}
      </header>
      {children}
    </section>
  );
}
