import { hasMethod } from './methods';
import { ContextView, checkKey, display, fail, isMap, ownValue, typeName } from './values';

/** `value.name`: a map's own key, a property of each item of a list (Groovy's GPath), a date's time. */
export function getProperty(value: unknown, name: string): unknown {
  checkKey(name);
  if (isMap(value)) return ownValue(value, name);
  if (Array.isArray(value)) return value.map((item) => (item === null || item === undefined ? null : getProperty(item, name)));
  if (value instanceof ContextView) return value.scope.has(name) ? (value.scope.get(name) ?? null) : null;
  if (value instanceof Date && name === 'time') return value.getTime();
  const hint = hasMethod(value, name) ? ` (it is a method: write ${name}())` : '';
  return fail('unknown-property', `${typeName(value)} has no property '${name}'${hint}`);
}

/** `value[index]`: an item of a list or a character of text (negative counts from the end), a map's key. */
export function getIndex(value: unknown, index: unknown): unknown {
  if (Array.isArray(value) || typeof value === 'string') {
    if (typeof index === 'string' && Array.isArray(value)) return getProperty(value, index);
    if (typeof index !== 'number' || !Number.isInteger(index)) {
      return fail('type', `a ${Array.isArray(value) ? 'list' : 'string'} index is a whole number, not ${typeName(index)}`);
    }
    const at = index < 0 ? value.length + index : index;
    if (at >= 0 && at < value.length) return value[at] ?? null;
    if (Array.isArray(value)) return null;
    return fail('type', `index ${index} is outside the text (length ${value.length})`);
  }
  if (typeof index === 'string' || typeof index === 'number' || typeof index === 'boolean') {
    const key = display(index);
    if (isMap(value)) return ownValue(value, checkKey(key));
    if (value instanceof ContextView) return getProperty(value, key);
  }
  return fail('type', `cannot index ${typeName(value)} with ${typeName(index)}`);
}
