import type { EventPreview } from '../../../shared/api';

/** What an event will do, shown before it is sent: who starts, who resumes, and who refuses and why. */
export function EventPreviewView({ preview }: { preview: EventPreview | undefined }) {
  if (!preview) return <p className="studio-dialog__hint">…</p>;
  const { starts, resumes, nearest } = preview;
  const accepted = starts.filter((s) => s.problems.length === 0);
  const resuming = resumes.filter((r) => r.problems.length === 0);
  const refusals = [
    ...starts.filter((s) => s.problems.length > 0).map((s) => `${s.service} will not start: ${s.problems.join('; ')}`),
    ...resumes.filter((r) => r.problems.length > 0).map((r) => `Run ${r.run} of ${r.service} keeps waiting in ${r.state}: ${r.problems.join('; ')}`),
  ];
  return (
    <div className="event-preview">
      {accepted.length > 0 && <p>Starts {accepted.map((s) => s.service).join(', ')}</p>}
      {resuming.length > 0 && (
        <p>
          Resumes {resuming.length} waiting run{resuming.length === 1 ? '' : 's'} ({[...new Set(resuming.map((r) => r.service))].join(', ')})
        </p>
      )}
      {refusals.map((text) => (
        <p key={text} className="studio-dialog__problem">
          {text}
        </p>
      ))}
      {starts.length + resumes.length === 0 && (
        <p className="studio-dialog__problem">
          No service or waiting run takes this event{nearest ? `; did you mean ${nearest}?` : '.'}
        </p>
      )}
    </div>
  );
}
