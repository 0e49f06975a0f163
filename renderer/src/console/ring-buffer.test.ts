import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RingBuffer } from './ring-buffer';

describe('RingBuffer', () => {
  it('should keep items in order until it is full', () => {
    const ring = new RingBuffer<number>(3);
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
    expect(ring.size).toBe(2);
    expect(ring.dropped).toBe(0);
  });

  it('should overwrite the oldest items when full and count them as dropped', () => {
    const ring = new RingBuffer<number>(3);
    for (let i = 1; i <= 5; i++) ring.push(i);
    expect(ring.toArray()).toEqual([3, 4, 5]);
    expect(ring.dropped).toBe(2);
    expect(ring.last()).toBe(5);
  });

  it('should address items by absolute position, forgetting overwritten ones', () => {
    const ring = new RingBuffer<string>(2);
    ['a', 'b', 'c'].forEach((s) => ring.push(s));
    expect(ring.start).toBe(1);
    expect(ring.end).toBe(3);
    expect(ring.at(0)).toBeUndefined();
    expect(ring.at(1)).toBe('b');
    expect(ring.at(2)).toBe('c');
    expect(ring.at(3)).toBeUndefined();
  });

  it('should empty on clear and reset the dropped count while positions keep counting', () => {
    const ring = new RingBuffer<number>(2);
    [1, 2, 3].forEach((n) => ring.push(n));
    ring.clear();
    expect(ring.size).toBe(0);
    expect(ring.dropped).toBe(0);
    expect(ring.last()).toBeUndefined();
    ring.push(4);
    expect(ring.start).toBe(3);
    expect(ring.toArray()).toEqual([4]);
  });

  it('should refuse a capacity that is not a positive whole number', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
    expect(() => new RingBuffer(1.5)).toThrow(RangeError);
  });

  it('should hold 100,000 records after 250,000 appends without slowing down', () => {
    const ring = new RingBuffer<{ seq: number }>(100_000);
    const started = performance.now();
    for (let seq = 1; seq <= 250_000; seq++) ring.push({ seq });
    expect(ring.size).toBe(100_000);
    expect(ring.dropped).toBe(150_000);
    expect(ring.at(ring.start)?.seq).toBe(150_001);
    expect(ring.last()?.seq).toBe(250_000);
    // Generous: an array copy per append would take seconds, not milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('should always hold the last `capacity` items pushed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer(), { maxLength: 100 }), (capacity, items) => {
        const ring = new RingBuffer<number>(capacity);
        items.forEach((item) => ring.push(item));
        expect(ring.toArray()).toEqual(items.slice(-capacity));
        expect(ring.dropped).toBe(Math.max(0, items.length - capacity));
      }),
    );
  });
});
