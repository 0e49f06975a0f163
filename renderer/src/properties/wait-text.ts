// A transition's `wait`, as its field shows it: a number of seconds, or a date expression.

export type WaitForm = { kind: 'none' } | { kind: 'duration'; seconds: string } | { kind: 'date'; expression: string };

/** `duration:20` -> 20 seconds, `date:EXPR` -> a date expression; anything else shows as a date expression. */
export function parseWait(wait: string | undefined): WaitForm {
  if (!wait) return { kind: 'none' };
  if (wait.startsWith('duration:')) return { kind: 'duration', seconds: wait.slice('duration:'.length) };
  if (wait.startsWith('date:')) return { kind: 'date', expression: wait.slice('date:'.length) };
  return { kind: 'date', expression: wait };
}

/** The form back as the file writes it; undefined removes the wait. */
export function formatWait(form: WaitForm): string | undefined {
  if (form.kind === 'none') return undefined;
  if (form.kind === 'duration') return `duration:${form.seconds.trim()}`;
  return `date:${form.expression}`;
}

/** Why seconds typed in the field are not a wait, or undefined when they are. */
export function secondsProblem(seconds: string): string | undefined {
  const trimmed = seconds.trim();
  if (trimmed === '') return 'Type a number of seconds.';
  return /^\d+(\.\d+)?$/.test(trimmed) ? undefined : `'${trimmed}' is not a number of seconds (such as 20 or 1.5).`;
}
