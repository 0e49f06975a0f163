import { valueTypeProblem, type FluxProperty } from '../../shared/model';
import { valueKey } from '../../shared/model/value-type';
import type { Vars } from './types';

/** Inputs after checking: the values to use (defaults filled, text converted), or the problems. */
export type InputCheck = { ok: true; values: Vars } | { ok: false; problems: string[] };

/**
 * Checks `given` against declarations (FLUX.md step 1): type, `allowNull: false` (required) and
 * `choices`; defaults fill missing values. Undeclared inputs pass through untouched, since events
 * often carry more than one service reads.
 */
export function validateInputs(declared: readonly FluxProperty[] | undefined, given: Vars | undefined): InputCheck {
  const values: Vars = { ...(given ?? {}) };
  const problems: string[] = [];
  for (const property of declared ?? []) {
    const result = checkProperty(property, values[property.name], property.name, problems);
    values[property.name] = result;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

function checkProperty(property: FluxProperty, raw: unknown, label: string, problems: string[]): unknown {
  let value = raw === undefined ? null : raw;
  if (value === null && property.defaultValue !== undefined) value = structuredClone(property.defaultValue);
  if (value === null) {
    if (property.allowNull === false) problems.push(`${label} is required`);
    return null;
  }
  if (property.array) {
    if (!Array.isArray(value)) {
      problems.push(`${label}: expected a list`);
      return value;
    }
    return value.map((item, i) => checkValue(property, item, `${label}[${i}]`, problems));
  }
  return checkValue(property, value, label, problems);
}

function checkValue(property: FluxProperty, value: unknown, label: string, problems: string[]): unknown {
  const type = property.type === 'object' && property.gloopProperties ? 'model' : property.type;
  const problem = valueTypeProblem(type, value);
  if (problem !== null) {
    problems.push(`${label}: ${problem} (got ${shown(value)})`);
    return value;
  }
  const converted = convertValue(property.type, value);
  if (property.choices && property.choices.length > 0) {
    const key = valueKey(property.type, converted);
    if (!property.choices.some((choice) => valueKey(property.type, choice) === key)) {
      problems.push(`${label} must be one of ${property.choices.map(shown).join(', ')} (got ${shown(value)})`);
    }
  }
  if (property.gloopProperties && converted !== null && typeof converted === 'object' && !Array.isArray(converted)) {
    const fields: Vars = { ...(converted as Vars) };
    for (const field of property.gloopProperties) {
      fields[field.name] = checkProperty(field, fields[field.name], `${label}.${field.name}`, problems);
    }
    return fields;
  }
  return converted;
}

/** A value of `type` from text: events and files carry numbers and booleans as text too. */
export function convertValue(type: string | undefined, value: unknown): unknown {
  switch (type) {
    case 'integer':
    case 'long':
    case 'double':
    case 'bigDecimal':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/** A value as a problem message quotes it. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
