/**
 * The cues for eyes closed: soft tones synthesised with the Web Audio API (no
 * audio files), scheduled a few seconds ahead on the audio clock, so they are
 * exact and keep playing in a background tab; and short vibrations. Each phase
 * has its own pitch and its own vibration. The element loads this only when
 * `sound` or `haptics` is set, and creates a `BreathSound` only in a user gesture
 * (the Start press, or Pause or Resume after a `start()` from script).
 */
import { html } from 'lit';
import type { ConfigError } from '../../shared/config-errors.js';
import { boundariesBetween } from './cues.js';
import type { BreathPattern, BreathPhase, BreathStep } from './patterns.js';

/** A short vibration per phase, distinct for in, hold and out (milliseconds on, off, on...). */
export const BUZZ: Record<BreathPhase | 'top-up', number | number[]> = {
  inhale: 60,
  'top-up': 30,
  hold: [20, 60, 20],
  exhale: 160,
  'hold-out': [20, 60, 20],
};

/** Vibrates for a phase where the device can (feature-detected; an extra cue only). */
export function buzz(step: BreathStep): void {
  if ('vibrate' in navigator) navigator.vibrate(BUZZ[step.topUp ? 'top-up' : step.phase]);
}

/** The tone of each cue: frequency in Hz, length in seconds. */
export const TONES: Record<BreathPhase | 'top-up' | 'done', readonly [number, number]> = {
  inhale: [396, 1.2],
  'top-up': [528, 0.5],
  hold: [330, 0.4],
  exhale: [264, 1.8],
  'hold-out': [220, 0.4],
  done: [330, 2.5],
};

/** How far ahead tones are scheduled, in milliseconds; they are topped up every second. */
export const AHEAD_MS = 4000;

/** One AudioContext with a master volume, and the tones scheduled on it. */
export class BreathSound {
  readonly ctx = new AudioContext();
  private readonly master = this.ctx.createGain();
  private readonly live = new Set<OscillatorNode>();
  private timer?: ReturnType<typeof setTimeout>;
  /** Counts `run`s and `halt`s: a run whose turn has passed never starts scheduling. */
  private turn = 0;

  constructor() {
    this.master.connect(this.ctx.destination);
  }

  /** The master volume, 0 to 1 (takes effect at once, also on tones already scheduled). */
  set volume(value: number) {
    this.master.gain.value = Math.min(1, Math.max(0, value || 0));
  }

  /** Schedules a cue `inSeconds` from now on the audio clock. */
  play(kind: keyof typeof TONES, inSeconds: number): void {
    const { ctx } = this;
    const at = ctx.currentTime + Math.max(0, inSeconds);
    const [frequency, length] = TONES[kind];
    const osc = ctx.createOscillator();
    const env = ctx.createGain();
    osc.frequency.value = frequency;
    env.gain.setValueAtTime(0, at);
    env.gain.linearRampToValueAtTime(0.25, at + 0.08);
    env.gain.exponentialRampToValueAtTime(0.001, at + length);
    osc.connect(env).connect(this.master);
    osc.start(at);
    osc.stop(at + length);
    this.live.add(osc);
    osc.onended = () => this.live.delete(osc);
  }

  /**
   * Schedules the cue of every phase that begins in session time `[fromMs, toMs)`,
   * and the closing tone if `endMs` falls in it, given the session is at `nowMs`.
   */
  cue(pattern: BreathPattern, fromMs: number, toMs: number, nowMs: number, endMs: number): void {
    for (const b of boundariesBetween(pattern, fromMs, Math.min(toMs, endMs)))
      this.play(b.topUp ? 'top-up' : b.phase, (b.atMs - nowMs) / 1000);
    if (fromMs <= endMs && endMs < toMs) this.play('done', (endMs - nowMs) / 1000);
  }

  /**
   * Keeps the session's tones scheduled ahead while it runs (from now until
   * `halt`), reading session time from `elapsed`. A timer, not frames, so it
   * goes on in a hidden tab (pages playing sound are not throttled). Scheduling
   * starts once the audio clock runs again: a suspended context's `currentTime`
   * stands still until `resume()` has resolved, and tones timed against it
   * would sound late by however long resuming took.
   */
  run(pattern: BreathPattern, endMs: number, elapsed: () => number): void {
    clearTimeout(this.timer);
    const turn = ++this.turn;
    // From now: a boundary passed while the clock was starting still sounds, at once.
    let until = elapsed();
    void this.ctx
      .resume()
      .catch(() => {})
      .then(() => {
        if (turn !== this.turn) return;
        const feed = () => {
          const t = elapsed();
          if (until > t + AHEAD_MS / 2) return;
          this.cue(pattern, until, t + AHEAD_MS, t, endMs);
          until = t + AHEAD_MS;
        };
        feed();
        this.timer = setInterval(feed, 1000);
      });
  }

  /** Stops scheduling and silences the tones (or, with `ring`, lets those already scheduled end), then lets the device sleep. */
  halt(ring = false): void {
    this.turn++;
    clearInterval(this.timer);
    if (!ring) this.hush();
    this.timer = setTimeout(() => this.ctx.suspend().catch(() => {}), ring ? 3000 : 0);
  }

  /** Silences every scheduled tone at once. */
  hush(): void {
    this.live.forEach((osc) => osc.stop());
    this.live.clear();
  }

  /** Silences everything and closes the AudioContext for good. */
  close(): void {
    this.turn++;
    clearTimeout(this.timer);
    this.hush();
    this.ctx.close().catch(() => {});
  }
}

/** What is wrong with a `volume` (it matters only with `sound`). */
export const volumeErrors = (volume: number): ConfigError[] =>
  volume >= 0 && volume <= 1 ? [] : [{ attribute: 'volume', message: `"${volume}" is not a volume from 0 to 1.` }];

/** The volume slider. */
export const renderVolume = (label: string, value: number, change: (value: number) => void) =>
  html`<label
    >${label}
    <input
      type="range"
      min="0"
      max="1"
      step="0.05"
      .value=${String(value)}
      @input=${(e: Event) => change(Number((e.target as HTMLInputElement).value))}
  /></label>`;
