/**
 * What only a started session needs, loaded when the patient presses Start:
 * the breathing visual and the completion view.
 */
import { html } from 'lit';
import { emit } from '../../shared/emit.js';
import type { BreathworkTimerStrings } from './locales/en.js';
import type { BreathStep } from './patterns.js';
import { formatDuration } from './format.js';

/**
 * Animates the shape through one phase on the compositor: scale, or with
 * reduced motion opacity (a slow fill) and no scaling; seeked `intoMs` into the
 * phase, so it matches the schedule however late it starts.
 */
export function animatePhase(shape: Element, { from, to, ms }: BreathStep, intoMs: number, paused: boolean): Animation {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const frame = (v: number): Keyframe => (reduce ? { opacity: 0.25 + 0.75 * v } : { transform: `scale(${0.5 + 0.5 * v})` });
  const anim = shape.animate([frame(from), frame(to)], { duration: ms, easing: 'ease-in-out', fill: 'both' });
  anim.currentTime = intoMs;
  if (paused) anim.pause();
  return anim;
}

/** The sessions whose reflection was sent: a thank-you replaces the form (nothing else is kept, and only until the next session). */
const noted = new WeakSet<object>();

/**
 * The completion view: the time practised, the breaths taken, and an optional
 * one-line reflection that is never stored: it is only sent in a
 * `kc-breath-reflection` event from `host`, for the page to use if it wants.
 */
export function renderComplete(
  host: HTMLElement & { requestUpdate(): void },
  s: BreathworkTimerStrings,
  session: { totalMs: number; cycles: number },
  back: () => void,
) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = (event.target as HTMLFormElement).line.value.trim();
    if (!text) return;
    noted.add(session);
    host.requestUpdate();
    emit(host, 'kc-breath-reflection', { text });
  };
  return html`<div part="complete" tabindex="-1">
    <p class="title">${s.done}</p>
    <p>${s.summary(formatDuration(session.totalMs), s.breaths(session.cycles))}</p>
    ${
      noted.has(session)
        ? html`<p>${s.thanks}</p>`
        : html`<form part="reflection" @submit=${submit}>
            <label for="line">${s.reflect}</label>
            <div class="row">
              <input id="line" name="line" maxlength="200" autocomplete="off" aria-describedby="hint" />
              <button class="kc-button">${s.reflectDone}</button>
            </div>
            <p id="hint" class="note">${s.reflectHint}</p>
          </form>`
    }
    <button class="kc-button kc-button--primary" part="toggle" @click=${back}>${s.again}</button>
  </div>`;
}
