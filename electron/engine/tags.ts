import { compileTemplate, displayValue, scopeFrom, type ExpressionEnv } from '../../shared/expr';
import type { Vars } from './types';

/** A run's tags or the problems computing them. */
export type TagResult = { ok: true; tags: string[] } | { ok: false; problems: string[] };

/**
 * The tags of a new run (FLUX.md): the service's tags with `${}` evaluated against its inputs, plus
 * the tags given at its start. Empty tags are dropped; each tag appears once.
 */
export function runTags(serviceTags: readonly string[] | undefined, inputs: Vars, given: readonly string[] | undefined, env: ExpressionEnv): TagResult {
  const tags: string[] = [];
  const problems: string[] = [];
  const scope = scopeFrom(inputs);
  for (const tag of serviceTags ?? []) {
    try {
      tags.push(tag.includes('$') ? displayValue(compileTemplate(tag).evaluate(scope, env)) : tag);
    } catch (error) {
      problems.push(`the tag '${tag}' cannot be computed: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  tags.push(...(given ?? []));
  return { ok: true, tags: [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))] };
}

/** FLUX.md: an event without tags reaches every run; one with tags only runs sharing one of them. */
export function tagsMatch(runTags: readonly string[], eventTags: readonly string[] | undefined): boolean {
  if (!eventTags || eventTags.length === 0) return true;
  return eventTags.some((tag) => runTags.includes(tag));
}
