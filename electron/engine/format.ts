import { displayValue } from '../../shared/expr';
import type { Vars } from './types';

/** Variables as the console shows them: compact JSON, dates as ISO text. */
export function formatVars(vars: Vars): string {
  try {
    return JSON.stringify(vars, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) ?? '{}';
  } catch {
    return displayValue(vars);
  }
}

/** A duration in seconds as the console shows it: `60 s`, `1.5 s`. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms) / 1000} s`;
}

/** A time as the console shows it. */
export function formatTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}
