import type { RingBuffer } from './ring-buffer';

/**
 * The rows a filter lets through, kept up to date incrementally: each sync looks only at items
 * appended since the last one and forgets matches the buffer has overwritten. Without a predicate
 * it is the buffer itself, with no index to keep.
 */
export class FilteredView<T> {
  /** Absolute positions of matching items; entries before `first` are dead. */
  private matches: number[] = [];
  private first = 0;
  private scanned: number;
  private removedCount = 0;

  constructor(
    private readonly buffer: RingBuffer<T>,
    private readonly predicate: ((item: T) => boolean) | null,
  ) {
    this.scanned = buffer.start;
    this.sync();
  }

  /** Catches up with the buffer; cheap when nothing changed, so it can run on every render. */
  sync(): void {
    if (!this.predicate) return;
    const { start, end } = this.buffer;
    while (this.first < this.matches.length && this.matches[this.first]! < start) {
      this.first += 1;
      this.removedCount += 1;
    }
    for (let p = Math.max(this.scanned, start); p < end; p++) {
      if (this.predicate(this.buffer.at(p)!)) this.matches.push(p);
    }
    this.scanned = end;
    // Compact once the dead prefix outweighs the live part: amortised O(1) per match.
    if (this.first > 1024 && this.first * 2 > this.matches.length) {
      this.matches = this.matches.slice(this.first);
      this.first = 0;
    }
  }

  get length(): number {
    return this.predicate ? this.matches.length - this.first : this.buffer.size;
  }

  /**
   * How many rows have left the top of the view so far (monotonic): a paused list scrolls back by
   * the difference so the rows under the user's eyes stay put while old ones are overwritten.
   */
  get removed(): number {
    return this.predicate ? this.removedCount : this.buffer.start;
  }

  /** The absolute buffer position of the i-th row. */
  position(index: number): number {
    return this.predicate ? this.matches[this.first + index]! : this.buffer.start + index;
  }

  /** The i-th row, oldest first. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.buffer.at(this.position(index));
  }

  /** Every row, oldest first. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i)!);
    return out;
  }
}
