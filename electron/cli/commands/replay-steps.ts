import { UsageError } from '../command';

/** One line of a steps file. */
export type ReplayStep =
  | { type: 'send'; line: number; event: string; inputs: Record<string, unknown>; tags?: string[] }
  | { type: 'execute'; line: number; service: string; inputs: Record<string, unknown>; startState?: string; tags?: string[] }
  | { type: 'advance'; line: number; seconds: number }
  | { type: 'sleep'; line: number; ms: number };

const KEYS: Record<ReplayStep['type'], readonly string[]> = {
  send: ['send', 'inputs', 'tags'],
  execute: ['execute', 'inputs', 'startState', 'tags'],
  advance: ['advance'],
  sleep: ['sleep'],
};

/** Reads a steps file (JSON Lines, blank lines skipped); a bad line is a usage error naming it. */
export function parseSteps(text: string, file: string): ReplayStep[] {
  const steps: ReplayStep[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    const fail = (message: string): never => {
      throw new UsageError(`${file}:${line}: ${message}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(`not valid JSON: ${(error as Error).message}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('a step is a JSON object such as {"send": "order.placed"}');
    const step = value as Record<string, unknown>;
    const type = (Object.keys(KEYS) as ReplayStep['type'][]).find((k) => Object.hasOwn(step, k));
    if (!type) return fail('a step has one of the keys send, execute, advance or sleep');
    const unknown = Object.keys(step).find((k) => !KEYS[type].includes(k));
    if (unknown !== undefined) fail(`unknown key '${unknown}' in a ${type} step`);
    const inputs = step.inputs ?? {};
    if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs)) fail('"inputs" must be an object');
    const tags = step.tags;
    if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))) fail('"tags" must be a list of strings');
    switch (type) {
      case 'send':
        if (typeof step.send !== 'string' || step.send === '') fail('"send" names the event, as a string');
        steps.push({ type, line, event: step.send as string, inputs: inputs as Record<string, unknown>, ...(tags ? { tags: tags as string[] } : {}) });
        break;
      case 'execute':
        if (typeof step.execute !== 'string' || step.execute === '') fail('"execute" names the service, as a string');
        if (step.startState !== undefined && typeof step.startState !== 'string') fail('"startState" must be a state name');
        steps.push({
          type,
          line,
          service: step.execute as string,
          inputs: inputs as Record<string, unknown>,
          ...(step.startState !== undefined ? { startState: step.startState as string } : {}),
          ...(tags ? { tags: tags as string[] } : {}),
        });
        break;
      case 'advance':
        if (typeof step.advance !== 'number' || !Number.isFinite(step.advance) || step.advance < 0) fail('"advance" is a number of seconds, 0 or more');
        steps.push({ type, line, seconds: step.advance as number });
        break;
      case 'sleep':
        if (typeof step.sleep !== 'number' || !Number.isFinite(step.sleep) || step.sleep < 0) fail('"sleep" is a number of milliseconds, 0 or more');
        steps.push({ type, line, ms: step.sleep as number });
        break;
    }
  });
  return steps;
}
