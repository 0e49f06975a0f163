/**
 * A many-to-many index from names (event names) to keys (services, runs): looking a name up costs
 * the same however many keys are indexed (DESIGN.md: triggers indexed by event name).
 */
export class NameIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, readonly string[]>();

  /** Indexes `key` under `names`, replacing what it was indexed under before. */
  set(key: string, names: readonly string[]): void {
    this.delete(key);
    if (names.length === 0) return;
    this.byKey.set(key, names);
    for (const name of names) {
      let keys = this.byName.get(name);
      if (!keys) this.byName.set(name, (keys = new Set()));
      keys.add(key);
    }
  }

  delete(key: string): void {
    const names = this.byKey.get(key);
    if (!names) return;
    this.byKey.delete(key);
    for (const name of names) {
      const keys = this.byName.get(name);
      keys?.delete(key);
      if (keys?.size === 0) this.byName.delete(name);
    }
  }

  /** The keys indexed under `name` (a snapshot, safe to iterate while the index changes). */
  get(name: string): string[] {
    const keys = this.byName.get(name);
    return keys ? [...keys] : [];
  }

  /** True when `key` is indexed under `name`. */
  has(key: string, name: string): boolean {
    return this.byKey.get(key)?.includes(name) ?? false;
  }

  /** Every name with at least one key. */
  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}
