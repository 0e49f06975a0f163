import { nearestName } from './nearest-name';
import { quote, type Report } from './reporter';
import { PROPERTY_TYPES, type FluxDocument, type FluxProperty } from './types';
import { isPropertyType, valueKey, valueTypeProblem } from './value-type';

type Path = (string | number)[];

/** Checks every declared input and output (the service's, each state's, and inline models' fields). */
export function validateProperties(doc: FluxDocument, report: Report): void {
  checkList(doc.input, ['input'], (n) => `service input ${quote(n)}`, undefined, report);
  checkList(doc.output, ['output'], (n) => `service output ${quote(n)}`, undefined, report);
  doc.states.forEach((state, i) => {
    checkList(state.input, ['states', i, 'input'], (n) => `input ${quote(n)} of state ${quote(state.name)}`, state.name, report);
    checkList(state.output, ['states', i, 'output'], (n) => `output ${quote(n)} of state ${quote(state.name)}`, state.name, report);
  });
}

// `labelOf` names a property of the list in messages: "input 'qty' of state 'Order'".
function checkList(list: FluxProperty[] | undefined, path: Path, labelOf: (name: string) => string, state: string | undefined, report: Report): void {
  if (list === undefined) return;
  const place = state === undefined ? {} : { state };
  const seen = new Set<string>();
  list.forEach((property, i) => {
    const at = [...path, i];
    const label = labelOf(property.name);
    if (seen.has(property.name)) {
      report('duplicate-property', `${label} is declared twice in the same list`, [...at, 'name'], place);
    }
    seen.add(property.name);
    checkProperty(property, at, label, report, place);
    if (property.gloopProperties !== undefined) {
      checkList(property.gloopProperties, [...at, 'gloopProperties'], (n) => `field ${quote(n)} of ${label}`, state, report);
    }
  });
}

function checkProperty(property: FluxProperty, at: Path, label: string, report: Report, place: { state?: string }): void {
  const { type } = property;
  if (type !== undefined && !isPropertyType(type)) {
    const near = nearestName(type, PROPERTY_TYPES);
    report('unknown-type', `${label} has the unknown type ${quote(type)}${near ? ` (did you mean ${quote(near)}?)` : ''}; types are ${PROPERTY_TYPES.join(', ')}`, [...at, 'type'], place);
    return;
  }
  const choices = property.choices;
  if (choices !== undefined) {
    if (type === 'object' || type === 'model') {
      report('bad-choice', `${label} is of type ${type}, which cannot have choices`, [...at, 'choices'], place);
      return;
    }
    const keys = new Set<string>();
    choices.forEach((choice, c) => {
      const problem = valueTypeProblem(type, choice);
      if (problem !== null) {
        report('bad-choice', `choice ${JSON.stringify(choice)} of ${label}: ${problem}`, [...at, 'choices', c], place);
      }
      const key = valueKey(type, choice);
      if (keys.has(key)) report('duplicate-choice', `${label} lists the choice ${JSON.stringify(choice)} twice`, [...at, 'choices', c], place);
      keys.add(key);
    });
  }
  checkDefault(property, at, label, report, place);
}

function checkDefault(property: FluxProperty, at: Path, label: string, report: Report, place: { state?: string }): void {
  const value = property.defaultValue;
  if (value === undefined || value === null) return;
  const path = [...at, 'defaultValue'];
  if (property.array === true && !Array.isArray(value)) {
    report('bad-default', `the default value of ${label} must be a list, since the property is an array`, path, place);
    return;
  }
  const items = property.array === true ? (value as unknown[]) : [value];
  const allowed = property.choices?.map((c) => valueKey(property.type, c));
  for (const item of items) {
    const problem = valueTypeProblem(property.type, item);
    if (problem !== null) {
      report('bad-default', `the default value ${JSON.stringify(item)} of ${label}: ${problem}`, path, place);
      return;
    }
    if (allowed !== undefined && !allowed.includes(valueKey(property.type, item))) {
      report('default-not-in-choices', `the default value ${JSON.stringify(item)} of ${label} is not one of its choices (${property.choices?.map((c) => JSON.stringify(c)).join(', ')})`, path, place);
      return;
    }
  }
}
