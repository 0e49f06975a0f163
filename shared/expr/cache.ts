/**
 * A map that forgets its least recently used entries (a quarter of them) once it holds more than
 * `limit`. Recency is approximate: a hit moves an entry to the front only once it has drifted into
 * the older half, so the hot path of a busy engine (the same few expressions again and again) is a
 * plain lookup.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; stamp: number }>();
  private clock = 0;

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.clock - entry.stamp >= this.limit / 2) {
      // Map keeps insertion order, so re-inserting puts the entry last in line to be forgotten.
      this.entries.delete(key);
      entry.stamp = ++this.clock;
      this.entries.set(key, entry);
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, stamp: ++this.clock });
    if (this.entries.size <= this.limit) return;
    // Evicting a quarter at once: a Map skips over the holes its deletions leave at the front, so
    // evicting one entry per insert would walk ever more of them.
    let excess = Math.max(1, Math.floor(this.limit / 4));
    for (const oldest of this.entries.keys()) {
      this.entries.delete(oldest);
      if (--excess === 0) break;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
