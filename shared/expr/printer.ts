import type { Expr, MapEntry } from './ast';
import { precedence } from './precedence';

const identifier = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** Expression text for a tree; parsing it gives the same tree (positions aside). */
export function printExpression(ast: Expr): string {
  return print(ast, 0);
}

function powerOf(node: Expr): number {
  switch (node.type) {
    case 'conditional':
    case 'elvis':
    case 'if':
      return precedence.conditional;
    case 'binary':
      return precedence[node.operator];
    case 'cast':
      return precedence.as;
    case 'unary':
      return precedence.unary;
    default:
      return precedence.postfix;
  }
}

/** Prints `node`, in parentheses when it binds more loosely than its place needs. */
function print(node: Expr, minPower: number): string {
  const text = printBare(node);
  return powerOf(node) < minPower ? `(${text})` : text;
}

function printBare(node: Expr): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'string':
      return quote(node.value);
    case 'template':
      return `"${node.parts.map((p) => (typeof p === 'string' ? escapeText(p, '"') : `\${${print(p, 0)}}`)).join('')}"`;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'variable':
      return node.name;
    case 'member':
      return `${print(node.object, precedence.postfix)}${node.safe ? '?.' : '.'}${memberName(node.name)}`;
    case 'index':
      return `${print(node.object, precedence.postfix)}[${print(node.index, 0)}]`;
    case 'call':
      return `${node.name}(${printArgs(node.args)})`;
    case 'method':
      return `${print(node.object, precedence.postfix)}${node.safe ? '?.' : '.'}${memberName(node.name)}(${printArgs(node.args)})`;
    case 'new':
      return `new ${node.className}(${printArgs(node.args)})`;
    case 'unary':
      return `${node.operator}${print(node.operand, precedence.unary)}`;
    case 'binary': {
      const power = precedence[node.operator];
      // `**` groups to the right, every other operator to the left.
      const [leftMin, rightMin] = node.operator === '**' ? [power + 1, precedence.unary] : [power, power + 1];
      return `${print(node.left, leftMin)} ${node.operator} ${print(node.right, rightMin)}`;
    }
    case 'cast':
      return `${print(node.operand, precedence.as)} as ${node.targetType}`;
    case 'conditional':
      return `${print(node.test, precedence.conditional + 1)} ? ${print(node.consequent, 0)} : ${print(node.alternate, precedence.conditional)}`;
    case 'elvis':
      return `${print(node.left, precedence.conditional + 1)} ?: ${print(node.right, precedence.conditional)}`;
    case 'if': {
      // An `if` ending the first branch (bare, or as the last part of `?:`) would take this `else`.
      const consequent = print(node.consequent, precedence.conditional + 1);
      const head = `if (${print(node.test, 0)}) ${consequent}`;
      return node.alternate ? `${head} else ${print(node.alternate, 0)}` : head;
    }
    case 'list':
      return `[${printArgs(node.items)}]`;
    case 'map':
      return node.entries.length === 0 ? '[:]' : `[${node.entries.map(printEntry).join(', ')}]`;
  }
}

function printArgs(args: Expr[]): string {
  return args.map((a) => print(a, 0)).join(', ');
}

function printEntry(entry: MapEntry): string {
  const key = typeof entry.key === 'string' ? (identifier.test(entry.key) ? entry.key : quote(entry.key)) : `(${print(entry.key, 0)})`;
  return `${key}: ${print(entry.value, 0)}`;
}

function memberName(name: string): string {
  return identifier.test(name) ? name : quote(name);
}

function quote(value: string): string {
  return `'${escapeText(value, "'")}'`;
}

function escapeText(value: string, quoteChar: string): string {
  let out = '';
  for (const ch of value) {
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '$': out += quoteChar === '"' ? '\\$' : '$'; break;
      default:
        if (ch === quoteChar) out += `\\${ch}`;
        else if (ch < ' ' || ch === '\u2028' || ch === '\u2029') out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
        else out += ch;
    }
  }
  return out;
}
