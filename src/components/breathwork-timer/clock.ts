/**
 * The one clock a breathing session reads. Each time it wakes, the element asks
 * the clock the time and the schedule where the breath is; it never counts
 * timer ticks, so nothing drifts. Between changes (a phase boundary, a new
 * second on the countdown) it sleeps on a timer set for the next change, so the
 * page's main thread stays idle. It never waits for an animation frame: browsers
 * stop drawing frames where a page is not hidden (an off-screen cross-origin
 * iframe, a covered window), and the session's events, announcements, vibration
 * and end must still come on time. Frames only paint: the shape animates on the
 * compositor. Inject another clock (`element.clock = manualClock()`) to drive
 * time in tests.
 */
export interface BreathClock {
  /** Monotonic milliseconds (like `performance.now()`). */
  now(): number;
  /**
   * Calls back on a timer, no earlier than `afterMs` from now by `now()` (soon, but never within this call, when
   * `afterMs` is 0 or less), whether or not the page draws frames. Returns a function that cancels the call.
   */
  wake(callback: () => void, afterMs?: number): () => void;
}

/**
 * The browser's clock: `performance.now()`, and `setTimeout` to sleep. A timer that fires a little early (browsers
 * round) sleeps again for the rest, so the callback never runs before its time. In a hidden tab browsers run timers
 * about once a second, or less often: the callback then runs late, never early.
 */
export const browserClock: BreathClock = {
  now: () => performance.now(),
  wake(callback, afterMs = 0) {
    const due = performance.now() + afterMs;
    const check = () => {
      const left = due - performance.now();
      if (left > 0) timer = setTimeout(check, left);
      else callback();
    };
    let timer = setTimeout(check, Math.max(afterMs, 0));
    return () => clearTimeout(timer);
  },
};

/** A clock that only moves when told to: for tests, stories and benchmarks. */
export interface ManualClock extends BreathClock {
  /** The current time, in milliseconds. */
  time: number;
  /** Callbacks waiting for their time. */
  readonly pending: number;
  /** Moves time forward by `ms`, running each callback at the moment it is due, in order (as timers run). */
  advance(ms: number): void;
  /** Moves time forward by `ms` at once, then runs what is due: timers of a hidden tab, run late. */
  jump(ms: number): void;
}

/**
 * Makes a clock that starts at `start` ms and only moves when `advance` or `jump` is called. A callback asked for
 * in 0 ms or less runs 1 ms later, so a callback that asks again cannot spin.
 */
export function manualClock(start = 0): ManualClock {
  const waiting = new Set<{ due: number; callback: () => void }>();
  /** The earliest callback due at `until` or before (the first asked, among those due at the same time). */
  const next = (until: number) => {
    let first: { due: number; callback: () => void } | undefined;
    for (const entry of waiting) if (entry.due <= until && (!first || entry.due < first.due)) first = entry;
    return first;
  };
  const clock: ManualClock = {
    time: start,
    get pending() {
      return waiting.size;
    },
    now: () => clock.time,
    wake(callback, afterMs = 0) {
      const entry = { due: clock.time + Math.max(afterMs, 1), callback };
      waiting.add(entry);
      return () => void waiting.delete(entry);
    },
    advance(ms) {
      const end = clock.time + ms;
      for (let entry = next(end); entry; entry = next(end)) {
        clock.time = Math.max(clock.time, entry.due);
        waiting.delete(entry);
        entry.callback();
      }
      clock.time = end;
    },
    jump(ms) {
      clock.time += ms;
      for (const entry of [...waiting])
        if (entry.due <= clock.time) {
          waiting.delete(entry);
          entry.callback();
        }
    },
  };
  return clock;
}
