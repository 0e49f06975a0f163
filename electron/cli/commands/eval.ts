import { UsageError, type CliCommand, type CliIO } from '../command';
import { ExpressionError, evaluateExpression, formatExpressionError, scopeFrom } from '../../../shared/expr/index';

/** `flux eval '<expr>' [--context '<json>']`: evaluates one expression and prints its value as JSON. */
export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'evaluate an expression and print its value as JSON',
  usage: [
    "Usage: flux eval '<expression>' [--context '<json object>']",
    '',
    "  flux eval '1 + 2'",
    `  flux eval '"Hello \${name}"' --context '{"name": "Ada"}'`,
  ].join('\n'),
  async run(args: string[], io: CliIO): Promise<number> {
    const { expression, context } = readArgs(args);
    try {
      const value = evaluateExpression(expression, scopeFrom(context));
      io.stdout(`${JSON.stringify(value) ?? 'null'}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      io.stderr(`flux eval: ${formatExpressionError(error)}\n${pointer(expression, error)}`);
      return 1;
    }
  },
};

function readArgs(args: string[]): { expression: string; context: Record<string, unknown> } {
  let expression: string | undefined;
  let contextText: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--' && expression === undefined && i + 1 < args.length) {
      // `flux eval -- '--x'`: an expression that itself starts with two minus signs.
      expression = args[++i]!;
    } else if (arg === '--context') {
      contextText = args[++i];
      if (contextText === undefined) throw new UsageError('--context needs a JSON object');
    } else if (arg.startsWith('--context=')) {
      contextText = arg.slice('--context='.length);
    } else if (arg.startsWith('--') && arg.length > 2) {
      throw new UsageError(`unknown option '${arg}'`);
    } else if (expression === undefined) {
      expression = arg;
    } else {
      throw new UsageError('give one expression (quote it so the shell passes it as one argument)');
    }
  }
  if (expression === undefined) throw new UsageError('missing the expression to evaluate');
  return { expression, context: contextText === undefined ? {} : parseContext(contextText) };
}

function parseContext(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--context is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('--context must be a JSON object of variables, such as {"name": "Ada"}');
  }
  return value as Record<string, unknown>;
}

/** The failing line of the expression with a caret under the column, as compilers show it. */
function pointer(expression: string, error: ExpressionError): string {
  if (!error.position) return '';
  const line = expression.split('\n')[error.position.line - 1] ?? '';
  return `  ${line}\n  ${' '.repeat(error.position.column - 1)}^\n`;
}
