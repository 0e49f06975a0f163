import { UsageError } from '../command';

/** The options `flux run`, `flux send` and `flux replay` share. */
export interface EngineArgs {
  positional: string[];
  inputs: Record<string, unknown>;
  tags?: string[];
  startState?: string;
  /** Undefined without --fake-clock; else the start time (NaN when none was given). */
  fakeClock?: number;
  debug: boolean;
  stateDir?: string;
}

type Option = 'inputs' | 'tags' | 'start-state' | 'state-dir' | 'fake-clock' | 'debug';

/** Reads the command line; `allowed` names the options this command takes. */
export function readEngineArgs(args: string[], allowed: readonly Option[]): EngineArgs {
  const out: EngineArgs = { positional: [], inputs: {}, debug: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)) as Option;
    if (!allowed.includes(name)) throw new UsageError(`unknown option '${eq < 0 ? arg : arg.slice(0, eq)}'`);
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined) throw new UsageError(`--${name} needs a value`);
      return next;
    };
    switch (name) {
      case 'inputs':
        out.inputs = parseInputs(value());
        break;
      case 'tags':
        out.tags = value().split(',').map((t) => t.trim()).filter((t) => t !== '');
        break;
      case 'start-state':
        out.startState = value();
        break;
      case 'state-dir':
        out.stateDir = value();
        break;
      case 'fake-clock': {
        const start = eq < 0 ? NaN : Date.parse(arg.slice(eq + 1));
        if (eq >= 0 && Number.isNaN(start)) throw new UsageError(`--fake-clock=${arg.slice(eq + 1)} is not a date (use ISO 8601, such as 2026-01-01T00:00:00Z)`);
        out.fakeClock = start;
        break;
      }
      case 'debug':
        out.debug = true;
        break;
    }
  }
  return out;
}

/** `--inputs` text as an object of inputs. */
export function parseInputs(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--inputs is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('--inputs must be a JSON object, such as {"name": "Ada"}');
  }
  return value as Record<string, unknown>;
}
