import { lazy, Suspense } from 'react';
import { Canvas } from '../canvas/Canvas';
import { ParseErrorView } from '../source/ParseErrorView';
import { useCurrentDocument } from '../store/hooks';
import { RunHighlight } from '../runs/RunHighlight';
import '../runs/runs.css';
import { useStudio } from '../store/context';
import { CENTRE_TABS } from '../store/panel-slice';

// Monaco is large: load it when the Source tab is first opened.
const SourceView = lazy(() => import('./SourceView').then((m) => ({ default: m.SourceView })));

/** The selected service, as a canvas or as its .flux text. */
export function CentreArea() {
  const open = useCurrentDocument();
  const tab = useStudio((s) => s.centreTab);
  const setTab = useStudio((s) => s.showCentreTab);
  return (
    <main className="centre">
      <div role="tablist" className="tabs" aria-label="Editor views">
        {CENTRE_TABS.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {name}
          </button>
        ))}
      </div>
      <div className="centre-body">
        {tab === 'Canvas' && open && !open.doc ? (
          <ParseErrorView open={open} />
        ) : tab === 'Canvas' ? (
          <>
            <Canvas />
            <RunHighlight />
          </>
        ) : (
          <Suspense fallback={<div className="canvas-empty">Loading the editor…</div>}>
            <SourceView />
          </Suspense>
        )}
      </div>
    </main>
  );
}
