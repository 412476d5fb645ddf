import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { emit } from '../../shared/emit.js';
import { KcElement } from '../../shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import { kindOf } from '../../shared/text-setting.js';
import styles from './breathwork-timer.styles.js';
import { browserClock, type BreathClock } from './clock.js';
import en, { type BreathworkTimerStrings } from './locales/en.js';
import { FIRST_PRACTICE_478, PATTERN_NAMES, namedPattern, type BreathPattern, type PatternName } from './patterns.js';
import { breathPhaseAt, sessionCycles, type BreathState } from './schedule.js';

import type * as ParseModule from './parse.js';
import type * as PickerModule from './picker.js';
import type * as SessionModule from './session.js';
import type * as SoundModule from './sound.js';

/** A part loaded on first need: the module once loaded, a promise while it loads. */
/** A lazily loaded module: not asked for yet, loading, loaded, or `0` when it failed to load. */
type Lazy<M> = M | Promise<unknown> | 0 | undefined;

const locales = new LocaleTable<BreathworkTimerStrings>(
  'kc-breathwork-timer',
  en,
  import.meta.glob<{ default: BreathworkTimerStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

/** Where a session is: not started, running, paused, or finished (the completion view). */
export type BreathTimerState = 'idle' | 'running' | 'paused' | 'complete';

/**
 * The detail of `kc-breath-phase`: where the breath is (as `breathPhaseAt`
 * gives it) when the phase begins, and the phase's full length. `phaseProgress`
 * is 0 at a boundary; more after a jump (a hidden tab), when the event reports
 * the phase already in progress.
 */
export interface BreathPhaseDetail extends BreathState {
  /** The phase's full length in milliseconds. */
  durationMs: number;
  /** `true` for the short second inhale of cyclic sighing (its `phase` is `inhale`); absent otherwise. */
  topUp?: true;
}

/** The detail of `kc-breath-complete` and `kc-breath-stop`. */
export interface BreathSessionDetail {
  /** Time practised, pauses excluded, in milliseconds. */
  elapsedMs: number;
  /** Whole breaths completed. */
  cycles: number;
}

/** Every event `<kc-breathwork-timer>` sends. */
export interface KcBreathworkTimerEventMap {
  'kc-breath-start': CustomEvent<{ pattern: string }>;
  'kc-breath-phase': CustomEvent<BreathPhaseDetail>;
  'kc-breath-pause': CustomEvent<{ elapsedMs: number }>;
  'kc-breath-resume': CustomEvent<{ elapsedMs: number }>;
  'kc-breath-complete': CustomEvent<BreathSessionDetail>;
  'kc-breath-stop': CustomEvent<BreathSessionDetail>;
  'kc-breath-reflection': CustomEvent<{ text: string }>;
}

interface Plan {
  pattern: BreathPattern;
  cycles: number;
  totalMs: number;
  errors: ConfigError[];
}

/** The pattern when it is a name as written in the docs (anything else is read by `parse.ts`). */
const named = (pattern: string) => (PATTERN_NAMES.includes(pattern as PatternName) ? (pattern as PatternName) : undefined);
/** A lazily loaded module, once it has loaded (a module that failed to load is `0`: the timer works without it). */
const loaded = <M>(lazy: Lazy<M>): M | undefined => (lazy instanceof Promise ? undefined : lazy || undefined);

/**
 * A guided breathing timer for integration practice: a shape that grows as you
 * breathe in, rests while you hold and shrinks as you breathe out, the phase in
 * words, a countdown, and overall progress. It keeps exact time: each time it
 * wakes, it reads one clock and asks a pure schedule where the breath is, so it
 * never drifts and is right again the moment a hidden tab is shown. It wakes on
 * a timer set for each change (a phase boundary, a new second) and sleeps in
 * between; it never waits for animation frames, so where the browser stops
 * drawing them (an off-screen cross-origin iframe, a covered window) phases,
 * announcements, vibration and the end still come on time. The shape animates
 * on the compositor. Soft tones
 * (`sound`), vibration (`haptics`) and a polite screen-reader announcement of
 * each phase let a patient follow it with eyes closed. With reduced motion the
 * shape does not scale: its fill fades in and out and the words guide.
 *
 * Patterns: `box` (4-4-4-4), `478` (4-7-8, 4 breaths by default), `coherent`
 * (5.5 in, 5.5 out), `sigh` (cyclic sighing, self-paced: the timing is a guide),
 * or seconds such as `4-2-6-0` (inhale-hold-exhale-hold; decimals allowed, 0 skips a phase;
 * one breath at least 4 s, as faster than calm resting breathing is refused).
 * Every pattern shows a safety note (stop and breathe normally if dizzy or
 * lightheaded); patterns that hold the breath add a caution about holds.
 * 4-7-8 follows Andrew Weil's guidance of no more than 4 breaths at one time
 * for the first month: its default length is 4 breaths, the picker offers it by
 * breaths (2 to 4) and resets the length to 4 breaths when it is chosen, and a
 * longer 4-7-8 session (set with `cycles` or `duration`) shows a note saying so.
 * A session ends at the end of a whole breath. The session keeps time while the
 * tab is hidden, where browsers slow its timers down (to about once a second, or once a minute after some
 * minutes hidden): `kc-breath-phase` and `kc-breath-complete` still fire, late by
 * up to that much, and a phase that began and ended between two wake-ups is not
 * reported; tones scheduled on the audio clock keep playing. Shown again, it
 * catches up at once and fires one `kc-breath-phase` for the phase then in
 * progress. Removed from the page mid-session, it pauses (`kc-breath-pause`).
 * Space toggles pause when the timer has focus (holding it down toggles once).
 * When a session ends, the completion view takes keyboard focus only if focus
 * was in the timer. The tones' AudioContext is created in a user gesture only
 * (Start, Pause or Resume pressed); a `start()` from script outside one stays
 * silent until the patient presses Pause or Resume. While
 * running it holds a screen wake lock where supported (in an iframe, add
 * `allow="screen-wake-lock"`). Nothing is stored, except the pattern and length
 * chosen in the picker when `remember` is set (in `localStorage`, a preference only).
 *
 * @summary Guided breathing with exact timing, sound, vibration and screen-reader cues.
 * @tagname kc-breathwork-timer
 *
 * @slot safety - Replaces the safety note (shown for every pattern; with the caution about holds for patterns that hold the breath).
 *
 * @csspart base - The wrapper around everything.
 * @csspart config-error - The notice listing invalid attributes.
 * @csspart timer - The focusable timer: shape, phase word and countdown.
 * @csspart shape - The breathing shape.
 * @csspart phase - The phase in words ("Breathe in").
 * @csspart countdown - Seconds left in the phase.
 * @csspart progress - The session's progress bar.
 * @csspart controls - The row of buttons.
 * @csspart toggle - The Start / Pause / Resume button (and "Back to start" in the completion view).
 * @csspart stop - The Stop button (while a session runs or is paused).
 * @csspart picker - The pattern and length choice (`show-picker`).
 * @csspart settings - The announcement switch and the volume.
 * @csspart note - A note about the pattern: cyclic sighing is self-paced, or a 4-7-8 session is longer than 4 breaths.
 * @csspart safety - The safety note.
 * @csspart complete - The completion view.
 * @csspart reflection - The optional one-line reflection.
 *
 * @cssprop [--kc-breathwork-shape-color=var(--kc-color-accent)] - Colour of the breathing shape.
 * @cssprop [--kc-breathwork-size=12rem] - Diameter of the breathing shape at full breath.
 *
 * @fires kc-breath-start - A session started. Detail: `{ pattern }` (the name, or the custom pattern as `inhale-hold-exhale-hold` seconds).
 * @fires kc-breath-phase - A phase began, within a few milliseconds of the schedule. Detail: `{ phase: 'inhale' | 'hold' | 'exhale' | 'hold-out', phaseIndex, cycle, durationMs, phaseProgress, remainingMs, topUp? }` (`cycle` counts from 1; `phaseProgress` is 0 at a boundary, more when reporting the phase in progress after a hidden tab; `topUp: true` only for the short second inhale of `sigh`, whose `phase` is `inhale`).
 * @fires kc-breath-pause - The session was paused (also when the element is removed mid-session). Detail: `{ elapsedMs }`.
 * @fires kc-breath-resume - The session resumed. Detail: `{ elapsedMs }`.
 * @fires kc-breath-complete - The last breath ended (in a hidden tab, late by up to the browser's timer throttling). Detail: `{ elapsedMs, cycles }`.
 * @fires kc-breath-stop - The session was stopped early. Detail: `{ elapsedMs, cycles }`.
 * @fires kc-breath-reflection - The patient sent the optional reflection line (never stored by the timer). Detail: `{ text }`.
 */
export class KcBreathworkTimer extends KcElement<BreathworkTimerStrings> {
  static override styles = [...KcElement.styles, styles];

  /** `box`, `478`, `coherent`, `sigh`, or seconds `inhale-hold-exhale-hold` such as `4-2-6-0`. Invalid values fall back to `box`. */
  @property() pattern = 'box';

  /**
   * Session length: `90s`, `5m`, `1m30s`. Rounded up to whole breaths. Default 5 minutes (4 breaths for `478`;
   * a longer `478` session shows a note with Andrew Weil's advice of 4 breaths at a time for the first month).
   */
  @property() duration?: string;

  /** Session length in whole breaths (1 to 500); wins over `duration`. */
  @property() cycles?: string;

  /** Shows a picker for pattern and length before a session. */
  @property({ type: Boolean, attribute: 'show-picker' }) showPicker = false;

  /** Remembers the picker's choice in `localStorage` (a preference only; nothing about sessions is stored). */
  @property({ type: Boolean }) remember = false;

  /** Plays a soft tone at each phase (synthesised, no files), once the patient presses Start (or, after a `start()` from script, Pause or Resume). */
  @property({ type: Boolean }) sound = false;

  /** Volume of the tones, 0 to 1. */
  @property({ type: Number }) volume = 0.5;

  /** Vibrates briefly at each phase (distinct for in, hold and out) where the device supports it. */
  @property({ type: Boolean }) haptics = false;

  /**
   * Announces each phase to screen readers through a polite live region (the phase word only). The patient can switch
   * it off. Set from script to anything but `true` or `false`, it is named in the config notice and stays on.
   */
  @property({ attribute: false }) announce = true;

  /** The clock the session reads (`performance.now()` and `setTimeout` by default). Set it before `start()`; tests inject a manual one. */
  clock: BreathClock = browserClock;

  protected readonly locale = new LocaleController(this, locales);

  @state() private st: BreathTimerState = 'idle';
  /** The phase in words: it changes at phase boundaries, with one render. */
  private said = '';

  private run?: Plan;
  private base = 0;
  private since = 0;
  private key = 0;
  private secs = 0;
  private progress = 0;
  private painted = '';
  private sleep?: () => void;
  private anim?: Animation;
  private audio?: SoundModule.BreathSound;
  private lock?: Promise<WakeLockSentinel | void>;
  private tones?: Lazy<typeof SoundModule>;
  private picker?: Lazy<typeof PickerModule>;
  private parse?: Lazy<typeof ParseModule>;
  private session?: Lazy<typeof SessionModule>;

  /** Where the session is: `idle`, `running`, `paused` or `complete`. */
  get state(): BreathTimerState {
    return this.st;
  }

  /** Whether a session is running (not paused). */
  get running(): boolean {
    return this.st === 'running';
  }

  private get active(): boolean {
    return this.running || this.st === 'paused';
  }

  /** Starts a session with the current pattern and length (from the start screen or the completion view). */
  start(): void {
    if (this.active) return;
    const { pattern } = (this.run = this.plan());
    this.base = this.key = this.secs = 0;
    this.session ??= import('./session.js').then(
      (m) => (this.session = m),
      () => (this.session = 0),
    );
    this.hear();
    emit(this, 'kc-breath-start', { pattern: pattern.id });
    this.go();
  }

  /** Pauses: time stops until `resume()`. */
  pause(): void {
    if (!this.running) return;
    this.halt();
    emit(this, 'kc-breath-pause', { elapsedMs: this.base });
  }

  /** Resumes a paused session exactly where it stopped. */
  resume(): void {
    if (this.st !== 'paused') return;
    this.hear();
    emit(this, 'kc-breath-resume', { elapsedMs: this.base });
    this.go();
  }

  /** Ends a running or paused session early (fires `kc-breath-stop`) and shows the start screen. */
  stop(): void {
    if (!this.active) return;
    this.halt();
    this.st = 'idle';
    this.said = '';
    emit(this, 'kc-breath-stop', { elapsedMs: this.base, cycles: Math.floor(this.base / this.run!.pattern.cycleMs) });
  }

  /** Back to the start screen from any state (a session in progress is stopped first, firing `kc-breath-stop`). */
  reset(): void {
    this.stop();
    this.st = 'idle';
    this.said = '';
  }

  /** Fetches the breathing visual right after the first paint, so Start never waits for it. */
  protected override firstUpdated(): void {
    this.session ??= import('./session.js').then(
      (m) => (this.session = m),
      () => (this.session = 0),
    );
  }

  /** Removed mid-session: paused (with `kc-breath-pause`), its sound closed; `resume()` after re-attaching makes new sound. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
    this.anim?.cancel();
    this.audio?.close();
    this.audio = undefined;
  }

  protected override configErrors(): ConfigError[] {
    const announce: unknown = this.announce;
    const announceErrors: ConfigError[] =
      typeof announce === 'boolean' || announce === undefined || announce === null
        ? []
        : [{ attribute: 'announce', message: `was set to ${kindOf(announce)}, not true or false; announcements stay on.` }];
    return [
      ...super.configErrors(),
      ...this.plan().errors,
      ...(loaded(this.tones)?.volumeErrors(this.volume) ?? []),
      ...announceErrors,
    ];
  }

  /** Whether phases are announced: `announce`, or on (its default) when it was set to anything but true or false. */
  private get announcing(): boolean {
    const announce: unknown = this.announce;
    return typeof announce === 'boolean' ? announce : true;
  }

  /** The pattern and length the attributes ask for, and what was wrong with them. */
  private plan(): Plan {
    const {
      pattern = namedPattern('box'),
      length,
      errors = [],
    } = loaded(this.parse)?.readSettings(this.pattern, this.cycles, this.duration) ?? {
      pattern: namedPattern(named(this.pattern) ?? 'box'),
    };
    const cycles = sessionCycles(pattern, length);
    return { pattern, cycles, totalMs: cycles * pattern.cycleMs, errors };
  }

  /**
   * Creates the tones' AudioContext, only in a user gesture (browsers let only a gesture start sound): the Start,
   * Pause or Resume click. A `start()` from script without one stays silent until the patient presses Pause or Resume.
   */
  private hear(): void {
    const tones = loaded(this.tones);
    if (this.sound && tones && navigator.userActivation?.isActive !== false)
      try {
        this.audio ??= new tones.BreathSound();
      } catch {
        /* no audio output: the other cues still work */
      }
  }

  private elapsed(): number {
    return this.running ? this.base + this.clock.now() - this.since : this.base;
  }

  private go(): void {
    const run = this.run!;
    this.st = 'running';
    this.since = this.clock.now();
    this.wake(true);
    document.addEventListener('visibilitychange', this.onVisible);
    this.audio?.run(run.pattern, run.totalMs, () => this.elapsed());
    this.tick();
  }

  /** Freezes time and lets go of the timer, the wake lock and the tones (`ring`: lets the last ones ring). */
  private halt(ring?: boolean): void {
    if (this.running) [this.base, this.st] = [this.elapsed(), 'paused'];
    this.sleep?.();
    this.wake(false);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.audio?.halt(ring);
  }

  /** One wake-up: read the clock, ask the schedule, act only when something changed, then sleep until the next change. */
  private tick = (): void => {
    const run = this.run!;
    const t = this.elapsed();
    if (!this.running) return;
    if (t >= run.totalMs) return this.finish(run);
    const at = breathPhaseAt(run.pattern, t);
    const key = at.cycle * 8 + at.phaseIndex;
    if (key !== this.key) {
      const step = run.pattern.steps[at.phaseIndex]!;
      this.key = key;
      this.said = step.topUp ? this.strings.topUp : this.strings[step.phase];
      this.requestUpdate();
      if (this.haptics) loaded(this.tones)?.buzz(step);
      emit(this, 'kc-breath-phase', { ...at, durationMs: step.ms, ...(step.topUp && { topUp: true }) });
    }
    this.count(Math.ceil(at.remainingMs / 1000), t / run.totalMs);
    // Sleep on a timer until the next change (a new second or a new phase): never on frames, which may not come.
    this.sleep = this.clock.wake(this.tick, at.remainingMs % 1000 || 1000);
  };

  /** The countdown and progress bar: one render when the second changes (and at phase boundaries), never one a frame. */
  private count(secs: number, progress: number): void {
    if (secs === this.secs) return;
    [this.secs, this.progress] = [secs, progress];
    this.requestUpdate();
  }

  /** The last breath ended: the completion view, which takes keyboard focus only if it was in the timer. */
  private finish(run: Plan): void {
    this.halt(true);
    this.base = run.totalMs;
    this.st = 'complete';
    this.said = this.strings.done;
    if (this.matches(':focus-within'))
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=complete]')?.focus());
    emit(this, 'kc-breath-complete', { elapsedMs: run.totalMs, cycles: run.cycles });
  }

  private wake(on: boolean): void {
    void this.lock?.then((lock) => lock?.release());
    this.lock = on && 'wakeLock' in navigator ? navigator.wakeLock.request('screen').catch(() => {}) : undefined;
  }

  /**
   * Shown again: catch up with the schedule at once (timers ran late, or not at all, while hidden), and ask again for
   * the wake lock (it goes while hidden).
   */
  private onVisible = (): void => {
    if (!this.running) return;
    if (!document.hidden) this.wake(true);
    this.sleep?.();
    this.tick();
  };

  private toggle = (): void => {
    this.hear();
    if (this.running) this.pause();
    else if (this.active) this.resume();
    else this.start();
  };

  private onKey = (event: KeyboardEvent): void => {
    if (event.key !== ' ') return;
    event.preventDefault();
    // Holding Space repeats the key: only the first press toggles.
    if (!event.repeat) this.toggle();
  };

  /** Ends the session or leaves the completion view, keeping keyboard focus on the main button. */
  private back = (): void => {
    this.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=toggle]')?.focus());
  };

  /**
   * Code only some clinics use loads on first need, before the render that
   * needs it: the tones (`sound`), the picker (`show-picker`, `remember`), and
   * the reader of custom patterns and lengths (`pattern="4-2-6-0"`, `duration`, `cycles`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.sound || this.haptics)
      this.tones ??= import('./sound.js').then(
        (m) => (this.tones = m),
        () => (this.tones = 0),
      );
    if (this.showPicker || this.remember)
      this.picker ??= import('./picker.js').then(
        (m) => {
          this.picker = m;
          m.recall(this);
        },
        () => (this.picker = 0),
      );
    if (this.cycles || this.duration || !named(this.pattern))
      this.parse ??= import('./parse.js').then(
        (m) => (this.parse = m),
        () => (this.parse = 0),
      );
    const pending = [this.tones, this.picker, this.parse, this.st !== 'idle' && this.session].filter((m) => m instanceof Promise);
    // Once they load, look again: a remembered choice may need the reader of custom patterns.
    return pending.length ? Promise.all(pending).then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(): void {
    if (this.audio) this.audio.volume = this.volume;
    if (this.painted !== (this.painted = this.st + this.key)) this.paint();
  }

  /**
   * The visual for the phase in progress: one animation on the compositor
   * (scale, or opacity with reduced motion), seeked to the schedule.
   */
  private paint(): void {
    const shape = this.renderRoot.querySelector('[part~=shape]');
    const session = loaded(this.session);
    this.anim?.cancel();
    if (!shape || !session || !this.active) return;
    const at = breathPhaseAt(this.run!.pattern, this.elapsed());
    const step = this.run!.pattern.steps[at.phaseIndex]!;
    this.anim = session.animatePhase(shape, step, step.ms - at.remainingMs, !this.running);
  }

  protected override renderView() {
    const s = this.strings;
    const { st, active } = this;
    const { pattern, cycles } = active ? this.run! : this.plan();
    // Cyclic sighing is self-paced; 4-7-8 longer than Andrew Weil's 4 breaths for the first month says so.
    const note = pattern.name === 'sigh' ? s.sighNote : pattern.name === '478' && cycles > FIRST_PRACTICE_478 ? s.long478 : '';
    const picker = loaded(this.picker);
    const tones = loaded(this.tones);
    return html`<div part="base" dir=${this.locale.dir} data-theme=${this.resolvedTheme}>
      ${this.config.render(s.configErrorHeading)}
      ${
        st === 'complete'
          ? loaded(this.session)?.renderComplete(this, s, this.run!, this.back)
          : html`<div
                part="timer"
                role="timer"
                tabindex="0"
                aria-label=${s.timer}
                aria-keyshortcuts="Space"
                @keydown=${this.onKey}
              >
                <div class="ring"><div part="shape"></div></div>
                <p part="phase">${st === 'paused' ? s.paused : active ? this.said : s.ready}</p>
                <p part="countdown" aria-hidden="true">${active ? this.secs : ''}</p>
              </div>
              <progress part="progress" .value=${active ? this.progress : 0} aria-label=${s.progress}></progress>
              <div part="controls" class="row">
                <button class="kc-button kc-button--primary" part="toggle" @click=${this.toggle}>
                  ${st === 'running' ? s.pause : active ? s.resume : s.start}
                </button>
                ${active ? html`<button class="kc-button" part="stop" @click=${this.back}>${s.stop}</button>` : nothing}
              </div>
              ${picker && this.showPicker && !active ? picker.renderPicker(s, pattern, this) : nothing}
              <div part="settings" class="row">
                <label
                  ><input type="checkbox" .checked=${this.announcing} @change=${() => (this.announce = !this.announcing)} />
                  ${s.announce}</label
                >
                ${tones && this.sound ? tones.renderVolume(s.volume, this.volume, (v) => (this.volume = v)) : nothing}
              </div>
              ${note ? html`<p part="note" class="note">${note}</p>` : nothing}
              <p part="safety"><slot name="safety">${s.safety} ${pattern.hasHold ? s.holdSafety : ''}</slot></p>`
      }
      <p class="kc-visually-hidden" role="status">${this.announcing ? this.said : ''}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-breathwork-timer': KcBreathworkTimer;
  }
  interface GlobalEventHandlersEventMap {
    'kc-breath-start': KcBreathworkTimerEventMap['kc-breath-start'];
    'kc-breath-phase': KcBreathworkTimerEventMap['kc-breath-phase'];
    'kc-breath-pause': KcBreathworkTimerEventMap['kc-breath-pause'];
    'kc-breath-resume': KcBreathworkTimerEventMap['kc-breath-resume'];
    'kc-breath-complete': KcBreathworkTimerEventMap['kc-breath-complete'];
    'kc-breath-stop': KcBreathworkTimerEventMap['kc-breath-stop'];
    'kc-breath-reflection': KcBreathworkTimerEventMap['kc-breath-reflection'];
  }
}
