import type { FluxDocument, FluxState } from '../../../shared/model';
import { updateState } from '../document/edits';
import { ActionEditor } from './ActionEditor';
import { MarkdownField } from './MarkdownField';
import { PropertyTable } from './PropertyTable';
import { CheckboxField, TextField } from './fields';
import { renameStateTo, stateNameProblem } from './state-edits';

export interface StatePropertiesProps {
  doc: FluxDocument;
  state: FluxState;
  services: readonly string[];
  edit(command: string, change: (doc: FluxDocument) => FluxDocument): void;
  /** Called after a rename, so the selection follows the state. */
  onRenamed(name: string): void;
}

/** One state: its names, comment, waiting flag, declared inputs and outputs, and its action. */
export function StateProperties({ doc, state, services, edit, onRenamed }: StatePropertiesProps) {
  const update = (patch: Partial<Omit<FluxState, 'name'>>) => edit('state.update', (d) => updateState(d, state.name, patch));
  return (
    <div className="props-body">
      <TextField
        label="Name"
        value={state.name}
        monospace
        problem={(name) => stateNameProblem(doc, state.name, name)}
        onCommit={(name) => {
          if (stateNameProblem(doc, state.name, name)) return;
          edit('state.rename', (d) => renameStateTo(d, state.name, name));
          onRenamed(name.trim());
        }}
      />
      <TextField label="Display Name" value={state.displayName ?? ''} placeholder={state.name} onCommit={(displayName) => update({ displayName: displayName.trim() || undefined })} />
      <MarkdownField label="Comment" value={state.comment ?? ''} onCommit={(comment) => update({ comment: comment || undefined })} />
      <CheckboxField label="Waiting" checked={state.waiting === true} onChange={(waiting) => update({ waiting: waiting || undefined })} />
      <PropertyTable title="Inputs" properties={state.input} onChange={(input) => update({ input })} />
      <PropertyTable title="Outputs" properties={state.output} onChange={(output) => update({ output })} />
      <ActionEditor state={state} services={services} onChange={(action) => edit('state.set-action', (d) => updateState(d, state.name, { action }))} />
    </div>
  );
}
