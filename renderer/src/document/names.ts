import { isValidStateName, type FluxDocument } from '../../../shared/model';

/**
 * A state identifier derived from a display name ("Await approval" -> "Await_approval"), made
 * unique among `taken` by a numeric suffix.
 */
export function stateNameFor(displayName: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = displayName.trim().replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (base === '') base = 'State';
  if (!isValidStateName(base)) base = `_${base}`;
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** The names of a document's states. */
export function stateNames(doc: FluxDocument): string[] {
  return doc.states.map((s) => s.name);
}

/** One line per entry, trimmed, without blanks or repeats (the Triggers and Tags dialogs). */
export function cleanList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const item = line.trim();
    if (item !== '') seen.add(item);
  }
  return [...seen];
}
