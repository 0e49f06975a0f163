import type { FluxDocument } from '../../../shared/model';
import { updateService, type ServicePatch } from '../document/edits';
import { ListField } from './ListField';
import { formatExpressionError, parseTemplate } from '../../../shared/expr';
import { MarkdownField } from './MarkdownField';
import { PropertyTable } from './PropertyTable';
import { SelectField, TextField } from './fields';

export interface ServicePropertiesProps {
  service: string;
  doc: FluxDocument;
  /** Applies a named edit to the service's document (one undo step). */
  edit(command: string, change: (doc: FluxDocument) => FluxDocument): void;
}

/** "Flux Properties": what the whole service declares. */
export function ServiceProperties({ service, doc, edit }: ServicePropertiesProps) {
  const patch = (command: string, p: ServicePatch) => edit(command, (d) => updateService(d, p));
  const start = doc.startState ?? '';
  return (
    <div className="props-body">
      <TextField label="Name" value={service} readOnly onCommit={() => undefined} />
      <MarkdownField label="Comment" value={doc.comment ?? ''} onCommit={(comment) => patch('service.set-comment', { comment })} />
      <SelectField
        label="Start State"
        value={start}
        options={[
          { value: '', label: doc.states[0] ? `First state (${doc.states[0].name})` : 'No states yet' },
          ...(start && !doc.states.some((s) => s.name === start) ? [{ value: start, label: `${start} (missing)` }] : []),
          ...doc.states.map((s) => ({ value: s.name, label: s.displayName && s.displayName !== s.name ? `${s.displayName} (${s.name})` : s.name })),
        ]}
        onChange={(startState) => patch('service.set-start-state', { startState })}
      />
      <ListField label="Triggers" items={doc.triggers ?? []} hint="One event name per line: each starts a new run of this service." onChange={(triggers) => patch('service.set-triggers', { triggers })} />
      <ListField
        label="Tags"
        items={doc.tags ?? []}
        hint="One tag per line; ${} expressions see the service's inputs."
        checkItem={tagProblem}
        onChange={(tags) => patch('service.set-tags', { tags })}
      />
      <PropertyTable title="Inputs" properties={doc.input ?? []} onChange={(input) => patch('service.set-inputs', { input })} />
      <PropertyTable title="Outputs" properties={doc.output ?? []} onChange={(output) => patch('service.set-outputs', { output })} />
    </div>
  );
}

/** A tag is a template: `${}` parts must parse (they are evaluated against the run's inputs). */
function tagProblem(tag: string): string | undefined {
  const parsed = parseTemplate(tag);
  return parsed.ok ? undefined : formatExpressionError(parsed.error);
}
