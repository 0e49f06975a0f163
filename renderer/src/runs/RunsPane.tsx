import type { RunSummary } from '../../../shared/api';
import { useStudio } from '../store/context';
import './runs.css';

const LIVE: ReadonlySet<RunSummary['status']> = new Set(['RUNNING', 'WAITING', 'SLEEPING']);

function clock(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toLocaleTimeString(undefined, { hour12: false });
}

/** Every run with its service, status, current state, tags and times; the selected one in full. */
export function RunsPane() {
  const runs = useStudio((s) => s.runs);
  const selected = useStudio((s) => s.selectedRun);
  const detail = useStudio((s) => s.runDetail);
  const selectRun = useStudio((s) => s.selectRun);
  const terminate = useStudio((s) => s.terminateRun);
  const current = runs.find((r) => r.id === selected);
  return (
    <div className="runs">
      <div className="runs__list">
        {runs.length === 0 ? (
          <p className="muted">No runs yet: send an event (Ctrl+Shift+E) or run a service.</p>
        ) : (
          <table aria-label="Runs">
            <thead>
              <tr>
                <th>Run</th>
                <th>Service</th>
                <th>Status</th>
                <th>State</th>
                <th>Tags</th>
                <th>Started</th>
                <th>Ended</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr
                  key={run.id}
                  aria-selected={run.id === selected}
                  className={run.id === selected ? 'selected' : undefined}
                  tabIndex={0}
                  onClick={() => void selectRun(run.id)}
                  onKeyDown={(e) => e.key === 'Enter' && void selectRun(run.id)}
                >
                  <td>{run.id}</td>
                  <td>{run.service}</td>
                  <td className={`run-status run-status--${run.status.toLowerCase()}`}>{run.status.toLowerCase()}</td>
                  <td>{run.state}</td>
                  <td>{run.tags.join(', ')}</td>
                  <td>{clock(run.startedAt)}</td>
                  <td>{clock(run.endedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {current && (
        <aside className="runs__detail" aria-label={`Run ${current.id}`}>
          <header>
            <strong>
              {current.service} #{current.id}
            </strong>{' '}
            <span className={`run-status run-status--${current.status.toLowerCase()}`}>{current.status.toLowerCase()}</span>
            <button type="button" disabled={!LIVE.has(current.status)} onClick={() => void terminate(current.id)}>
              Terminate
            </button>
          </header>
          {current.error && <p className="runs__error">{current.error.message}</p>}
          <pre aria-label="Run context">{detail ? JSON.stringify({ inputs: detail.inputs, outputs: detail.outputs, ...detail.context }, null, 2) : '…'}</pre>
        </aside>
      )}
    </div>
  );
}
