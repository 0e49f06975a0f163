/**
 * A fixed-capacity ring buffer addressed by absolute position: the n-th item ever pushed has
 * position n, forever. Positions let views (a filter's matches, a scroll anchor) keep pointing at
 * the same item while older ones are overwritten, without copying the buffer on every append.
 */
export class RingBuffer<T> {
  private readonly items: (T | undefined)[];
  /** Absolute position of the oldest item still held. */
  private head = 0;
  /** Absolute position the next pushed item will get. */
  private tail = 0;
  /** Items overwritten because the buffer was full, since it was created or last cleared. */
  private evicted = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`A ring buffer needs a positive whole capacity, not ${capacity}.`);
    this.items = new Array<T | undefined>(capacity);
  }

  /** Appends in O(1); when full, the oldest item is overwritten and counted as dropped. */
  push(item: T): void {
    if (this.tail - this.head === this.capacity) {
      this.head += 1;
      this.evicted += 1;
    }
    this.items[this.tail % this.capacity] = item;
    this.tail += 1;
  }

  get size(): number {
    return this.tail - this.head;
  }

  /** Absolute position of the oldest item held. */
  get start(): number {
    return this.head;
  }

  /** One past the absolute position of the newest item. */
  get end(): number {
    return this.tail;
  }

  /** How many items were overwritten to make room since creation or the last clear. */
  get dropped(): number {
    return this.evicted;
  }

  /** The item at an absolute position, or undefined when it is not (or no longer) held. */
  at(position: number): T | undefined {
    if (position < this.head || position >= this.tail) return undefined;
    return this.items[position % this.capacity];
  }

  /** The newest item, if any. */
  last(): T | undefined {
    return this.at(this.tail - 1);
  }

  /** Forgets every item (positions keep counting up, so views see them gone) and the dropped count. */
  clear(): void {
    this.items.fill(undefined);
    this.head = this.tail;
    this.evicted = 0;
  }

  /** The items held, oldest first (copies: for tests and small buffers). */
  toArray(): T[] {
    const out: T[] = [];
    for (let p = this.head; p < this.tail; p++) out.push(this.items[p % this.capacity] as T);
    return out;
  }
}
