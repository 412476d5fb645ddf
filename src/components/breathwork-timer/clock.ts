/**
 * The one clock a breathing session reads. On each frame it runs, the element
 * asks the clock the time and the schedule where the breath is; it never counts
 * frames or timer ticks, so nothing drifts. Between changes (a phase boundary,
 * a new second on the countdown) it sleeps, and asks to be woken a few frames
 * early, so the page's main thread stays idle. Inject another clock
 * (`element.clock = manualClock()`) to drive time in tests.
 */
export interface BreathClock {
  /** Monotonic milliseconds (like `performance.now()`). */
  now(): number;
  /**
   * Calls back on the first animation frame at least `afterMs` from now (the next
   * frame when `afterMs` is 0 or less). Returns a function that cancels the call.
   */
  frame(callback: () => void, afterMs?: number): () => void;
}

/**
 * The browser's clock: `performance.now()`, `setTimeout` to sleep, then `requestAnimationFrame`. In a hidden tab,
 * where frames do not run, the timer calls back itself (browsers run it about once a second there, or less often).
 */
export const browserClock: BreathClock = {
  now: () => performance.now(),
  frame(callback, afterMs = 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let raf = 0;
    const onFrame = () => (document.hidden ? callback() : (raf = requestAnimationFrame(callback)));
    if (afterMs > 0 || document.hidden) timer = setTimeout(onFrame, afterMs);
    else onFrame();
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(raf);
    };
  },
};

/** A clock that only moves when told to: for tests, stories and benchmarks. */
export interface ManualClock extends BreathClock {
  /** The current time, in milliseconds. */
  time: number;
  /** Callbacks waiting for a frame. */
  readonly pending: number;
  /** Moves time forward by `ms`, with a frame every `frameMs` (default 16 ms, about 60 Hz) running what is due. */
  advance(ms: number, frameMs?: number): void;
  /** Moves time forward by `ms` at once, then runs one frame: a tab that was hidden, then shown. */
  jump(ms: number): void;
}

/** Makes a clock that starts at `start` ms and only moves when `advance` or `jump` is called. */
export function manualClock(start = 0): ManualClock {
  const waiting = new Set<{ due: number; callback: () => void }>();
  const runFrame = () => {
    for (const entry of [...waiting])
      if (entry.due <= clock.time) {
        waiting.delete(entry);
        entry.callback();
      }
  };
  const clock: ManualClock = {
    time: start,
    get pending() {
      return waiting.size;
    },
    now: () => clock.time,
    frame(callback, afterMs = 0) {
      // Like requestAnimationFrame: never in the frame that asked, at the earliest the next one.
      const entry = { due: clock.time + Math.max(afterMs, 0.001), callback };
      waiting.add(entry);
      return () => void waiting.delete(entry);
    },
    advance(ms, frameMs = 16) {
      const end = clock.time + ms;
      while (clock.time < end) {
        clock.time = Math.min(end, clock.time + frameMs);
        runFrame();
      }
    },
    jump(ms) {
      clock.time += ms;
      runFrame();
    },
  };
  return clock;
}
