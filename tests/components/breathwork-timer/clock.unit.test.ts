import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserClock, manualClock } from '../../../src/components/breathwork-timer/clock.js';

describe('manualClock', () => {
  it('moves only when told, running each callback at the moment it is due, never in the call that asked', () => {
    const clock = manualClock(100);
    const seen: number[] = [];
    const loop = () => {
      seen.push(clock.now());
      clock.wake(loop, 15);
    };
    clock.wake(loop, 15);
    expect(seen).toEqual([]);
    clock.advance(50);
    expect(seen).toEqual([115, 130, 145]);
    expect(clock.now()).toBe(150);
  });

  it('runs callbacks in the order they are due; one asked for in 0 ms runs 1 ms later, so a loop cannot spin', () => {
    const clock = manualClock();
    const seen: string[] = [];
    clock.wake(() => seen.push(`b@${clock.now()}`), 40);
    clock.wake(() => seen.push(`a@${clock.now()}`), 25);
    const loop = () => {
      seen.push(`loop@${clock.now()}`);
      if (clock.now() < 3) clock.wake(loop, 0);
    };
    clock.wake(loop);
    clock.advance(100);
    expect(seen).toEqual(['loop@1', 'loop@2', 'loop@3', 'a@25', 'b@40']);
  });

  it('jumps as timers of a hidden tab: time moves at once, then everything due runs at the new time', () => {
    const clock = manualClock();
    const seen: number[] = [];
    const loop = () => {
      seen.push(clock.now());
      clock.wake(loop, 1000);
    };
    clock.wake(loop, 1000);
    clock.jump(60_000);
    expect(seen).toEqual([60_000]);
    expect(clock.pending).toBe(1);
  });

  it('cancels', () => {
    const clock = manualClock();
    const spy = vi.fn();
    const cancel = clock.wake(spy, 10);
    cancel();
    clock.advance(100);
    expect(spy).not.toHaveBeenCalled();
    expect(clock.pending).toBe(0);
  });
});

describe('browserClock', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads performance.now()', () => {
    const before = performance.now();
    expect(browserClock.now()).toBeGreaterThanOrEqual(before);
  });

  it('wakes on a timer at its time where animation frames never run (an off-screen iframe, a covered window)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const raf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.stubGlobal('document', { hidden: false });
    const callback = vi.fn();

    browserClock.wake(callback);
    expect(callback).not.toHaveBeenCalled(); // not in the call that asked: a loop cannot spin
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);

    browserClock.wake(callback, 500);
    vi.advanceTimersByTime(499);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(2);
    expect(raf).not.toHaveBeenCalled();
  });

  it('keeps a session of phases on time on timers alone: each boundary read from performance.now(), no drift', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('requestAnimationFrame', vi.fn());
    const start = performance.now();
    const boundaries: number[] = [];
    // A session of 4 s phases waking for each boundary, as the element does: the next wait comes from the clock.
    const tick = () => {
      const elapsed = browserClock.now() - start;
      boundaries.push(elapsed);
      if (boundaries.length < 900) browserClock.wake(tick, 4000 - (elapsed % 4000));
    };
    browserClock.wake(tick, 4000);
    vi.advanceTimersByTime(3_600_000);
    expect(boundaries).toHaveLength(900);
    expect(boundaries.every((at, i) => at === (i + 1) * 4000)).toBe(true);
  });

  it('never calls back early when the timer fires early (browsers round timer delays)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const fakeSetTimeout = setTimeout;
    // A timer that fires 2 ms before its delay is up.
    vi.stubGlobal('setTimeout', (callback: () => void, ms = 0) => fakeSetTimeout(callback, Math.max(0, ms - 2)));
    const start = performance.now();
    let ranAt = -1;
    browserClock.wake(() => (ranAt = performance.now() - start), 500);
    vi.advanceTimersByTime(498);
    expect(ranAt).toBe(-1);
    vi.advanceTimersByTime(2);
    expect(ranAt).toBe(500);
  });

  it('cancels, also while sleeping again after an early timer', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const callback = vi.fn();
    const cancel = browserClock.wake(callback, 500);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();

    const fakeSetTimeout = setTimeout;
    vi.stubGlobal('setTimeout', (cb: () => void, ms = 0) => fakeSetTimeout(cb, Math.max(0, ms - 2)));
    const cancelLater = browserClock.wake(callback, 500);
    vi.advanceTimersByTime(499); // the early timer ran and slept again for the rest
    cancelLater();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
