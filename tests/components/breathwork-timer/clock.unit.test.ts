import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserClock, manualClock } from '../../../src/components/breathwork-timer/clock.js';

describe('manualClock', () => {
  it('moves only when told, running what is due on each frame, never in the frame that asked', () => {
    const clock = manualClock(100);
    const seen: number[] = [];
    const loop = () => {
      seen.push(clock.now());
      clock.frame(loop);
    };
    clock.frame(loop);
    expect(seen).toEqual([]);
    clock.advance(50, 16);
    expect(seen).toEqual([116, 132, 148, 150]);
    expect(clock.now()).toBe(150);
  });

  it('wakes a sleeper on the first frame at least `afterMs` later', () => {
    const clock = manualClock();
    const seen: number[] = [];
    clock.frame(() => seen.push(clock.now()), 40);
    clock.advance(100, 16);
    expect(seen).toEqual([48]);
  });

  it('jumps as after a hidden tab: one frame, at the new time, for everything due', () => {
    const clock = manualClock();
    const seen: number[] = [];
    const loop = () => {
      seen.push(clock.now());
      clock.frame(loop, 1000);
    };
    clock.frame(loop, 1000);
    clock.jump(60_000);
    expect(seen).toEqual([60_000]);
    expect(clock.pending).toBe(1);
  });

  it('cancels', () => {
    const clock = manualClock();
    const spy = vi.fn();
    const cancel = clock.frame(spy, 10);
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

  it('asks for the next animation frame, or sleeps on a timer first, and cancels either', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames: (() => void)[] = [];
    const raf = vi.fn((cb: () => void) => frames.push(cb));
    const caf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.stubGlobal('cancelAnimationFrame', caf);
    vi.stubGlobal('document', { hidden: false });
    const callback = vi.fn();

    browserClock.frame(callback);
    expect(raf).toHaveBeenCalledTimes(1);

    const cancelSleeper = browserClock.frame(callback, 500);
    vi.advanceTimersByTime(499);
    expect(raf).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(raf).toHaveBeenCalledTimes(2);
    cancelSleeper();
    expect(caf).toHaveBeenCalledWith(2);

    const cancelEarly = browserClock.frame(callback, 500);
    cancelEarly();
    vi.advanceTimersByTime(1000);
    expect(raf).toHaveBeenCalledTimes(2);
    expect(callback).not.toHaveBeenCalled();
  });

  it('in a hidden tab, where frames do not run, calls back from the timer alone, never at once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const raf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const page = { hidden: true };
    vi.stubGlobal('document', page);
    const callback = vi.fn();

    browserClock.frame(callback);
    expect(callback).not.toHaveBeenCalled(); // not in the call that asked: a loop cannot spin
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);

    browserClock.frame(callback, 500);
    vi.advanceTimersByTime(499);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(2);

    const cancel = browserClock.frame(callback, 500);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(2);
    expect(raf).not.toHaveBeenCalled();

    // Shown again before the timer fires: back to frames.
    browserClock.frame(callback, 500);
    page.hidden = false;
    vi.advanceTimersByTime(500);
    expect(raf).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledTimes(2);
  });
});
