/**
 * The hand-off step of `<kc-eligibility-check>`: contact details, consent naming the clinic, and the POST.
 * Loaded on demand, only when a clinic configures an `endpoint` and a patient reaches this step.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { emit } from '../../shared/emit.js';
import type { EligibilityAnswers } from './answers.js';
import { buildPayload, CONTACT_TIMES, contactProblems, newSubmissionId, pickUtm, postHandoff, type HandoffContact } from './handoff.js';
import { LocaleTable } from '../../shared/locale/locale-controller.js';
import en, { type HandoffStrings } from './locales/handoff/en.js';
import type { EligibilityResult } from './rules.js';

const locales = new LocaleTable<HandoffStrings>(
  'kc-eligibility-check',
  en,
  import.meta.glob<{ default: HandoffStrings }>(['./locales/handoff/*.ts', '!./locales/handoff/en.ts']),
);

/** What the element gives the form on each render. */
export interface HandoffContext {
  /** The clinic's name, or "the clinic". */
  clinic: string;
  clinicName?: string;
  endpoint: string;
  locale: string;
  retryDelay: number;
  answers: EligibilityAnswers;
  result: EligibilityResult;
  /** Called once the clinic has the answers. */
  sent: () => void;
}

type Status = 'idle' | 'sending' | 'sent' | 'failed';

export class HandoffForm {
  contact: HandoffContact = { name: '', email: '', phone: '', time: 'any' };
  consent = false;
  status: Status = 'idle';
  problems: ReturnType<typeof contactProblems> = [];
  /** One id per submission: a retry after a failure sends the same `Idempotency-Key`. */
  private id = newSubmissionId();
  /** Aborts a submission in flight when the widget is removed from the page. */
  private inFlight?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The widget left the page: stop the request in flight and every retry (its answers stay for a re-insert). */
  hostDisconnected(): void {
    this.inFlight?.abort();
  }

  private field(s: HandoffStrings, key: 'name' | 'email' | 'phone', type: string, autocomplete: string) {
    const own = key !== 'phone' && this.problems.includes(key) ? key : undefined;
    const reach = key !== 'name';
    const unreachable = reach && this.problems.includes('reach');
    const described = [reach && 'h-reach', unreachable && 'h-reach-e', own && `h-${own}-e`].filter(Boolean).join(' ');
    return html`<div class="q">
      <label for="h-${key}">${s[key]}</label>
      ${own ? html`<p class="msg" id="h-${own}-e">${s.problems[own]}</p>` : nothing}
      <input
        id="h-${key}"
        name=${key}
        type=${type}
        autocomplete=${autocomplete}
        .value=${this.contact[key]}
        aria-invalid=${own || unreachable ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
    </div>`;
  }

  render(ctx: HandoffContext) {
    const s = locales.get(ctx.locale);
    if (!s) {
      void locales.load(ctx.locale).then(() => this.host.requestUpdate());
      return nothing;
    }
    if (this.status === 'sent') return html`<p part="handoff-status" class="done" role="status" tabindex="-1">${s.sent(ctx.clinic)}</p>`;
    const sending = this.status === 'sending';
    return html`<form part="handoff" novalidate @input=${this.onInput} @submit=${(e: Event) => this.submit(e, ctx, s)}>
      <p>${s.intro(ctx.clinic)}</p>
      ${this.field(s, 'name', 'text', 'name')}
      <p class="hint" id="h-reach">${s.reach}</p>
      ${this.problems.includes('reach') ? html`<p class="msg" id="h-reach-e">${s.problems.reach}</p>` : nothing}
      ${this.field(s, 'email', 'email', 'email')} ${this.field(s, 'phone', 'tel', 'tel')}
      <div class="q">
        <label for="h-time">${s.time}</label>
        <select id="h-time" name="time">
          ${CONTACT_TIMES.map((t) => html`<option value=${t} ?selected=${this.contact.time === t}>${s.times[t]}</option>`)}
        </select>
      </div>
      <div class="q">
        ${this.problems.includes('consent') ? html`<p class="msg" id="h-consent-e">${s.problems.consent}</p>` : nothing}
        <label class="opt"
          ><input
            type="checkbox"
            name="consent"
            .checked=${this.consent}
            aria-describedby=${this.problems.includes('consent') ? 'h-consent-e' : nothing}
          />${s.consent(ctx.clinic)}</label
        >
      </div>
      ${this.status === 'failed' ? html`<p part="handoff-status" class="msg" role="alert" tabindex="-1">${s.failed}</p>` : nothing}
      <div class="nav">
        <button class="kc-button kc-button--primary" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? s.sending : this.status === 'failed' ? s.retry : s.submit}
        </button>
      </div>
    </form>`;
  }

  /** An arrow function: Lit calls template listeners with the host element as `this`. */
  private readonly onInput = (e: Event) => {
    const t = e.target as HTMLInputElement;
    if (t.name === 'consent') this.consent = t.checked;
    else (this.contact as unknown as Record<string, string>)[t.name] = t.value;
    this.host.requestUpdate();
  };

  private async submit(e: Event, ctx: HandoffContext, s: HandoffStrings) {
    e.preventDefault();
    if (this.status === 'sending') return;
    this.problems = contactProblems(this.contact, this.consent);
    this.host.requestUpdate();
    if (this.problems.length) {
      await this.host.updateComplete;
      const first = this.problems[0] === 'reach' ? 'email' : this.problems[0];
      this.host.shadowRoot?.querySelector<HTMLElement>(first === 'consent' ? '[name=consent]' : `#h-${first}`)?.focus();
      return;
    }
    const payload = buildPayload({
      id: this.id,
      locale: ctx.locale,
      clinic: ctx.clinicName,
      consent: s.consent(ctx.clinic),
      contact: this.contact,
      answers: ctx.answers,
      result: ctx.result,
      utm: pickUtm(location.search),
    });
    if (emit(this.host, 'kc-submit', { payload }, { cancelable: true }).defaultPrevented) return;
    this.status = 'sending';
    this.host.requestUpdate();
    const inFlight = (this.inFlight = new AbortController());
    const outcome = await postHandoff(ctx.endpoint, payload, {
      fetch: (...args) => window.fetch(...args),
      wait: (ms) =>
        new Promise((resolve) => {
          const timer = setTimeout(resolve, ms);
          inFlight.signal.addEventListener('abort', () => (clearTimeout(timer), resolve(undefined)), { once: true });
        }),
      baseDelay: ctx.retryDelay,
      signal: inFlight.signal,
    });
    this.inFlight = undefined;
    if (inFlight.signal.aborted) {
      // Removed mid-send: nothing was confirmed; the patient can send again if the widget comes back.
      this.status = 'idle';
      return;
    }
    if (outcome.ok) {
      this.status = 'sent';
      emit(this.host, 'kc-submit-success', { id: payload.id });
      this.id = newSubmissionId();
      ctx.sent();
    } else {
      this.status = 'failed';
      emit(this.host, 'kc-submit-error', { error: outcome.error, attempts: outcome.attempts });
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part=handoff-status]')?.focus();
  }
}
