import type { LogLevel, LogRecord } from '../../../shared/api';

/** Levels from least to most severe; a minimum level shows itself and everything after it. */
export const LEVELS: readonly LogLevel[] = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

/** What the user narrowed the console to. Empty strings mean "any". */
export interface ConsoleFilter {
  minLevel: LogLevel;
  service: string;
  run: string;
  text: string;
}

export const noFilter: ConsoleFilter = { minLevel: 'DEBUG', service: '', run: '', text: '' };

export type RecordPredicate = (record: LogRecord) => boolean;

/**
 * Turns a filter into one predicate, or null when it lets everything through, so the common
 * unfiltered case needs no index at all. The run matches by substring (run ids are long and users
 * paste or type a part); the text matches message, service, run and state, ignoring case.
 */
export function compileFilter(filter: ConsoleFilter): RecordPredicate | null {
  const checks: RecordPredicate[] = [];
  const min = LEVELS.indexOf(filter.minLevel);
  if (min > 0) checks.push((r) => LEVELS.indexOf(r.level) >= min);
  if (filter.service) checks.push((r) => r.service === filter.service);
  const run = filter.run.trim();
  if (run) checks.push((r) => r.run !== undefined && r.run.includes(run));
  const text = filter.text.trim().toLowerCase();
  if (text) {
    checks.push((r) =>
      r.message.toLowerCase().includes(text) ||
      (r.service?.toLowerCase().includes(text) ?? false) ||
      (r.run?.toLowerCase().includes(text) ?? false) ||
      (r.state?.toLowerCase().includes(text) ?? false),
    );
  }
  if (checks.length === 0) return null;
  return (r) => checks.every((check) => check(r));
}
