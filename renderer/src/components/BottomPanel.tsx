import { RunsPane } from '../runs/RunsPane';
import { useStudio } from '../store/context';
import { BOTTOM_TABS } from '../store/panel-slice';
import { ConsolePane } from './ConsolePane';


/** The bottom panel and its tabs. */
export function BottomPanel() {
  const tab = useStudio((s) => s.bottomTab);
  const setTab = useStudio((s) => s.showBottomTab);
  return (
    <section className="bottom-panel" aria-label="Bottom panel">
      <div role="tablist" className="tabs">
        {BOTTOM_TABS.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab} className="tab-body">
        {tab === 'Console' ? <ConsolePane /> : <RunsPane />}
      </div>
    </section>
  );
}
