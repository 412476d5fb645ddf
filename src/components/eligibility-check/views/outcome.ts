/** The last steps: the result, and the hand-off of the answers to the clinic. */
import { html, nothing } from 'lit';
import type { EligibilityResult } from '../rules.js';
import { listedReasons, outcomeBody, reasonsHeading, reasonText, scoreLines, summaryText } from '../summary.js';
import { contactLine } from './contact.js';
import type { ViewContext } from './context.js';
import { crisisPanel } from './crisis.js';

/** What the buttons of the result and hand-off steps do, and what "Copy" said. */
export interface OutcomeActions {
  /** Opens the hand-off step (when the clinic has an endpoint). */
  readonly send: () => void;
  /** Copies a plain-text summary of the result to the clipboard. */
  readonly copy: (summary: string) => void;
  readonly back: () => void;
  readonly startOver: () => void;
  /** Whether the summary was copied (said next to the buttons), or nothing yet. */
  readonly copyNote: string;
}

/** The plain-text summary of a result that a patient can copy, and keep with what they sent. */
export function resultSummary(ctx: ViewContext, result: EligibilityResult): string {
  return summaryText(ctx.strings, result, ctx.minAge, new Date(), ctx.lang, ctx.clinic);
}

/** The result step's or hand-off step's title: the outcome's (a crisis, likely eligible…), else the step's name. */
function outcomeTitle(ctx: ViewContext): string {
  const { strings: s, screening } = ctx;
  const result = screening.result;
  return screening.step === 'result' && result ? s.outcomes[result.outcome].title : s.steps[screening.step];
}

/**
 * The result or hand-off step: its heading (which takes focus), the crisis resources first when they apply, then the
 * step. `handoff` is the hand-off form, once it has loaded; `handoffFailed` says it could not.
 */
export function outcomeStep(ctx: ViewContext, actions: OutcomeActions, handoff: { form: unknown; failed: boolean }) {
  const { screening } = ctx;
  const result = screening.result;
  return html`<h2 part="heading" tabindex="-1">${outcomeTitle(ctx)}</h2>
    ${screening.crisis ? crisisPanel(ctx, false) : nothing}
    ${
      screening.step === 'result'
        ? result
          ? resultView(ctx, result, actions)
          : nothing
        : handoffView(ctx, actions, handoff.form, handoff.failed)
    }`;
}

function resultView(ctx: ViewContext, result: EligibilityResult, actions: OutcomeActions) {
  const { strings: s, clinic, minAge } = ctx;
  const listed = listedReasons(result);
  const button = (text: string, click: () => void, primary = '') =>
    html`<button type="button" class="kc-button ${primary}" @click=${click}>${text}</button>`;
  return html`<div part="result" class="result">
    <p>${outcomeBody(s, result)}</p>
    <p class="disclaimer">${s.disclaimer}</p>
    ${
      listed.length
        ? html`<p>${reasonsHeading(s, result)}</p>
            <ul>
              ${listed.map((reason) => html`<li>${reasonText(s, reason, minAge)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      result.scores.gad7
        ? html`<p>${s.scores}</p>
            <ul>
              ${scoreLines(s, result.scores).map((line) => html`<li>${line}</li>`)}
            </ul>
            <p>${s.threshold}</p>`
        : nothing
    }
    ${result.outcome === 'ineligible' ? html`<p>${s.alternatives}</p>` : nothing} ${contactLine(ctx)}
    <div class="actions">
      ${
        result.outcome === 'eligible' && clinic.bookingUrl
          ? html`<a class="kc-button kc-button--primary" href=${clinic.bookingUrl}>${s.book}</a>`
          : nothing
      }
      ${clinic.endpoint ? button(s.send, actions.send, 'kc-button--primary') : nothing} ${button(s.print, () => window.print())}
      ${button(s.copy, () => actions.copy(resultSummary(ctx, result)))} ${button(s.back, actions.back)}
      ${button(s.startOver, actions.startOver)}
    </div>
    <p role="status">${actions.copyNote}</p>
  </div>`;
}

function handoffView(ctx: ViewContext, actions: OutcomeActions, form: unknown, failed: boolean) {
  const s = ctx.strings;
  return html`${form} ${failed ? html`<p class="msg" role="alert">${s.unavailable}</p>` : nothing} ${contactLine(ctx)}
    <div class="nav"><button type="button" class="kc-button" @click=${actions.back}>${s.back}</button></div>`;
}
