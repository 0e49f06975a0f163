import { lazy, Suspense } from 'react';
import { Canvas } from '../canvas/Canvas';
import { useStudio } from '../store/context';
import { CENTRE_TABS } from '../store/panel-slice';

// Monaco is large: load it when the Source tab is first opened.
const SourceView = lazy(() => import('./SourceView').then((m) => ({ default: m.SourceView })));

/** The selected service, as a canvas or as its .flux text. */
export function CentreArea() {
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
        {tab === 'Canvas' ? (
          <Canvas />
        ) : (
          <Suspense fallback={<div className="canvas-empty">Loading the editor…</div>}>
            <SourceView />
          </Suspense>
        )}
      </div>
    </main>
  );
}
