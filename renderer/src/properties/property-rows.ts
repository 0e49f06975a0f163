// Declared inputs and outputs as rows of the Properties panel: how a typed default or a list of
// choices becomes the value the file keeps.
import type { FluxProperty } from '../../../shared/model';

/** A value as its field shows it: strings as they are, other values as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What a field's text means for a property of `type`: numbers and booleans for those types, JSON
 * for objects, the text itself otherwise. Blank means "no value".
 */
export function parseValue(text: string, type: string | undefined): unknown {
  if (text.trim() === '') return undefined;
  switch (type ?? 'string') {
    case 'integer':
    case 'long':
    case 'double':
    case 'bigDecimal': {
      const n = Number(text.trim());
      return Number.isFinite(n) ? n : text;
    }
    case 'boolean':
      return text.trim() === 'true' ? true : text.trim() === 'false' ? false : text;
    case 'object':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** `a, b, c` -> the choices, each read as a value of the property's type. */
export function parseChoices(text: string, type: string | undefined): unknown[] | undefined {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length === 0 ? undefined : items.map((item) => parseValue(item, type));
}

export function choicesText(choices: unknown[] | undefined): string {
  return (choices ?? []).map(valueText).join(', ');
}

/** A property with a field changed; a field set to undefined leaves the file. */
export function patchProperty(property: FluxProperty, patch: Partial<FluxProperty>): FluxProperty {
  const next = { ...property, ...patch } as FluxProperty & Record<string, unknown>;
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next;
}

/** A name for a new row: `input`, `input2`, ... not yet used. */
export function freshPropertyName(base: string, properties: readonly FluxProperty[]): string {
  const used = new Set(properties.map((p) => p.name));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}
