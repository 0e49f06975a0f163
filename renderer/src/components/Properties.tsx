import { useMemo } from 'react';
import { readDocument } from '../canvas/toFlow';
import { useStudio } from '../store/context';

/** The properties of what is selected; for now, the service's own. */
export function Properties() {
  const selected = useStudio((s) => s.selectedService);
  const open = useStudio((s) => (s.selectedService ? s.open[s.selectedService] : undefined));
  const document = useMemo(() => (open ? readDocument(open.file.text).document : undefined), [open]) as
    | { triggers?: string[]; tags?: string[]; comment?: string; startState?: string }
    | undefined;
  return (
    <aside className="properties" aria-label="Properties">
      <header className="pane-title">Flux Properties</header>
      {selected && document ? (
        <dl>
          <dt>Name</dt>
          <dd>{selected}</dd>
          <dt>Start State</dt>
          <dd>{document.startState ?? '—'}</dd>
          <dt>Triggers</dt>
          <dd>{document.triggers?.join(', ') || '—'}</dd>
          <dt>Tags</dt>
          <dd>{document.tags?.join(', ') || '—'}</dd>
          <dt>Comment</dt>
          <dd className="pre">{document.comment ?? '—'}</dd>
        </dl>
      ) : (
        <p className="muted">Nothing selected.</p>
      )}
    </aside>
  );
}
