import { ELSE_EVENT, EXCEPTION_EVENT } from '../../shared/model';
import type { ServiceDefinition } from './definition';
import { NameIndex } from './name-index';
import type { RunData } from './types';

/**
 * The waiting runs, indexed by the events their waiting state has a transition for and by tag, so
 * an event finds the runs it reaches without looking at every run.
 */
export class WaitingIndex {
  private readonly byEvent = new NameIndex();
  private readonly byTag = new NameIndex();
  // A waiting state with `$else` accepts any event.
  private readonly anyEvent = new Set<string>();

  /** Indexes the run if it is waiting, else forgets it. */
  update(run: RunData, def: ServiceDefinition | undefined): void {
    this.byEvent.delete(run.id);
    this.byTag.delete(run.id);
    this.anyEvent.delete(run.id);
    if (run.status !== 'WAITING') return;
    const state = def?.states.get(run.state);
    const events = (state?.transitions ?? []).map((t) => t.event).filter((e): e is string => e !== undefined && e !== EXCEPTION_EVENT);
    if (events.includes(ELSE_EVENT)) this.anyEvent.add(run.id);
    this.byEvent.set(run.id, events.filter((e) => e !== ELSE_EVENT));
    this.byTag.set(run.id, run.tags);
  }

  /** Ids of the waiting runs `event` reaches; with tags, only runs sharing one of them. */
  reached(event: string, tags?: readonly string[]): Set<string> {
    if (!tags || tags.length === 0) return new Set([...this.byEvent.get(event), ...this.anyEvent]);
    const ids = new Set<string>();
    for (const tag of tags) {
      for (const id of this.byTag.get(tag)) if (this.byEvent.has(id, event) || this.anyEvent.has(id)) ids.add(id);
    }
    return ids;
  }

  /** Event names some waiting run has a transition for. */
  events(): IterableIterator<string> {
    return this.byEvent.names();
  }
}
