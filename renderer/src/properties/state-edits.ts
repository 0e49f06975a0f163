import { isValidStateName, type FluxDocument } from '../../../shared/model';
import { renameState, updateState } from '../document/edits';

/** Why `name` cannot become the identifier of state `current`, or undefined when it can. */
export function stateNameProblem(doc: FluxDocument, current: string, name: string): string | undefined {
  const trimmed = name.trim();
  if (!isValidStateName(trimmed)) return `'${trimmed}' is not a state name: use letters, digits and _, not starting with a digit.`;
  if (trimmed !== current && doc.states.some((s) => s.name === trimmed)) return `Another state is named ${trimmed}.`;
  return undefined;
}

/**
 * Gives a state the identifier typed in the Name field, keeping its display name; transitions into
 * it and startState follow (renameState does that, from a display name, so it is given the name).
 */
export function renameStateTo(doc: FluxDocument, current: string, name: string): FluxDocument {
  const state = doc.states.find((s) => s.name === current);
  if (!state || stateNameProblem(doc, current, name) || name.trim() === current) return doc;
  const renamed = renameState(doc, current, name.trim());
  return updateState(renamed.doc, renamed.name, { displayName: state.displayName });
}

/** Events worth suggesting for a transition: the reserved ones and those used elsewhere in the service. */
export function eventSuggestions(doc: FluxDocument): string[] {
  const used = new Set<string>(['$else', '$exception']);
  for (const state of doc.states) for (const t of state.transitions ?? []) if (t.event) used.add(t.event);
  for (const trigger of doc.triggers ?? []) used.add(trigger);
  return [...used];
}
