import type { LogLevel } from '../../../shared/api';
import { LEVELS, type ConsoleFilter } from './filter';

interface Props {
  filter: ConsoleFilter;
  onFilterChange(filter: ConsoleFilter): void;
  services: string[];
  following: boolean;
  onFollow(): void;
  onClear(): void;
  onCopy(): void;
}

const LEVEL_LABELS: Record<LogLevel, string> = { DEBUG: 'All levels', INFO: 'INFO and above', WARN: 'WARN and above', ERROR: 'ERROR only' };

/** The console's filters and commands, each with a visible or accessible label. */
export function ConsoleToolbar({ filter, onFilterChange, services, following, onFollow, onClear, onCopy }: Props) {
  const change = (patch: Partial<ConsoleFilter>) => onFilterChange({ ...filter, ...patch });
  return (
    <div className="console-toolbar" role="toolbar" aria-label="Console">
      <label>
        Level
        <select value={filter.minLevel} onChange={(e) => change({ minLevel: e.target.value as LogLevel })}>
          {LEVELS.map((level) => (
            <option key={level} value={level}>{LEVEL_LABELS[level]}</option>
          ))}
        </select>
      </label>
      <label>
        Service
        <select value={filter.service} onChange={(e) => change({ service: e.target.value })}>
          <option value="">All services</option>
          {services.map((name) => (
            <option key={name} value={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Run
        <input className="console-run-filter" value={filter.run} placeholder="any" spellCheck={false} onChange={(e) => change({ run: e.target.value })} />
      </label>
      <input
        type="search"
        className="console-text-filter"
        aria-label="Filter"
        placeholder="Filter"
        value={filter.text}
        spellCheck={false}
        onChange={(e) => change({ text: e.target.value })}
      />
      <button type="button" onClick={onClear}>Clear</button>
      <button type="button" onClick={onCopy}>Copy</button>
      <button type="button" className="console-follow" aria-pressed={following} title={following ? 'Following the newest records' : 'Paused: follow the newest records again'} onClick={onFollow}>
        Follow
      </button>
    </div>
  );
}
