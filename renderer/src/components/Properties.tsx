import { useStudio } from '../store/context';
import { useCurrentDocument } from '../store/hooks';

/** The properties of what is selected; for now, the service's own. */
export function Properties() {
  const service = useStudio((s) => s.selectedService);
  const doc = useCurrentDocument()?.doc;
  return (
    <aside className="properties" aria-label="Properties">
      <header className="pane-title">Flux Properties</header>
      {service && doc ? (
        <dl>
          <dt>Name</dt>
          <dd>{service}</dd>
          <dt>Start State</dt>
          <dd>{doc.startState ?? '—'}</dd>
          <dt>Triggers</dt>
          <dd>{doc.triggers?.join(', ') || '—'}</dd>
          <dt>Tags</dt>
          <dd>{doc.tags?.join(', ') || '—'}</dd>
          <dt>Comment</dt>
          <dd className="pre">{doc.comment ?? '—'}</dd>
        </dl>
      ) : (
        <p className="muted">Nothing selected.</p>
      )}
    </aside>
  );
}
