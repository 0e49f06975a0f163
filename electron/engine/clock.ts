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

/** A clock that moves only when told to; `advance` fires what falls due, in order of due time. */
export class FakeClock implements Clock {
  private time: number;
  private order = 0;
  private timers: FakeTimer[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(at: number, fire: () => void | Promise<void>): TimerHandle {
    const timer: FakeTimer = { at, order: this.order++, fire, cancelled: false };
    this.timers.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
        this.timers = this.timers.filter((t) => t !== timer);
      },
    };
  }

  /** How many timers are armed. */
  get pending(): number {
    return this.timers.length;
  }

  /** The due time of the next armed timer, if any. */
  nextDue(): number | undefined {
    return this.next(Infinity)?.at;
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
      const timer = this.next(target);
      if (!timer) break;
      this.timers = this.timers.filter((t) => t !== timer);
      this.time = Math.max(this.time, timer.at);
      await timer.fire();
    }
    this.time = Math.max(this.time, target);
  }

  private next(limit: number): FakeTimer | undefined {
    let best: FakeTimer | undefined;
    for (const t of this.timers) {
      if (t.cancelled || t.at > limit) continue;
      if (!best || t.at < best.at || (t.at === best.at && t.order < best.order)) best = t;
    }
    return best;
  }
}
