import type { FluxLine } from '../../../shared/model';
import { lineToRow, rowProblem, rowToLine, type LineRow, type LineRowKind } from './line-rows';
import { Section, TextField } from './fields';

export interface LineRowsEditorProps {
  /** The section's title ("Lines", "Input lines"); rows are named "Line 1 target" within it. */
  title: string;
  lines: readonly FluxLine[];
  onChange(lines: FluxLine[]): void;
  /** Target paths worth suggesting (the target state's inputs). */
  targets?: readonly string[];
}

const KINDS: { value: LineRowKind; label: string }[] = [
  { value: 'expression', label: 'Expression' },
  { value: 'literal', label: 'Literal' },
  { value: 'copy', label: 'Copy from' },
];

/** Mapping lines as rows: a target path, then an expression, a literal or a source path, checked as the user types. */
export function LineRowsEditor({ title, lines, onChange, targets }: LineRowsEditorProps) {
  const rows = lines.map(lineToRow);
  const replace = (index: number, patch: Partial<LineRow>) =>
    onChange(lines.map((line, i) => (i === index ? rowToLine({ ...rows[i]!, ...patch }, line) : line)));
  const add = () => onChange([...lines, { type: 'set', expression: '', evaluate: true, to: [] } as FluxLine]);
  const remove = (index: number) => onChange(lines.filter((_, i) => i !== index));
  return (
    <Section
      title={title}
      actions={
        <button type="button" className="icon-button" aria-label={`Add to ${title}`} title={`Add a line to ${title.toLowerCase()}`} onClick={add}>
          +
        </button>
      }
    >
      {rows.length === 0 && <p className="props-empty">No lines.</p>}
      {rows.map((row, index) => {
        const name = `${title} ${index + 1}`;
        const problem = (field: 'to' | 'value') => (text: string) => {
          const found = rowProblem({ ...row, [field]: text });
          return found?.field === field ? found.message : undefined;
        };
        return (
          <div key={index} className="line-row" role="group" aria-label={name}>
            <div className="line-row__head">
              <TextField hideLabel label={`${name} target`} value={row.to} placeholder="target.path" monospace suggestions={targets} problem={problem('to')} onCommit={(to) => replace(index, { to })} />
              <select aria-label={`${name} kind`} value={row.kind} onChange={(e) => replace(index, { kind: e.target.value as LineRowKind })}>
                {KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
              <button type="button" className="icon-button" aria-label={`Remove ${name}`} title="Remove the line" onClick={() => remove(index)}>
                ×
              </button>
            </div>
            <TextField
              hideLabel
              label={`${name} ${row.kind === 'copy' ? 'source' : row.kind}`}
              value={row.value}
              placeholder={row.kind === 'copy' ? 'source.path' : row.kind === 'expression' ? 'expression' : 'text'}
              monospace
              problem={problem('value')}
              onCommit={(value) => replace(index, { value })}
            />
          </div>
        );
      })}
    </Section>
  );
}
