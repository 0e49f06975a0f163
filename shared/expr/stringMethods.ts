import { arity, numberArg, table, textArg, wholeArg, type MethodTable } from './args';
import { isDecimalText, isWholeText, toDecimal, toWhole } from './conversions';
import { checkedString, display, fail, maxStringLength } from './values';

/** Methods of text: Java's String methods that Groovy scripts use, and a few of Groovy's own. */
export const stringMethods: MethodTable<string> = table<string>({
  toUpperCase: (s, a) => (arity('toUpperCase', a, 0), s.toUpperCase()),
  toLowerCase: (s, a) => (arity('toLowerCase', a, 0), s.toLowerCase()),
  trim: (s, a) => (arity('trim', a, 0), s.trim()),
  length: (s, a) => (arity('length', a, 0), s.length),
  size: (s, a) => (arity('size', a, 0), s.length),
  isEmpty: (s, a) => (arity('isEmpty', a, 0), s.length === 0),
  contains: (s, a) => (arity('contains', a, 1), s.includes(textArg('contains', a, 0))),
  startsWith: (s, a) => (arity('startsWith', a, 1), s.startsWith(textArg('startsWith', a, 0))),
  endsWith: (s, a) => (arity('endsWith', a, 1), s.endsWith(textArg('endsWith', a, 0))),
  indexOf: (s, a) => (arity('indexOf', a, 1, 2), s.indexOf(textArg('indexOf', a, 0), a.length > 1 ? wholeArg('indexOf', a, 1) : 0)),
  lastIndexOf: (s, a) => (arity('lastIndexOf', a, 1), s.lastIndexOf(textArg('lastIndexOf', a, 0))),
  charAt: (s, a) => {
    arity('charAt', a, 1);
    const i = wholeArg('charAt', a, 0);
    if (i < 0 || i >= s.length) fail('type', `charAt(${i}) is outside the text (length ${s.length})`);
    return s[i];
  },
  substring: (s, a) => {
    arity('substring', a, 1, 2);
    const begin = wholeArg('substring', a, 0);
    const end = a.length > 1 ? wholeArg('substring', a, 1) : s.length;
    if (begin < 0 || end > s.length || begin > end) {
      fail('type', `substring(${a.join(', ')}) is outside the text (length ${s.length})`);
    }
    return s.slice(begin, end);
  },
  // Java's replace(CharSequence, CharSequence): every occurrence, literally (no regular expression).
  replace: (s, a) => (arity('replace', a, 2), checkedString(s.split(textArg('replace', a, 0)).join(textArg('replace', a, 1)))),
  split: (s, a) => {
    arity('split', a, 0, 1);
    if (a.length === 0) return s.split(/\s+/).filter((part) => part !== '');
    // The separator is literal text: Java reads it as a regular expression, which expressions avoid.
    const parts = s.split(textArg('split', a, 0));
    while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  },
  tokenize: (s, a) => {
    arity('tokenize', a, 0, 1);
    const delimiters = a.length > 0 ? textArg('tokenize', a, 0) : ' \t\n\r\f';
    const out: string[] = [];
    let current = '';
    for (const ch of s) {
      if (delimiters.includes(ch)) {
        if (current !== '') out.push(current);
        current = '';
      } else {
        current += ch;
      }
    }
    if (current !== '') out.push(current);
    return out;
  },
  equalsIgnoreCase: (s, a) => (arity('equalsIgnoreCase', a, 1), typeof a[0] === 'string' && s.toLowerCase() === a[0].toLowerCase()),
  concat: (s, a) => (arity('concat', a, 1), checkedString(s + textArg('concat', a, 0))),
  capitalize: (s, a) => (arity('capitalize', a, 0), s.charAt(0).toUpperCase() + s.slice(1)),
  uncapitalize: (s, a) => (arity('uncapitalize', a, 0), s.charAt(0).toLowerCase() + s.slice(1)),
  reverse: (s, a) => (arity('reverse', a, 0), [...s].reverse().join('')),
  padLeft: (s, a) => pad('padLeft', s, a, (fill, n) => s.padStart(n, fill)),
  padRight: (s, a) => pad('padRight', s, a, (fill, n) => s.padEnd(n, fill)),
  toInteger: (s, a) => (arity('toInteger', a, 0), toWhole(s)),
  toLong: (s, a) => (arity('toLong', a, 0), toWhole(s)),
  toDouble: (s, a) => (arity('toDouble', a, 0), toDecimal(s)),
  toFloat: (s, a) => (arity('toFloat', a, 0), toDecimal(s)),
  toBigDecimal: (s, a) => (arity('toBigDecimal', a, 0), toDecimal(s)),
  toBoolean: (s, a) => (arity('toBoolean', a, 0), ['true', 'y', '1'].includes(s.trim().toLowerCase())),
  isNumber: (s, a) => (arity('isNumber', a, 0), isDecimalText(s)),
  isInteger: (s, a) => (arity('isInteger', a, 0), isWholeText(s)),
  isLong: (s, a) => (arity('isLong', a, 0), isWholeText(s)),
  isDouble: (s, a) => (arity('isDouble', a, 0), isDecimalText(s)),
  isBigDecimal: (s, a) => (arity('isBigDecimal', a, 0), isDecimalText(s)),
  toList: (s, a) => (arity('toList', a, 0), [...s]),
  multiply: (s, a) => {
    arity('multiply', a, 1);
    const n = wholeArg('multiply', a, 0);
    if (n < 0 || s.length * n > maxStringLength) fail('limit', `cannot repeat text ${n} times`);
    return s.repeat(n);
  },
  plus: (s, a) => (arity('plus', a, 1), checkedString(s + display(a[0]))),
});

function pad(name: string, s: string, a: unknown[], apply: (fill: string, n: number) => string): string {
  arity(name, a, 1, 2);
  const n = numberArg(name, a, 0);
  if (n > maxStringLength) fail('limit', `${name}(${n}) would be longer than ${maxStringLength} characters`);
  const fill = a.length > 1 ? textArg(name, a, 1) : ' ';
  return fill === '' ? s : apply(fill, n);
}
