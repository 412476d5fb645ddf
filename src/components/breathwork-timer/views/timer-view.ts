/**
 * The timer: the start screen and the session running or paused. One view for all three, so the controls stay where
 * they are (and keep keyboard focus) as a session starts, pauses and stops.
 */
import { html, nothing } from 'lit';
import type { BreathTimerState } from '../breathing-session.js';
import type { BreathworkTimerStrings } from '../locales/en.js';
import { FIRST_PRACTICE_478, type BreathPattern } from '../patterns.js';

/** What the timer view shows, and what its controls do. */
export interface TimerViewContext {
  readonly strings: BreathworkTimerStrings;
  /** `idle` (the start screen), `running` or `paused`. */
  readonly state: Exclude<BreathTimerState, 'complete'>;
  /** The phase in words while a session is in progress ("Breathe in"). */
  readonly phaseWord: string;
  /** Whole seconds left in the phase. */
  readonly secondsLeft: number;
  /** How much of the session is done, 0 to 1. */
  readonly progress: number;
  /** The pattern shown (the session's, or the one a start would play), and its length in whole breaths. */
  readonly pattern: BreathPattern;
  readonly cycles: number;
  /** Whether phases are announced to screen readers (the switch's state). */
  readonly announcing: boolean;
  /** The pattern and length picker, on the start screen when `show-picker` is set. */
  readonly picker: unknown;
  /** The volume slider, with `sound`. */
  readonly volume: unknown;
  readonly onTimerKey: (event: KeyboardEvent) => void;
  /** Start, Pause or Resume. */
  readonly onToggle: () => void;
  readonly onStop: () => void;
  readonly onAnnounceSwitch: () => void;
}

export function renderTimer(context: TimerViewContext) {
  const { strings: s, state, pattern } = context;
  // Cyclic sighing is self-paced; 4-7-8 longer than Andrew Weil's 4 breaths for the first month says so.
  const note =
    pattern.name === 'sigh' ? s.sighNote : pattern.name === '478' && context.cycles > FIRST_PRACTICE_478 ? s.long478 : '';
  const inProgress = state !== 'idle';
  const phaseText = state === 'paused' ? s.paused : inProgress ? context.phaseWord : s.ready;
  const toggleText = state === 'running' ? s.pause : inProgress ? s.resume : s.start;
  return html`
    <div part="timer" role="timer" tabindex="0" aria-label=${s.timer} aria-keyshortcuts="Space" @keydown=${context.onTimerKey}>
      <div class="ring"><div part="shape"></div></div>
      <p part="phase">${phaseText}</p>
      <p part="countdown" aria-hidden="true">${inProgress ? context.secondsLeft : ''}</p>
    </div>
    <progress part="progress" .value=${inProgress ? context.progress : 0} aria-label=${s.progress}></progress>
    <div part="controls" class="row">
      <button class="kc-button kc-button--primary" part="toggle" @click=${context.onToggle}>${toggleText}</button>
      ${inProgress ? html`<button class="kc-button" part="stop" @click=${context.onStop}>${s.stop}</button>` : nothing}
    </div>
    ${inProgress ? nothing : context.picker}
    <div part="settings" class="row">
      <label>
        <input type="checkbox" .checked=${context.announcing} @change=${context.onAnnounceSwitch} />
        ${s.announce}
      </label>
      ${context.volume}
    </div>
    ${note ? html`<p part="note" class="note">${note}</p>` : nothing}
    <p part="safety"><slot name="safety">${s.safety} ${pattern.hasHold ? s.holdSafety : ''}</slot></p>
  `;
}

/** The end of a session when its completion view could not load (offline): the end is still said, the way back offered. */
export function renderCompletionUnavailable(s: BreathworkTimerStrings, onBack: () => void) {
  return html`<div part="complete" tabindex="-1">
    <p class="title">${s.done}</p>
    <button class="kc-button kc-button--primary" part="toggle" @click=${onBack}>${s.again}</button>
  </div>`;
}
