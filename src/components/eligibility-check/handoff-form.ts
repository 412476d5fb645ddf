/**
 * The hand-off step of `<kc-eligibility-check>`: contact details, consent naming the clinic, and the POST.
 * Loaded on demand, only when a clinic configures an `endpoint` and a patient reaches this step.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { emit } from '../../shared/emit.js';
import type { EligibilityAnswers } from './answers.js';
import { PENDING_HANDOFF, sessionStore, type PersistMode } from './draft-storage.js';
import {
  buildPayload,
  CONTACT_TIMES,
  contactProblems,
  newSubmissionId,
  pickUtm,
  postHandoff,
  sameSubmission,
  type HandoffContact,
  type HandoffPayload,
  type HandoffSubmission,
} from './handoff.js';
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

/** The element, as the form needs it: its draft's key, and where it keeps a draft (`persist`). */
type Host = ReactiveControllerHost & HTMLElement & { readonly key?: string; readonly persistMode: PersistMode };

/**
 * `sending`: a submission is in flight. `failed`: every try failed (`refused` when the endpoint said no, so it did
 * not arrive). `interrupted`: a send was cut short (a reload, or the widget left the page), so it may have arrived.
 */
type Status = 'idle' | 'sending' | 'sent' | 'failed' | 'interrupted';

/** A submission kept in storage, if it is one: a key, and a JSON body with that id and contact details. */
function readSubmission(raw: string | null | undefined): HandoffSubmission | undefined {
  try {
    const { key, body } = JSON.parse(raw ?? '') as Partial<HandoffSubmission>;
    if (typeof key !== 'string' || typeof body !== 'string') return undefined;
    const payload = JSON.parse(body) as Partial<HandoffPayload>;
    const contact = payload.contact;
    if (payload.id !== key || !contact || ![contact.name, contact.email, contact.phone].every((v) => typeof v === 'string')) return undefined;
    if (!(CONTACT_TIMES as readonly unknown[]).includes(contact.time)) return undefined;
    return { key, body };
  } catch {
    return undefined;
  }
}

export class HandoffForm {
  contact: HandoffContact = { name: '', email: '', phone: '', time: 'any' };
  consent = false;
  status: Status = 'idle';
  problems: ReturnType<typeof contactProblems> = [];
  /**
   * The submission last sent or tried: its `Idempotency-Key` and the exact bytes of its body, which every retry
   * sends again. A change to what would be sent makes the next send a new submission, with a new key.
   */
  private submission?: HandoffSubmission;
  /** The last send failed because the endpoint refused it (a 4xx): it did not arrive. */
  private refused = false;
  /** Aborts a submission in flight when the widget is removed from the page. */
  private inFlight?: AbortController;

  constructor(private readonly host: Host) {
    host.addController(this);
    // A send that was under way (or failed) before a reload: it may have arrived; the patient can finish it.
    const kept = this.storageKey ? readSubmission(sessionStore()?.getItem(this.storageKey)) : undefined;
    if (kept) {
      this.submission = kept;
      this.contact = { ...(JSON.parse(kept.body) as HandoffPayload).contact };
      this.consent = true;
      this.status = 'interrupted';
    }
  }

  /** The widget left the page: stop the request in flight and every retry (its answers stay for a re-insert). */
  hostDisconnected(): void {
    this.inFlight?.abort();
  }

  /** Where a submission being sent is kept, next to the draft; undefined when no draft is kept. */
  private get storageKey(): string | undefined {
    return this.host.key && this.host.persistMode === 'session' ? PENDING_HANDOFF + this.host.key : undefined;
  }

  /** Keeps the submission with the draft before its first try, so a reload can finish it (same rules as the draft). */
  private keep(submission: HandoffSubmission): void {
    const key = this.storageKey;
    try {
      if (key) sessionStore()?.setItem(key, JSON.stringify(submission));
    } catch {
      /* storage full or disabled: the send goes on, only a reload cannot finish it */
    }
  }

  /** What a send would carry now: the last submission, byte for byte, when nothing in it changed; else a new one. */
  private next(ctx: HandoffContext, s: HandoffStrings): HandoffSubmission {
    const payload = buildPayload({
      id: newSubmissionId(),
      locale: ctx.locale,
      clinic: ctx.clinicName,
      consent: s.consent(ctx.clinic),
      contact: this.contact,
      answers: ctx.answers,
      result: ctx.result,
      utm: pickUtm(location.search),
    });
    if (this.submission && sameSubmission(JSON.parse(this.submission.body) as HandoffPayload, payload)) return this.submission;
    return { key: payload.id, body: JSON.stringify(payload) };
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
    const unsent = this.status === 'failed' || this.status === 'interrupted';
    // Changed after a send that did not go through: the next send is a new submission, and the earlier may have arrived.
    const changed = unsent && !!this.submission && this.next(ctx, s) !== this.submission;
    const status =
      this.status === 'interrupted'
        ? s.interrupted(ctx.clinic)
        : this.status === 'failed'
          ? this.refused
            ? s.failed
            : s.unconfirmed(ctx.clinic)
          : '';
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
      ${status ? html`<p part="handoff-status" class="msg" role="alert" tabindex="-1">${status}</p>` : nothing}
      ${changed && !(this.status === 'failed' && this.refused) ? html`<p class="hint" role="status">${s.changed(ctx.clinic)}</p>` : nothing}
      <div class="nav">
        <button class="kc-button kc-button--primary" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? s.sending : changed ? s.submit : this.status === 'failed' ? s.retry : this.status === 'interrupted' ? s.finish : s.submit}
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
    // One submission, one body: built once, and sent byte for byte on every try (and "Try again").
    const submission = this.next(ctx, s);
    this.submission = submission;
    if (emit(this.host, 'kc-submit', { payload: JSON.parse(submission.body) as HandoffPayload }, { cancelable: true }).defaultPrevented) return;
    this.keep(submission);
    this.status = 'sending';
    this.host.requestUpdate();
    const inFlight = (this.inFlight = new AbortController());
    const outcome = await postHandoff(ctx.endpoint, submission, {
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
    if (outcome.ok) {
      this.status = 'sent';
      this.submission = undefined;
      emit(this.host, 'kc-submit-success', { id: submission.key });
      ctx.sent();
    } else if (inFlight.signal.aborted) {
      // Removed mid-send: it may or may not have arrived. Put back, the form says so and offers to finish it.
      this.status = 'interrupted';
      emit(this.host, 'kc-submit-error', { error: outcome.error, attempts: outcome.attempts });
      this.host.requestUpdate();
      return;
    } else {
      this.status = 'failed';
      this.refused = outcome.status !== undefined && outcome.status >= 400 && outcome.status < 500;
      emit(this.host, 'kc-submit-error', { error: outcome.error, attempts: outcome.attempts });
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part=handoff-status]')?.focus();
  }
}
