/** Binding powers, loosest first; the printer uses the same table. */
export const precedence = {
  conditional: 1,
  '||': 2,
  '&&': 3,
  '==': 4, '!=': 4, '<=>': 4,
  '<': 5, '<=': 5, '>': 5, '>=': 5, in: 5, as: 5,
  '+': 6, '-': 6,
  '*': 7, '/': 7, '%': 7,
  unary: 8,
  '**': 9,
  postfix: 10,
} as const;

/** Operators that make a Binary node. */
export const binaryOperators: ReadonlySet<string> = new Set<string>(['||', '&&', '==', '!=', '<=>', '<', '<=', '>', '>=', 'in', '+', '-', '*', '/', '%', '**']);
