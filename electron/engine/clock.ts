// Time is injected (STYLE.md 2): the engine asks a Clock for the time and for timers, so a test of
// `wait: "duration:20"` advances a FakeClock by 20 s and never sleeps.

/** A scheduled callback that can be cancelled. */
export interface TimerHandle {
  cancel(): void;
}

/** The engine's source of time and timers. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Calls `fire` at time `at` (at once when `at` is past). A returned promise tells a FakeClock to
   * wait for the work it started before firing the next timer.
   */
  setTimer(at: number, fire: () => void | Promise<void>): TimerHandle;
}

// setTimeout holds at most 2^31-1 ms (about 24.8 days); a date wait can be years away.
const MAX_DELAY = 2 ** 31 - 1;

/** The wall clock, with timers that do not keep the process alive on their own. */
export class RealClock implements Clock {
  now(): number {
    return Date.now();
  }

  setTimer(at: number, fire: () => void | Promise<void>): TimerHandle {
    let handle: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const arm = () => {
      const delay = Math.max(0, at - Date.now());
      handle = setTimeout(() => {
        if (cancelled) return;
        if (at > Date.now()) arm();
        else void fire();
      }, Math.min(delay, MAX_DELAY));
      handle.unref?.();
    };
    arm();
    return {
      cancel: () => {
        cancelled = true;
        if (handle !== undefined) clearTimeout(handle);
      },
    };
  }
}

interface FakeTimer {
  at: number;
  order: number;
  fire: () => void | Promise<void>;
  cancelled: boolean;
}

// Earlier due time first; among equals, the one armed first.
const before = (a: FakeTimer, b: FakeTimer) => a.at < b.at || (a.at === b.at && a.order < b.order);

/** A clock that moves only when told to; `advance` fires what falls due, in order of due time. */
export class FakeClock implements Clock {
  private time: number;
  private order = 0;
  private live = 0;
  // A binary heap with lazy deletion: arming and cancelling stay cheap with 10,000 runs waiting.
  private heap: FakeTimer[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(at: number, fire: () => void | Promise<void>): TimerHandle {
    const timer: FakeTimer = { at, order: this.order++, fire, cancelled: false };
    this.push(timer);
    this.live++;
    return {
      cancel: () => {
        if (timer.cancelled) return;
        timer.cancelled = true;
        this.live--;
      },
    };
  }

  /** How many timers are armed. */
  get pending(): number {
    return this.live;
  }

  /** The due time of the next armed timer, if any. */
  nextDue(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /**
   * Moves time forward by `ms`, firing each timer that falls due at its own time and awaiting the
   * work it starts, so a timer armed on the way (a polling loop) fires too when it falls due.
   */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.time + ms);
  }

  /** Moves time to `target` (never backwards), firing what falls due on the way. */
  async advanceTo(target: number): Promise<void> {
    for (;;) {
      this.dropCancelled();
      const timer = this.heap[0];
      if (!timer || timer.at > target) break;
      this.pop();
      timer.cancelled = true;
      this.live--;
      this.time = Math.max(this.time, timer.at);
      await timer.fire();
    }
    this.time = Math.max(this.time, target);
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.pop();
  }

  private push(timer: FakeTimer): void {
    const heap = this.heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
      if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
      if (best === i) break;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  }
}
