import { BUILTINS, builtinsOfClass, findBuiltin, sameParameterType } from './builtins';
import { nearestName } from './nearest-name';
import { quote, type Report } from './reporter';
import type { FluxInvokeCodeAction } from './types';

/** Checks that an invokeCode action names a function of the built-in library, with its parameters. */
export function validateInvocation(action: FluxInvokeCodeAction, stateName: string, index: number, report: Report): void {
  const path = ['states', index, 'action'];
  const place = { state: stateName };
  const called = `${action.className}.${action.methodName}`;
  const builtin = findBuiltin(action.className, action.methodName);
  if (!builtin) {
    const ofClass = builtinsOfClass(action.className);
    if (ofClass.length > 0) {
      const near = nearestName(action.methodName, ofClass.map((f) => f.methodName));
      const methods = ofClass.map((f) => f.methodName).join(', ');
      report('unknown-function', `state ${quote(stateName)} calls ${called}, but ${action.className} has no method ${quote(action.methodName)}${near ? ` (did you mean ${quote(near)}?)` : ''}; its methods are ${methods}`, [...path, 'methodName'], place);
    } else {
      const near = nearestName(action.className, new Set(BUILTINS.map((f) => f.className)));
      report('unknown-function', `state ${quote(stateName)} calls ${called}, but the built-in library has no class ${quote(action.className)}${near ? ` (did you mean ${quote(near)}?)` : ''}`, [...path, 'className'], place);
    }
    return;
  }
  const written = action.parameters;
  if (written === undefined) return;
  const expected = builtin.parameters;
  const matches = written.length === expected.length && written.every((w, i) => sameParameterType(w, expected[i].type));
  if (!matches) {
    const signature = expected.map((p) => `${p.type} ${p.name}`).join(', ');
    report('parameter-mismatch', `state ${quote(stateName)} calls ${called} with parameters (${written.join(', ')}), but it takes (${signature})`, [...path, 'parameters'], place);
  }
}
