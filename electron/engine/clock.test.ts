import { describe, expect, it } from 'vitest';
import { FakeClock, RealClock } from './clock';

describe('FakeClock', () => {
  it('should fire what falls due in order of due time, including timers armed on the way', async () => {
    // given
    const clock = new FakeClock(0);
    const fired: string[] = [];
    clock.setTimer(300, () => void fired.push('c@300'));
    clock.setTimer(100, () => {
      fired.push(`a@${clock.now()}`);
      clock.setTimer(200, () => void fired.push(`b@${clock.now()}`));
    });
    const cancelled = clock.setTimer(150, () => void fired.push('never'));
    cancelled.cancel();
    // when
    await clock.advance(250);
    // then
    expect(fired).toEqual(['a@100', 'b@200']);
    expect(clock.now()).toBe(250);
    expect(clock.pending).toBe(1);
    expect(clock.nextDue()).toBe(300);
  });

  it('should await the work a timer starts before firing the next', async () => {
    const clock = new FakeClock(0);
    const order: string[] = [];
    clock.setTimer(1, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('slow');
    });
    clock.setTimer(1, () => void order.push('next'));
    await clock.advance(1);
    expect(order).toEqual(['slow', 'next']);
  });
});

describe('RealClock', () => {
  it('should fire a timer at its time, and never a cancelled one', async () => {
    const clock = new RealClock();
    const fired: string[] = [];
    clock.setTimer(clock.now() + 20, () => void fired.push('due'));
    clock.setTimer(clock.now() + 10, () => void fired.push('cancelled')).cancel();
    clock.setTimer(clock.now() - 1000, () => void fired.push('past'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(fired).toEqual(['past', 'due']);
  });
});
