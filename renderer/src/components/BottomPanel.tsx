import { useState } from 'react';
import { ConsolePane } from './ConsolePane';

const TABS = ['Console'] as const;
type Tab = (typeof TABS)[number];

/** The bottom panel and its tabs. */
export function BottomPanel() {
  const [tab, setTab] = useState<Tab>('Console');
  return (
    <section className="bottom-panel" aria-label="Bottom panel">
      <div role="tablist" className="tabs">
        {TABS.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab} className="tab-body">
        {tab === 'Console' && <ConsolePane />}
      </div>
    </section>
  );
}
