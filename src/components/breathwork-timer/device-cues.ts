/**
 * What a session does beyond the page while time runs: soft tones (an AudioContext created in a user gesture only),
 * a short vibration at each phase, and a screen wake lock. Each is feature-detected: where one is missing or refused,
 * the session runs without it. The tones and vibration come from a part loaded when `sound` or `haptics` is set.
 */
import type { PartController } from '../../shared/lazy-part.js';
import type { SessionPlan } from './breathing-session.js';
import type { BreathStep } from './patterns.js';
import type * as Sound from './sound.js';

/** The timer's settings the cues follow. */
export interface CueSettings {
  readonly sound: boolean;
  readonly haptics: boolean;
  readonly volume: number;
}

export class DeviceCues {
  private tones?: Sound.BreathSound;
  private wakeLock?: Promise<WakeLockSentinel | void>;

  constructor(
    private readonly settings: CueSettings,
    private readonly sound: PartController<typeof Sound>,
  ) {}

  /**
   * Creates the tones' AudioContext, only in a user gesture (browsers let only a gesture start sound): the Start,
   * Pause or Resume click. A `start()` from script without one stays silent until the patient presses Pause or Resume.
   */
  createTonesInGesture(): void {
    const sound = this.sound.module;
    if (!this.settings.sound || !sound || navigator.userActivation?.isActive === false) return;
    try {
      this.tones ??= new sound.BreathSound();
    } catch {
      // No audio output: the other cues still work.
    }
  }

  /** Time runs: the screen stays awake and the session's tones are scheduled, reading session time from `elapsedMs`. */
  started({ pattern, totalMs }: SessionPlan, elapsedMs: () => number): void {
    this.holdWakeLock(true);
    this.tones?.run(pattern, totalMs, elapsedMs);
  }

  /** Time stopped: the screen may sleep and the tones go quiet (at the end of a session, the last ones ring out). */
  stopped(atTheEnd: boolean): void {
    this.holdWakeLock(false);
    this.tones?.halt(atTheEnd);
  }

  /** A phase began: a vibration distinct for in, hold and out, with `haptics`. */
  phaseBegan(step: BreathStep): void {
    if (this.settings.haptics) this.sound.module?.buzz(step);
  }

  /** Follows the volume setting (at once, also for tones already scheduled). */
  followVolume(): void {
    if (this.tones) this.tones.volume = this.settings.volume;
  }

  /** The widget left the page: silence and close the tones; new ones are made on the next gesture. */
  close(): void {
    this.tones?.close();
    this.tones = undefined;
  }

  /** Holds a screen wake lock while running, where supported (it goes while the page is hidden: ask again when shown). */
  holdWakeLock(hold: boolean): void {
    void this.wakeLock?.then((lock) => lock?.release());
    this.wakeLock = hold && 'wakeLock' in navigator ? navigator.wakeLock.request('screen').catch(() => {}) : undefined;
  }
}
