// The pure parts of the Send Flux Event dialog: reading its fields into an event, and keeping the
// inputs form and the inputs JSON in step.
import type { FluxEventInput } from '../../../shared/api';
import type { FluxProperty } from '../../../shared/model';
import { parseValue } from '../properties/property-rows';

/** Tags typed one per line or comma-separated, trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((t) => t.trim()).filter(Boolean))];
}

/** The inputs JSON as an object, or what is wrong with it (with its position when JSON says). */
export function parseInputs(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; problem: string } {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `Inputs are not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'Inputs must be a JSON object, like {"orderId": "A1"}.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** The event the dialog would send, or why it cannot be sent yet. */
export function readEvent(event: string, inputsText: string, tagsText: string): { ok: true; value: FluxEventInput } | { ok: false; problem: string } {
  const name = event.trim();
  if (name === '') return { ok: false, problem: 'Name the event to send.' };
  const inputs = parseInputs(inputsText);
  if (!inputs.ok) return inputs;
  const tags = parseTags(tagsText);
  const value: FluxEventInput = { event: name, inputs: inputs.value };
  if (tags.length > 0) value.tags = tags;
  return { ok: true, value };
}

/** How a JSON value shows in a form field. */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The inputs JSON after one form field changed; other keys, and their order, stay as typed. */
export function withField(inputsText: string, property: FluxProperty, text: string): string {
  const parsed = parseInputs(inputsText);
  const inputs = parsed.ok ? { ...parsed.value } : {};
  // Typed as the declaration says, as the properties panel reads defaults; blank removes the input.
  const value = parseValue(text, property.type);
  if (value === undefined) delete inputs[property.name];
  else inputs[property.name] = value;
  return Object.keys(inputs).length === 0 ? '{}' : JSON.stringify(inputs, null, 2);
}

/** One line saying what an event did, for the dialog's last result. */
export function describeInputs(event: FluxEventInput): string {
  const inputs = event.inputs && Object.keys(event.inputs).length > 0 ? ` ${JSON.stringify(event.inputs)}` : '';
  const tags = event.tags?.length ? ` [${event.tags.join(', ')}]` : '';
  return `${event.event}${inputs}${tags}`;
}
