import { useMemo } from 'react';
import { useStudio } from '../store/context';
import { runPath, runPathCss } from './run-path';

/**
 * Highlights the selected run on the canvas, live: its current state ringed, the states and
 * transitions it took drawn in blue. It styles React Flow's elements by id, so the canvas itself
 * needs no knowledge of runs; a status line says the same for screen readers and tests.
 */
export function RunHighlight() {
  const detail = useStudio((s) => s.runDetail);
  const service = useStudio((s) => s.selectedService);
  const doc = useStudio((s) => (s.selectedService ? s.documents[s.selectedService]?.doc : undefined));
  const path = useMemo(() => (detail && doc && detail.service === service ? runPath(detail, doc) : undefined), [detail, doc, service]);
  if (!path || !detail) return null;
  return (
    <>
      <style>{runPathCss(path)}</style>
      <p className="run-highlight" role="status" aria-label="Selected run">
        Run {detail.id}: {detail.status.toLowerCase()} in {path.current}
      </p>
    </>
  );
}
