/**
 * The completion view: the time practised, the breaths taken, and an optional one-line reflection that is never
 * stored: it is only sent in a `kc-breath-reflection` event, for the page to use if it wants. The timer loads it when
 * a session starts.
 */
import { html } from 'lit';
import { emit } from '../../../shared/emit.js';
import type { SessionPlan } from '../breathing-session.js';
import type { BreathworkTimerStrings } from '../locales/en.js';
import { formatDuration } from '../parse.js';

/** What the completion view shows and whom it tells. */
export interface CompletionContext {
  /** The timer: it sends `kc-breath-reflection` and updates when the thank-you replaces the form. */
  readonly host: HTMLElement & { requestUpdate(): void };
  readonly strings: BreathworkTimerStrings;
  /** The session that ended. */
  readonly plan: SessionPlan;
  /** "Back to start". */
  readonly onBack: () => void;
}

/** The sessions whose reflection was sent: a thank-you replaces the form (nothing else is kept, and only until the next session). */
const reflected = new WeakSet<SessionPlan>();

export function renderCompletion({ host, strings: s, plan, onBack }: CompletionContext) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = (event.target as HTMLFormElement).line.value.trim();
    if (!text) return;
    reflected.add(plan);
    host.requestUpdate();
    emit(host, 'kc-breath-reflection', { text });
  };
  return html`<div part="complete" tabindex="-1">
    <p class="title">${s.done}</p>
    <p>${s.summary(formatDuration(plan.totalMs), s.breaths(plan.cycles))}</p>
    ${
      reflected.has(plan)
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
    <button class="kc-button kc-button--primary" part="toggle" @click=${onBack}>${s.again}</button>
  </div>`;
}
