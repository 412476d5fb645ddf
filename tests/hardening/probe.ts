/**
 * Installed in a page before any of its scripts (Playwright's addInitScript): counts what is still alive, so a
 * test can tell whether a removed widget let go of everything. Timers and intervals not yet run or cleared,
 * animation frames requested and not run, listeners on window and document, observers observing, screen wake
 * locks held (a fake navigator.wakeLock), audio contexts running (a fake AudioContext that records its
 * state) and fetch() requests in flight. Self-contained: it is serialised into the page.
 */
export interface ProbeCounts {
  timeouts: number;
  intervals: number;
  frames: number;
  listeners: number;
  observers: number;
  wakeLocks: number;
  audio: number;
  /** Requests sent with fetch() and not yet answered, failed or aborted. */
  fetches: number;
}

export function installProbe(): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const w = window as unknown as Record<string, any>;
  const live = {
    timeouts: new Set<number>(),
    intervals: new Set<number>(),
    frames: new Set<number>(),
    listeners: new Map<string, number>(),
    observers: new Set<object>(),
    wakeLocks: new Set<object>(),
    contexts: new Set<{ state: string }>(),
    fetches: new Set<object>(),
    listenerNames: [] as string[],
  };

  const [st, si, ct, ci, raf, caf] = [
    w.setTimeout,
    w.setInterval,
    w.clearTimeout,
    w.clearInterval,
    w.requestAnimationFrame,
    w.cancelAnimationFrame,
  ].map((f) => f.bind(window)) as [
    typeof window.setTimeout,
    typeof window.setInterval,
    typeof window.clearTimeout,
    typeof window.clearInterval,
    typeof requestAnimationFrame,
    typeof cancelAnimationFrame,
  ];
  w.setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(
      (...a: unknown[]) => {
        live.timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    live.timeouts.add(id);
    return id;
  };
  w.setInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(handler, ms, ...args);
    live.intervals.add(id);
    return id;
  };
  // Either clears either kind in browsers.
  w.clearTimeout = w.clearInterval = (id?: number) => {
    if (id === undefined) return;
    live.timeouts.delete(id);
    live.intervals.delete(id);
    ct(id);
    ci(id);
  };
  w.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = raf((t) => {
      live.frames.delete(id);
      callback(t);
    });
    live.frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    live.frames.delete(id);
    caf(id);
  };

  // Listeners on window and document, keyed as the browser dedupes them (type, listener, capture).
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    if (!ids.has(listener as object)) ids.set(listener as object, next++);
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${target === window ? 'window' : 'document'} ${type} ${ids.get(listener as object)} ${capture}`;
  };
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: boolean | AddEventListenerOptions,
  ) {
    if ((this === window || this === document) && listener) {
      const k = key(this, type, listener, options);
      live.listeners.set(k, 1);
      if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => live.listeners.delete(k));
    }
    return add.call(this, type, listener as EventListener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: boolean | EventListenerOptions,
  ) {
    if ((this === window || this === document) && listener) live.listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener as EventListener, options);
  };

  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const proto = w[name].prototype as { observe(...a: unknown[]): void; disconnect(): void };
    const { observe, disconnect } = proto;
    proto.observe = function (...a: unknown[]) {
      live.observers.add(this);
      return observe.apply(this, a);
    };
    proto.disconnect = function () {
      live.observers.delete(this);
      return disconnect.call(this);
    };
  }

  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get: () => ({
      request: async (type: string) => {
        const sentinel = {
          type,
          released: false,
          release: async () => {
            sentinel.released = true;
            live.wakeLocks.delete(sentinel);
          },
          addEventListener() {},
          removeEventListener() {},
        };
        live.wakeLocks.add(sentinel);
        return sentinel;
      },
    }),
  });

  const param = () => ({
    value: 0,
    setValueAtTime() {},
    linearRampToValueAtTime() {},
    exponentialRampToValueAtTime() {},
    cancelScheduledValues() {},
  });
  const node = () => ({
    gain: param(),
    frequency: param(),
    connect: <T>(n: T) => n,
    disconnect() {},
    start() {},
    stop() {},
    onended: null,
  });
  class FakeAudioContext {
    state = 'running';
    destination = {};
    constructor() {
      live.contexts.add(this);
    }
    get currentTime() {
      return performance.now() / 1000;
    }
    createGain() {
      return node();
    }
    createOscillator() {
      return node();
    }
    async resume() {
      if (this.state !== 'closed') this.state = 'running';
    }
    async suspend() {
      if (this.state !== 'closed') this.state = 'suspended';
    }
    async close() {
      this.state = 'closed';
    }
  }
  w.AudioContext = FakeAudioContext;

  const realFetch = w.fetch.bind(window);
  w.fetch = (...args: unknown[]) => {
    const request = {};
    live.fetches.add(request);
    return realFetch(...args).finally(() => live.fetches.delete(request));
  };

  w.__probe = (): ProbeCounts => ({
    timeouts: live.timeouts.size,
    intervals: live.intervals.size,
    frames: live.frames.size,
    listeners: live.listeners.size,
    observers: live.observers.size,
    wakeLocks: live.wakeLocks.size,
    audio: [...live.contexts].filter((c) => c.state === 'running').length,
    fetches: live.fetches.size,
  });
  w.__probeListeners = () => [...live.listeners.keys()];
}
