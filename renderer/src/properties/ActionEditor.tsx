import { lazy, Suspense } from 'react';
import type { FluxAction, FluxLine, FluxState } from '../../../shared/model';
import { ACTION_KINDS, LOG_LEVELS, actionKindOf, actionOfKind, messageLine, withLogLevel, withMessageLine, type ActionKind, type LogLevelName } from './action-edits';
import { CheckboxField, SelectField, TextField, Section } from './fields';
import { lineToRow, rowProblem, rowToLine } from './line-rows';
import { LineRowsEditor } from './LineRowsEditor';

// Monaco is large: the script editor loads it only when a Script action is shown.
const ScriptEditor = lazy(() => import('./ScriptEditor').then((m) => ({ default: m.ScriptEditor })));

export interface ActionEditorProps {
  state: FluxState;
  /** Every service of the workspace, for Invoke Service. */
  services: readonly string[];
  onChange(action: FluxAction): void;
}

/** The action type select and the editor of that kind. */
export function ActionEditor({ state, services, onChange }: ActionEditorProps) {
  const action = state.action;
  const kind = actionKindOf(action);
  const options: { value: ActionKind; label: string }[] = ACTION_KINDS.map((k) => ({ value: k.kind, label: k.label }));
  if (kind === 'code' && action.type === 'invokeCode') options.push({ value: 'code', label: `Invoke Code (${action.className}.${action.methodName})` });
  return (
    <Section title="Action">
      <SelectField label="Action type" value={kind} options={options} onChange={(next) => onChange(actionOfKind(action, next, services[0]))} />
      <ActionBody state={state} services={services} onChange={onChange} />
    </Section>
  );
}

function ActionBody({ state, services, onChange }: ActionEditorProps) {
  const action = state.action;
  const kind = actionKindOf(action);
  switch (action.type) {
    case undefined:
      return kind === 'map' ? <LineRowsEditor title="Lines" lines={action.lines ?? []} onChange={(lines) => onChange({ ...action, lines })} /> : null;
    case 'invokeCode': {
      const message = messageLine(action);
      const messageField = (
        <MessageField line={message} onChange={(line) => onChange(withMessageLine(action, line))} />
      );
      if (kind === 'log') {
        return (
          <>
            <SelectField
              label="Log level"
              value={action.methodName as LogLevelName}
              options={LOG_LEVELS.map((l) => ({ value: l, label: l.toUpperCase() }))}
              onChange={(level) => onChange(withLogLevel(action, level))}
            />
            {messageField}
          </>
        );
      }
      if (kind === 'throw') return messageField;
      return <LineRowsEditor title="Input lines" lines={action.inputs ?? []} onChange={(inputs) => onChange({ ...action, inputs })} />;
    }
    case 'invokeGloop':
      return (
        <>
          <SelectField
            label="Service"
            value={action.name}
            options={[
              ...(services.includes(action.name) ? [] : [{ value: action.name, label: action.name ? `${action.name} (not in the workspace)` : 'Choose a service', disabled: !action.name }]),
              ...services.map((s) => ({ value: s, label: s })),
            ]}
            onChange={(name) => onChange({ ...action, name })}
          />
          <LineRowsEditor title="Input lines" lines={action.inputs ?? []} onChange={(inputs) => onChange({ ...action, inputs })} />
          <LineRowsEditor title="Output lines" lines={action.outputs ?? []} onChange={(outputs) => onChange({ ...action, outputs })} />
        </>
      );
    case 'script':
      return (
        <>
          <div className="field-label">Script</div>
          <Suspense fallback={<div className="script-editor">Loading the editor…</div>}>
            <ScriptEditor code={action.code} inputs={state.input.map((p) => p.name)} onCommit={(code) => code !== action.code && onChange({ ...action, code })} />
          </Suspense>
          <LineRowsEditor title="Output lines" lines={action.outputs ?? []} onChange={(outputs) => onChange({ ...action, outputs })} />
        </>
      );
  }
}

/** The `message` of a log or a throw: an expression (as TORO writes it) or a literal text. */
function MessageField({ line, onChange }: { line: FluxLine | undefined; onChange(line: FluxLine): void }) {
  const row = line ? lineToRow(line) : { kind: 'expression' as const, to: 'message', value: '' };
  const expression = row.kind === 'expression';
  return (
    <>
      <TextField
        label="Message"
        value={row.value}
        monospace
        placeholder={expression ? '"Hello ${name}"' : 'text'}
        problem={(value) => rowProblem({ ...row, value })?.message}
        onCommit={(value) => onChange(rowToLine({ ...row, kind: row.kind === 'copy' ? 'expression' : row.kind, value }, line))}
      />
      <CheckboxField
        label="Message is an expression"
        checked={expression}
        onChange={(checked) => onChange(rowToLine({ ...row, kind: checked ? 'expression' : 'literal' }, line))}
      />
    </>
  );
}
