import { lazy, Suspense, useState } from 'react';
import { Canvas } from '../canvas/Canvas';

// Monaco is large: load it when the Source tab is first opened.
const SourceView = lazy(() => import('./SourceView').then((m) => ({ default: m.SourceView })));

const TABS = ['Canvas', 'Source'] as const;
type Tab = (typeof TABS)[number];

/** The selected service, as a canvas or as its .flux text. */
export function CentreArea() {
  const [tab, setTab] = useState<Tab>('Canvas');
  return (
    <main className="centre">
      <div role="tablist" className="tabs" aria-label="Editor views">
        {TABS.map((name) => (
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
