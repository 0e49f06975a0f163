import { expressionProblem, templateProblem } from './expression-check';
import { quote, type Report, type ReportPlace } from './reporter';
import type { FluxDocument, FluxLine } from './types';

type Path = (string | number)[];

const DURATION = 'duration:';
const DATE = 'date:';
const SECONDS = /^\d+(\.\d+)?$/;

/** Checks every place that holds an expression: evaluated set lines, waits, and `${}` tags. */
export function validateExpressions(doc: FluxDocument, report: Report): void {
  doc.tags?.forEach((tag, i) => {
    const problem = templateProblem(tag);
    if (problem) report('invalid-expression', `the tag ${JSON.stringify(tag)} does not parse: ${problem.message}`, ['tags', i], { valueOffset: problem.offset });
  });
  doc.states.forEach((state, s) => {
    const statePlace = { state: state.name };
    const action = state.action;
    const where = `the action of state ${quote(state.name)}`;
    // Only the keys the reader checked for this kind of action hold lines.
    const keys = action.type === undefined ? (['lines'] as const) : (['inputs', 'outputs'] as const);
    for (const key of keys) {
      const lines = (action as Partial<Record<'lines' | 'inputs' | 'outputs', FluxLine[]>>)[key];
      checkLines(lines, ['states', s, 'action', key], where, statePlace, report);
    }
    state.transitions?.forEach((transition, t) => {
      const place = { state: state.name, transition: t };
      const path = ['states', s, 'transitions', t];
      const label = `transition ${t} of state ${quote(state.name)}`;
      checkLines(transition.lines, [...path, 'lines'], label, place, report);
      if (transition.wait !== undefined) checkWait(transition.wait, [...path, 'wait'], label, place, report);
    });
  });
}

function checkLines(lines: FluxLine[] | undefined, path: Path, where: string, place: ReportPlace, report: Report): void {
  lines?.forEach((line, i) => {
    if (line.type !== 'set' || line.evaluate !== true) return;
    const problem = expressionProblem(line.expression);
    if (!problem) return;
    report('invalid-expression', `in ${where}, line ${i} (to ${line.to.join('.')}): the expression ${JSON.stringify(line.expression)} does not parse: ${problem.message}`, [...path, i, 'expression'], { ...place, valueOffset: problem.offset });
  });
}

function checkWait(wait: string, path: Path, label: string, place: ReportPlace, report: Report): void {
  if (wait.startsWith(DURATION)) {
    const amount = wait.slice(DURATION.length).trim();
    if (SECONDS.test(amount)) return;
    if (amount === '' || amount.startsWith('-')) {
      report('invalid-wait', `${label} waits ${JSON.stringify(wait)}; a duration is a number of seconds, 0 or more, such as "duration:60"`, path, place);
      return;
    }
    // Not a number: an expression that yields the seconds.
    checkWaitExpression(wait, DURATION.length, path, label, place, report);
    return;
  }
  if (wait.startsWith(DATE)) {
    if (wait.slice(DATE.length).trim() === '') {
      report('invalid-wait', `${label} waits ${JSON.stringify(wait)}, with no date expression after "date:"`, path, place);
      return;
    }
    checkWaitExpression(wait, DATE.length, path, label, place, report);
    return;
  }
  report('invalid-wait', `${label} waits ${JSON.stringify(wait)}; a wait is "duration:SECONDS" or "date:EXPRESSION"`, path, place);
}

function checkWaitExpression(wait: string, start: number, path: Path, label: string, place: ReportPlace, report: Report): void {
  const problem = expressionProblem(wait.slice(start));
  if (problem) report('invalid-expression', `${label} waits ${JSON.stringify(wait)}, whose expression does not parse: ${problem.message}`, path, { ...place, valueOffset: start + problem.offset });
}
