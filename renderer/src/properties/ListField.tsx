import { useId, useState } from 'react';
import { cleanList } from '../document/names';
import { TextDialog } from '../dialogs/TextDialog';

export interface ListFieldProps {
  /** "Triggers" or "Tags": the field's label and the dialog's title. */
  label: string;
  items: readonly string[];
  onChange(items: string[]): void;
  hint?: string;
  /** Checks one item; what is wrong with it, or undefined. The dialog's OK waits until every item passes. */
  checkItem?(item: string): string | undefined;
}

/**
 * A list edited in a dialog, one item per line: the field shows the items; its "…" button
 * ("Edit Triggers") and a double-click on the field open the dialog. Blank lines and repeats are
 * dropped and spaces trimmed when the user presses OK.
 */
export function ListField({ label, items, onChange, hint, checkItem }: ListFieldProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const shown = items.join(', ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field__control">
        <input id={id} readOnly value={shown} placeholder="None" title={shown} onDoubleClick={() => setOpen(true)} />
        <button type="button" className="field__more" aria-label={`Edit ${label}`} title={`Edit ${label}`} onClick={() => setOpen(true)}>
          …
        </button>
      </div>
      {open && (
        <TextDialog
          title={label}
          label={label}
          multiline
          initial={items.join('\n')}
          hint={hint ?? 'One per line.'}
          validate={checkItem && ((text) => firstProblem(text, checkItem))}
          onCancel={() => setOpen(false)}
          onSubmit={(text) => {
            setOpen(false);
            const next = cleanList(text);
            if (next.join('\n') !== items.join('\n')) onChange(next);
          }}
        />
      )}
    </div>
  );
}

/** The first item of a one-per-line text that fails `check`, as `line N: problem`. */
export function firstProblem(text: string, check: (item: string) => string | undefined): string | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const item = lines[i]!.trim();
    const problem = item === '' ? undefined : check(item);
    if (problem !== undefined) return `Line ${i + 1}: ${problem}`;
  }
  return undefined;
}
