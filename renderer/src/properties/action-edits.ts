// The action of a state as the Properties panel edits it. The file tags only some kinds (`{}` and
// map steps carry no type, logs and exceptions are invokeCode calls of the built-in library), so
// the panel's kinds are derived here, and switching kinds keeps what the new kind can use.
import {
  GLOOP_METHODS_CLASS,
  LOGGER_ALIAS_CLASS,
  LOGGER_CLASS,
  type FluxAction,
  type FluxInvokeCodeAction,
  type FluxLine,
} from '../../../shared/model';

/** The kinds of the action type select, in its order. */
export const ACTION_KINDS = [
  { kind: 'none', label: 'None' },
  { kind: 'map', label: 'Map' },
  { kind: 'log', label: 'Log' },
  { kind: 'invoke', label: 'Invoke Service' },
  { kind: 'throw', label: 'Throw Exception' },
  { kind: 'script', label: 'Script' },
] as const;

/** A kind of the select, or `code` for an invokeCode of any other function (shown, not offered). */
export type ActionKind = (typeof ACTION_KINDS)[number]['kind'] | 'code';

export const LOG_LEVELS = ['info', 'warn', 'error', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

const isLogger = (a: FluxInvokeCodeAction) => a.className === LOGGER_CLASS || a.className === LOGGER_ALIAS_CLASS;

export function actionKindOf(action: FluxAction): ActionKind {
  switch (action.type) {
    case undefined:
      return action.lines ? 'map' : 'none';
    case 'invokeCode':
      if (isLogger(action) && (LOG_LEVELS as readonly string[]).includes(action.methodName)) return 'log';
      if (action.className === GLOOP_METHODS_CLASS && action.methodName === 'throwException') return 'throw';
      return 'code';
    case 'invokeGloop':
      return 'invoke';
    case 'script':
      return 'script';
  }
}

const isMessageLine = (line: FluxLine) => line.to.length === 1 && line.to[0] === 'message';

/** The input line that sets `message` (of a log or a throw), if there is one. */
export function messageLine(action: FluxAction): FluxLine | undefined {
  return action.type === 'invokeCode' ? action.inputs?.find(isMessageLine) : undefined;
}

/** The action with its `message` line replaced (or added first); other input lines stay. */
export function withMessageLine(action: FluxInvokeCodeAction, line: FluxLine): FluxInvokeCodeAction {
  const inputs = action.inputs ?? [];
  const at = inputs.findIndex(isMessageLine);
  return { ...action, inputs: at < 0 ? [line, ...inputs] : inputs.map((l, i) => (i === at ? line : l)) };
}

function builtinCall(className: string, methodName: string, message: FluxLine | undefined): FluxInvokeCodeAction {
  return {
    type: 'invokeCode',
    className,
    methodName,
    parameters: ['String'],
    inputs: [message ?? { type: 'set', expression: '""', evaluate: true, to: ['message'] }],
  };
}

/** An action of another kind; a log's message carries over to a throw and back, lines to lines. */
export function actionOfKind(current: FluxAction, kind: ActionKind, firstService?: string): FluxAction {
  if (actionKindOf(current) === kind) return current;
  const message = messageLine(current);
  const lines = current.type === undefined ? current.lines : current.inputs;
  switch (kind) {
    case 'none':
    case 'code':
      return {};
    case 'map':
      return { lines: lines ? [...lines] : [] };
    case 'log':
      return builtinCall(LOGGER_CLASS, 'info', message);
    case 'throw':
      return builtinCall(GLOOP_METHODS_CLASS, 'throwException', message);
    case 'invoke':
      return { type: 'invokeGloop', name: firstService ?? '', inputs: [], outputs: [] };
    case 'script':
      return { type: 'script', code: '// The state\'s inputs are variables here; return an object of its outputs.\nreturn {};\n', inputs: [], outputs: [] };
  }
}

/** The log action at another level, same class and message. */
export function withLogLevel(action: FluxInvokeCodeAction, level: LogLevelName): FluxInvokeCodeAction {
  return { ...action, methodName: level };
}
