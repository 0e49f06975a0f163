// The catalogue of functions an `invokeCode` action may name. The engine implements each `effect`;
// the validator reports any other class or method. Both look functions up here, so they agree.

/** A parameter of a built-in function: the name an input line writes to, and its Java type. */
export interface BuiltinParameter {
  name: string;
  type: 'String';
}

/** What calling the function does, for the engine to switch over. */
export type BuiltinEffect =
  | { type: 'log'; level: 'info' | 'warn' | 'error' | 'debug' }
  | { type: 'throw' };

/** One function of the built-in library. */
export interface BuiltinFunction {
  className: string;
  methodName: string;
  parameters: readonly BuiltinParameter[];
  effect: BuiltinEffect;
  summary: string;
}

/** The class TORO's logger functions live in. */
export const LOGGER_CLASS = 'io.toro.martini.LoggerMethods';
/** Our own short name for the logger class. */
export const LOGGER_ALIAS_CLASS = 'flux.Logger';
/** The class of `throwException`. */
export const GLOOP_METHODS_CLASS = 'io.toro.martini.GloopMethods';

const message: readonly BuiltinParameter[] = [{ name: 'message', type: 'String' }];
const levels = ['info', 'warn', 'error', 'debug'] as const;

function loggers(className: string): BuiltinFunction[] {
  return levels.map((level) => ({
    className,
    methodName: level,
    parameters: message,
    effect: { type: 'log', level },
    summary: `Writes \`message\` to the console at ${level.toUpperCase()} level.`,
  }));
}

/** Every built-in function, in the order a picker lists them. */
export const BUILTINS: readonly BuiltinFunction[] = [
  ...loggers(LOGGER_CLASS),
  ...loggers(LOGGER_ALIAS_CLASS),
  {
    className: GLOOP_METHODS_CLASS,
    methodName: 'throwException',
    parameters: message,
    effect: { type: 'throw' },
    summary: 'Throws an exception with `message`: the state fails, or takes its `$exception` transition.',
  },
];

const byKey = new Map(BUILTINS.map((f) => [`${f.className}#${f.methodName}`, f]));

/** The built-in function `className.methodName`, or undefined when the library has none. */
export function findBuiltin(className: string, methodName: string): BuiltinFunction | undefined {
  return byKey.get(`${className}#${methodName}`);
}

/** The built-in functions of one class (empty when the class is unknown). */
export function builtinsOfClass(className: string): BuiltinFunction[] {
  return BUILTINS.filter((f) => f.className === className);
}

/** True when a parameter type as a file writes it (`String`, `java.lang.String`) is the catalogue's. */
export function sameParameterType(written: string, type: BuiltinParameter['type']): boolean {
  return written === type || written === `java.lang.${type}`;
}
