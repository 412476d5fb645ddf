/**
 * Test doubles for the browser features the timer feature-detects: a fake
 * AudioContext that records every tone it is asked to play (its clock stands
 * still while suspended, as a real one does, and resuming can take time), and
 * fakes for `navigator.vibrate`, `navigator.wakeLock` and
 * `navigator.userActivation` (or their absence).
 */
import { vi, type Mock } from 'vitest';

interface FakeTone {
  /** When the tone starts, in audio-clock seconds. */
  at: number;
  frequency: number;
  /** `stop()` was called with no time: silenced at once. */
  stoppedNow: boolean;
}

interface FakeParam {
  value: number;
  setValueAtTime(): void;
  linearRampToValueAtTime(): void;
  exponentialRampToValueAtTime(): void;
}

interface FakeContext {
  resumed: number;
  suspended: number;
  closed: boolean;
  state: 'running' | 'suspended';
  /** The audio clock, in seconds: it stands still while suspended. */
  readonly currentTime: number;
  /** Audio-clock seconds behind `rec.now()`: how long the clock stood still while suspended (or resuming). */
  lag: number;
  /** The first gain node created: the timer's master volume. */
  master?: { gain: FakeParam };
}

/** What the fake AudioContext saw. */
export interface Recorded {
  contexts: FakeContext[];
  tones: FakeTone[];
  /** The audio clock, in seconds (tests tie it to the manual clock). */
  now: () => number;
  /** Make `new AudioContext()` throw, as on a device with no audio output. */
  failToConstruct: boolean;
  /** How long (ms, on the timers `setTimeout` runs on) a suspended context takes to run again after `resume()`. */
  resumeMs: number;
}

const param = (value: number): FakeParam => ({
  value,
  setValueAtTime() {},
  linearRampToValueAtTime() {},
  exponentialRampToValueAtTime() {},
});

export const FakeAudioContext = {
  /** Replaces `AudioContext` for this test (undo with `vi.unstubAllGlobals()`). */
  install(): Recorded {
    const rec: Recorded = { contexts: [], tones: [], now: () => 0, failToConstruct: false, resumeMs: 0 };
    class Fake implements FakeContext {
      resumed = 0;
      suspended = 0;
      closed = false;
      state: 'running' | 'suspended' = 'running';
      lag = 0;
      private frozen = 0;
      master?: { gain: FakeParam };
      readonly destination = {};
      constructor() {
        if (rec.failToConstruct) throw new Error('no audio device');
        rec.contexts.push(this);
      }
      get currentTime() {
        return this.state === 'running' ? rec.now() - this.lag : this.frozen;
      }
      createGain() {
        const node = { gain: param(1), connect: <T>(next: T) => next };
        this.master ??= node;
        return node;
      }
      createOscillator() {
        const tone: FakeTone = { at: Number.NaN, frequency: 0, stoppedNow: false };
        const osc = {
          frequency: param(440),
          onended: null as (() => void) | null,
          connect: <T>(next: T) => next,
          start(at: number) {
            tone.at = Math.round(at * 1e6) / 1e6;
            tone.frequency = osc.frequency.value;
            rec.tones.push(tone);
          },
          stop(at?: number) {
            if (at === undefined) tone.stoppedNow = true;
          },
        };
        return osc;
      }
      resume() {
        this.resumed++;
        if (this.state === 'running') return Promise.resolve();
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            // The clock runs again from where it stopped.
            this.lag = rec.now() - this.frozen;
            this.state = 'running';
            resolve();
          }, rec.resumeMs),
        );
      }
      suspend() {
        this.suspended++;
        if (this.state === 'running') [this.frozen, this.state] = [this.currentTime, 'suspended'];
        return Promise.resolve();
      }
      close() {
        this.closed = true;
        return Promise.resolve();
      }
    }
    vi.stubGlobal('AudioContext', Fake);
    return rec;
  },
};

type NavigatorFeature = 'vibrate' | 'wakeLock' | 'userActivation';
const own = new Set<NavigatorFeature>();
const removed = new Map<NavigatorFeature, PropertyDescriptor>();

function define(name: NavigatorFeature, value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  own.add(name);
}

export const fakeNavigator = {
  /** A recording `navigator.vibrate`. */
  vibrate(): Mock<(pattern: VibratePattern) => boolean> {
    const vibrate = vi.fn((_pattern: VibratePattern) => true);
    define('vibrate', vibrate);
    return vibrate;
  },

  /** A `navigator.wakeLock` that grants (or refuses) locks and counts releases. */
  wakeLock({ refuse = false } = {}) {
    const state = {
      released: 0,
      request: vi.fn(async (_type: string) => {
        if (refuse) throw new DOMException('Wake lock refused', 'NotAllowedError');
        return { release: async () => void state.released++ };
      }),
    };
    define('wakeLock', { request: state.request });
    return state;
  },

  /** A `navigator.userActivation` whose `isActive` (a user gesture in progress) the test sets. */
  userActivation(isActive: boolean): { isActive: boolean } {
    const activation = { isActive, hasBeenActive: isActive };
    define('userActivation', activation);
    return activation;
  },

  /** Makes the browser lack a feature altogether (`'name' in navigator` is false). */
  remove(name: NavigatorFeature) {
    const proto = Navigator.prototype as unknown as Record<string, unknown>;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) removed.set(name, descriptor);
    delete proto[name];
    if (own.delete(name)) delete (navigator as unknown as Record<string, unknown>)[name];
  },

  /** Puts every faked or removed feature back. */
  restore() {
    for (const name of own) delete (navigator as unknown as Record<string, unknown>)[name];
    own.clear();
    for (const [name, descriptor] of removed) Object.defineProperty(Navigator.prototype, name, descriptor);
    removed.clear();
  },
};
