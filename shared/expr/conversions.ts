import { display, fail, isMap, truthy, typeName } from './values';

const wholeNumber = /^[+-]?\d+$/;
const decimalNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A whole number from a number (truncated) or from text such as ' 42 ', as Groovy's toInteger(). */
export function toWhole(value: unknown): number {
  if (typeof value === 'number') return Math.trunc(value);
  if (typeof value === 'string' && wholeNumber.test(value.trim())) return Number(value.trim());
  return fail('type', `${describeValue(value)} is not a whole number`);
}

/** A number from a number or from text such as '1.5e3', as Groovy's toDouble(). */
export function toDecimal(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && decimalNumber.test(value.trim())) return Number(value.trim());
  return fail('type', `${describeValue(value)} is not a number`);
}

/** True when the text reads as a whole number. */
export function isWholeText(text: string): boolean {
  return wholeNumber.test(text.trim());
}

/** True when the text reads as a number. */
export function isDecimalText(text: string): boolean {
  return decimalNumber.test(text.trim());
}

/** Groovy's `value as Type` for the types a Flux service declares. */
export function castTo(value: unknown, targetType: string): unknown {
  const type = targetType.replace(/^java\.(lang|math|util)\./, '');
  if (type === 'Object' || type === 'def') return value;
  if (type === 'boolean' || type === 'Boolean') return truthy(value);
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'Integer': case 'int': case 'Long': case 'long': case 'Short': case 'short':
    case 'Byte': case 'byte': case 'BigInteger':
      return toWhole(value);
    case 'Double': case 'double': case 'Float': case 'float': case 'BigDecimal': case 'Number':
      return toDecimal(value);
    case 'String': case 'CharSequence':
      return display(value);
    case 'List': case 'ArrayList': case 'Collection':
      if (Array.isArray(value)) return [...value];
      if (typeof value === 'string') return [...value];
      break;
    case 'Map': case 'HashMap': case 'LinkedHashMap':
      if (isMap(value)) return { ...value };
      break;
    case 'Date':
      if (value instanceof Date) return value;
      if (typeof value === 'number') return new Date(value);
      break;
    default:
      return fail('type', `'${targetType}' is not a type expressions know (try Integer, Double, String, Boolean, List, Map or Date)`);
  }
  return fail('type', `cannot turn ${typeName(value)} into ${type}`);
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `'${value.length > 40 ? `${value.slice(0, 40)}...` : value}'` : typeName(value);
}
