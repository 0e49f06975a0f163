import './console.css';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useStudio, useStudioStore } from '../store/context';
import { ConsoleList } from './ConsoleList';
import { ConsoleToolbar } from './ConsoleToolbar';
import { copyText } from './copy-text';
import { compileFilter } from './filter';
import { FilteredView } from './filtered-view';
import { droppedText, formatLine } from './format';

/** The Console tab: every log record, filtered, following the end unless the user reads back. */
export function ConsolePane() {
  const store = useStudioStore();
  const { buffer, version, services: seen } = useStudio((s) => s.console);
  const workspaceServices = useStudio((s) => s.services);
  const clearConsole = useStudio((s) => s.clearConsole);
  const filter = useStudio((s) => s.consoleFilter);
  const setFilter = useStudio((s) => s.setConsoleFilter);
  const [following, setFollowing] = useState(true);
  const [notice, setNotice] = useState('');
  // Re-filtering 100,000 records takes a few milliseconds: let typing stay responsive.
  const applied = useDeferredValue(filter);
  const predicate = useMemo(() => compileFilter(applied), [applied]);
  const view = useMemo(() => new FilteredView(buffer, predicate), [buffer, predicate]);
  view.sync(); // incremental: only records appended since the last render are looked at

  const services = useMemo(
    () => [...new Set([...workspaceServices.map((s) => s.name), ...seen])].sort(),
    [workspaceServices, seen],
  );

  // Stable, so memoised rows do not re-render for a new handler on every batch.
  const selectState = useCallback(
    (service: string, state: string) => {
      void store.getState().selectService(service).then(() => store.getState().select({ states: [state] }));
    },
    [store],
  );

  const copy = async () => {
    const lines = view.toArray().map(formatLine);
    const ok = await copyText(lines.join('\n'));
    setNotice(ok ? `Copied ${lines.length.toLocaleString('en-US')} line${lines.length === 1 ? '' : 's'}` : 'Could not copy: the clipboard refused');
  };

  const dropped = buffer.dropped;
  const total = buffer.size;
  return (
    <div className="console-pane">
      <ConsoleToolbar
        filter={filter}
        onFilterChange={setFilter}
        services={services}
        following={following}
        onFollow={() => setFollowing((f) => !f)}
        onClear={() => {
          clearConsole();
          setNotice('');
        }}
        onCopy={() => void copy()}
      />
      <div className="console-status">
        <span className="console-count">
          {predicate ? `${view.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}` : total.toLocaleString('en-US')} records
        </span>
        {dropped > 0 && <span className="console-dropped">{droppedText(dropped)}</span>}
        {!following && <span className="console-paused">Paused</span>}
        <span role="status">{notice}</span>
      </div>
      <ConsoleList view={view} version={version} following={following} onFollowChange={setFollowing} onSelectState={selectState} />
    </div>
  );
}
