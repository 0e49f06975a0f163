// Runs are stored as JSON. Expressions can put Date values into a run's variables; they are
// written as `{"$date": ISO}` so a restored run reads the same values it had.
import type { RunData } from './types';

const DATE_KEY = '$date';

/** A run as JSON text. */
export function encodeRun(run: RunData): string {
  // A replacer costs a call per key; most runs hold no date and are written without one.
  if (!holdsSpecial(run, 0)) return JSON.stringify(run);
  return JSON.stringify(run, function replacer(this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { [DATE_KEY]: Number.isNaN(raw.getTime()) ? null : raw.toISOString() };
    if (typeof value === 'bigint') return value.toString();
    return value;
  });
}

function holdsSpecial(value: unknown, depth: number): boolean {
  if (value instanceof Date || typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object' || depth > 200) return false;
  if (Array.isArray(value)) return value.some((v) => holdsSpecial(v, depth + 1));
  for (const key in value) if (holdsSpecial((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/** A run from the JSON text encodeRun wrote; throws on text that is not one. */
export function decodeRun(text: string): RunData {
  const run = JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === DATE_KEY) {
        const iso = (value as Record<string, unknown>)[DATE_KEY];
        return typeof iso === 'string' ? new Date(iso) : new Date(NaN);
      }
    }
    return value;
  }) as RunData;
  if (typeof run?.id !== 'string' || typeof run.service !== 'string' || typeof run.version !== 'string' || typeof run.status !== 'string') {
    throw new Error('not a stored run');
  }
  return run;
}
