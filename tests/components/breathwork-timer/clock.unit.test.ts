import { describe, expect, it, vi } from 'vitest';
import { browserClock, manualClock } from '../../../src/components/breathwork-timer/clock.js';

describe('manualClock', () => {
  it('moves only when told, running one frame per step', () => {
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

  it('jumps as after a hidden tab: one frame, at the new time', () => {
    const clock = manualClock();
    const seen: number[] = [];
    const loop = () => {
      seen.push(clock.now());
      clock.frame(loop);
    };
    clock.frame(loop);
    clock.jump(60_000);
    expect(seen).toEqual([60_000]);
    expect(clock.pending).toBe(1);
  });

  it('cancels a frame', () => {
    const clock = manualClock();
    const spy = vi.fn();
    const id = clock.frame(spy);
    clock.cancel(id);
    clock.advance(100);
    expect(spy).not.toHaveBeenCalled();
    expect(clock.pending).toBe(0);
  });
});

describe('browserClock', () => {
  it('reads performance.now() and uses requestAnimationFrame', () => {
    const raf = vi.fn(() => 7);
    const caf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.stubGlobal('cancelAnimationFrame', caf);
    const callback = () => {};
    expect(browserClock.frame(callback)).toBe(7);
    expect(raf).toHaveBeenCalledWith(callback);
    browserClock.cancel(7);
    expect(caf).toHaveBeenCalledWith(7);
    const before = performance.now();
    expect(browserClock.now()).toBeGreaterThanOrEqual(before);
    vi.unstubAllGlobals();
  });
});
