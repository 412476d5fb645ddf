/**
 * The one clock a breathing session reads. The element asks it the time on
 * every frame and asks the schedule where the breath is; it never counts
 * frames or timer ticks. Inject another clock (`element.clock = ...`) to drive
 * time in tests.
 */
export interface BreathClock {
  /** Monotonic milliseconds (like `performance.now()`). */
  now(): number;
  /** Calls back on the next frame (like `requestAnimationFrame`); returns an id for `cancel`. */
  frame(callback: () => void): number;
  cancel(id: number): void;
}

/** The browser's clock: `performance.now()` and `requestAnimationFrame`. */
export const browserClock: BreathClock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
};

/** A clock that only moves when told to: for tests, stories and benchmarks. */
export interface ManualClock extends BreathClock {
  /** The current time, in milliseconds. */
  time: number;
  /** Frames waiting to run. */
  readonly pending: number;
  /** Moves time forward by `ms`, running a frame every `frameMs` (default 16 ms, about 60 Hz). */
  advance(ms: number, frameMs?: number): void;
  /** Moves time forward by `ms` at once, running one frame after: a tab that was hidden, then shown. */
  jump(ms: number): void;
}

/** Makes a clock that starts at `start` ms and only moves when `advance` or `jump` is called. */
export function manualClock(start = 0): ManualClock {
  let queue = new Map<number, () => void>();
  let next = 1;
  const flush = () => {
    const run = queue;
    queue = new Map();
    run.forEach((callback) => callback());
  };
  const clock: ManualClock = {
    time: start,
    get pending() {
      return queue.size;
    },
    now: () => clock.time,
    frame(callback) {
      queue.set(next, callback);
      return next++;
    },
    cancel: (id) => void queue.delete(id),
    advance(ms, frameMs = 16) {
      const end = clock.time + ms;
      while (clock.time < end) {
        clock.time = Math.min(end, clock.time + frameMs);
        flush();
      }
    },
    jump(ms) {
      clock.time += ms;
      flush();
    },
  };
  return clock;
}
