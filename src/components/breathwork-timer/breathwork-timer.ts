import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { emit } from '../../shared/emit.js';
import { KcElement } from '../../shared/kc-element.js';
import { LazyPart, PartController } from '../../shared/lazy-part.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import {
  BreathingSession,
  type BreathPhaseDetail,
  type BreathSessionDetail,
  type BreathTimerState,
  type SessionEvent,
} from './breathing-session.js';
import styles from './breathwork-timer.styles.js';
import { browserClock, type BreathClock } from './clock.js';
import { DeviceCues } from './device-cues.js';
import en, { type BreathworkTimerStrings } from './locales/en.js';
import { needsSettingsReader, readAnnounce, sessionSettings } from './session-settings.js';
import { animatePhaseAt } from './views/breathing-shape.js';
import { renderCompletionUnavailable, renderTimer } from './views/timer-view.js';

const locales = new LocaleTable<BreathworkTimerStrings>(
  'kc-breathwork-timer',
  en,
  import.meta.glob<{ default: BreathworkTimerStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

// Parts only some clinics or some moments need, loaded on first need (once per page, again after a failed load).
/** The tones and vibration (`sound`, `haptics`). */
const soundPart = new LazyPart(() => import('./sound.js'));
/** The pattern and length picker (`show-picker`). */
const pickerPart = new LazyPart(() => import('./views/picker.js'));
/** The choice kept from the picker (`remember`). */
const rememberedChoicePart = new LazyPart(() => import('./remembered-choice.js'));
/** The reader of custom patterns and lengths (`pattern="4-2-6-0"`, `duration`, `cycles`). */
const settingsReaderPart = new LazyPart(() => import('./parse.js'));
/** The completion view, asked for when a session starts. */
const completionPart = new LazyPart(() => import('./views/completion-view.js'));

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

  private readonly session = new BreathingSession({
    clock: () => this.clock,
    send: (event) => this.send(event),
    runningStarted: () => {
      this.deviceCues.started(this.session.plan!, () => this.session.elapsedMs());
      document.addEventListener('visibilitychange', this.onVisibilityChange);
    },
    runningStopped: (atTheEnd) => {
      this.deviceCues.stopped(atTheEnd);
      document.removeEventListener('visibilitychange', this.onVisibilityChange);
    },
    changed: () => this.requestUpdate(),
  });
  private readonly soundAndVibration = new PartController(this, soundPart);
  private readonly deviceCues = new DeviceCues(this, this.soundAndVibration);
  private readonly picker = new PartController(this, pickerPart);
  private readonly rememberedChoice = new PartController(this, rememberedChoicePart);
  private readonly settingsReader = new PartController(this, settingsReaderPart);
  private readonly completionView = new PartController(this, completionPart);
  /** Whether the choice kept by `remember` was applied (once, as soon as it could be read). */
  private choiceRecalled = false;
  private shapeAnimation?: Animation;
  /** The session state and phase the shape was last animated for: a new one starts a new animation. */
  private animatedPhase = '';

  /** Where the session is: `idle`, `running`, `paused` or `complete`. */
  get state(): BreathTimerState {
    return this.session.state;
  }

  /** Whether a session is running (not paused). */
  get running(): boolean {
    return this.session.state === 'running';
  }

  /** Starts a session with the current pattern and length (from the start screen or the completion view). */
  start(): void {
    if (this.session.inProgress) return;
    // The completion view loads during the session; a part that failed to load before (offline) is asked for again.
    void this.completionView.load();
    for (const part of [this.soundAndVibration, this.picker, this.rememberedChoice, this.settingsReader])
      if (part.status === 'failed') void part.load();
    this.deviceCues.createTonesInGesture();
    this.session.start(this.readSettings().plan);
  }

  /** Pauses: time stops until `resume()`. */
  pause(): void {
    this.session.pause();
  }

  /** Resumes a paused session exactly where it stopped. */
  resume(): void {
    if (this.session.state !== 'paused') return;
    this.deviceCues.createTonesInGesture();
    this.session.resume();
  }

  /** Ends a running or paused session early (fires `kc-breath-stop`) and shows the start screen. */
  stop(): void {
    this.session.stop();
  }

  /** Back to the start screen from any state (a session in progress is stopped first, firing `kc-breath-stop`). */
  reset(): void {
    this.session.reset();
  }

  /** Removed mid-session: paused (with `kc-breath-pause`), its sound closed; `resume()` after re-attaching makes new sound. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
    this.shapeAnimation?.cancel();
    this.deviceCues.close();
  }

  protected override configErrors(): ConfigError[] {
    const volumeErrors = this.sound || this.haptics ? (this.soundAndVibration.module?.volumeErrors(this.volume) ?? []) : [];
    return [...super.configErrors(), ...this.readSettings().errors, ...volumeErrors, ...readAnnounce(this.announce).errors];
  }

  /**
   * Before a render: the parts its settings use (tones, picker, kept choice, the reader of custom patterns), and the
   * completion view once a session has ended. The choice kept by `remember` is applied as soon as it can be read,
   * before any render shows another; a custom pattern it holds then brings the reader in the same wait.
   */
  protected override loadsBeforeRender(): (Promise<unknown> | undefined)[] {
    const loads = super.loadsBeforeRender();
    if (this.sound || this.haptics) loads.push(this.soundAndVibration.loadIfNeverAsked());
    if (this.showPicker) loads.push(this.picker.loadIfNeverAsked());
    if (this.remember && !this.choiceRecalled) {
      loads.push(this.rememberedChoice.loadIfNeverAsked());
      const kept = this.rememberedChoice.module;
      if (kept) {
        this.choiceRecalled = true;
        kept.recall(this);
      }
    }
    if (needsSettingsReader(this)) loads.push(this.settingsReader.loadIfNeverAsked());
    if (this.session.state === 'complete') loads.push(this.completionView.loadIfNeverAsked());
    return loads;
  }

  protected override updated(): void {
    this.deviceCues.followVolume();
    const { state, phase } = this.session;
    const shownPhase = `${state} ${phase?.cycle}:${phase?.phaseIndex}`;
    if (shownPhase !== this.animatedPhase) {
      this.animatedPhase = shownPhase;
      this.animateShape();
    }
  }

  protected override renderView() {
    const s = this.strings;
    const { state } = this.session;
    return html`<div part="base" dir=${this.locale.dir} data-theme=${this.resolvedTheme}>
      ${this.config.render(s.configErrorHeading)} ${state === 'complete' ? this.renderCompletion() : this.renderTimer(state)}
      <p class="kc-visually-hidden" role="status">${this.announcing ? this.spokenWord() : ''}</p>
    </div>`;
  }

  private renderTimer(state: Exclude<BreathTimerState, 'complete'>) {
    const s = this.strings;
    const { pattern, cycles } = this.session.inProgress ? this.session.plan! : this.readSettings().plan;
    const picker = this.picker.module;
    const cues = this.soundAndVibration.module;
    return renderTimer({
      strings: s,
      state,
      phaseWord: this.phaseWord(),
      secondsLeft: this.session.secondsLeft,
      progress: this.session.progress,
      pattern,
      cycles,
      announcing: this.announcing,
      picker: picker && this.showPicker ? picker.renderPicker(s, pattern, this) : nothing,
      volume: cues && this.sound ? cues.renderVolume(s.volume, this.volume, (volume) => (this.volume = volume)) : nothing,
      onTimerKey: this.onTimerKey,
      onToggle: this.toggle,
      onStop: this.backToStart,
      onAnnounceSwitch: this.switchAnnouncements,
    });
  }

  private renderCompletion() {
    const s = this.strings;
    const view = this.completionView.module;
    if (!view) return renderCompletionUnavailable(s, this.backToStart);
    return view.renderCompletion({ host: this, strings: s, plan: this.session.plan!, onBack: this.backToStart });
  }

  /** The phase in progress in words ("Breathe in", "A little more in" for the sigh's top-up). */
  private phaseWord(): string {
    const step = this.session.phase?.step;
    if (!step) return '';
    return step.topUp ? this.strings.topUp : this.strings[step.phase];
  }

  /** What the live region says: the phase word while a session is in progress, "Session complete" at the end. */
  private spokenWord(): string {
    if (this.session.state === 'complete') return this.strings.done;
    return this.session.inProgress ? this.phaseWord() : '';
  }

  /** Whether phases are announced (on when `announce` was set to anything but true or false). */
  private get announcing(): boolean {
    return readAnnounce(this.announce).announcing;
  }

  /** The session the attributes ask for, and what was wrong with them. */
  private readSettings() {
    return sessionSettings(this, this.settingsReader.module);
  }

  /** Sends a session event, with what goes with it: a vibration at a new phase, focus to the completion view. */
  private send(event: SessionEvent): void {
    if (event.type === 'kc-breath-phase') this.deviceCues.phaseBegan(this.session.phase!.step);
    // The completion view takes keyboard focus only if focus was in the timer.
    if (event.type === 'kc-breath-complete' && this.matches(':focus-within')) this.focusAfterUpdate('[part~=complete]');
    emit(this, event.type, event.detail);
  }

  /**
   * Shown again: catch up with the schedule at once (timers ran late, or not at all, while hidden), and ask again for
   * the wake lock (it goes while hidden).
   */
  private readonly onVisibilityChange = (): void => {
    if (this.session.state !== 'running') return;
    if (!document.hidden) this.deviceCues.holdWakeLock(true);
    this.session.catchUp();
  };

  /**
   * The shape for the phase in progress: one animation on the compositor (scale, or opacity with reduced motion),
   * seeked to the schedule; paused while the session is.
   */
  private animateShape(): void {
    this.shapeAnimation?.cancel();
    const shape = this.renderRoot.querySelector('[part~=shape]');
    const { plan, state } = this.session;
    if (!shape || !plan || !this.session.inProgress) return;
    this.shapeAnimation = animatePhaseAt(shape, plan.pattern, this.session.elapsedMs(), state === 'paused');
  }

  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private readonly toggle = (): void => {
    this.deviceCues.createTonesInGesture();
    if (this.session.state === 'running') this.pause();
    else if (this.session.state === 'paused') this.resume();
    else this.start();
  };

  private readonly onTimerKey = (event: KeyboardEvent): void => {
    if (event.key !== ' ') return;
    event.preventDefault();
    // Holding Space repeats the key: only the first press toggles.
    if (!event.repeat) this.toggle();
  };

  /** Ends the session or leaves the completion view, keeping keyboard focus on the main button. */
  private readonly backToStart = (): void => {
    this.reset();
    this.focusAfterUpdate('[part~=toggle]');
  };

  private readonly switchAnnouncements = (): void => {
    this.announce = !this.announcing;
  };
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
