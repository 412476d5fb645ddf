/**
 * The hand-off step of `<kc-eligibility-check>`: contact details, consent naming the clinic, and the POST.
 * Loaded on demand, only when a clinic configures an `endpoint` and a patient reaches this step.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { emit } from '../../shared/emit.js';
import type { EligibilityAnswers } from './answers.js';
import { consentReceipt } from './consent.js';
import { pendingHandoffKey, sessionStore } from './drafts.js';
import {
  buildPayload,
  CONTACT_TIMES,
  CONSENT_VERSION,
  contactProblems,
  HANDOFF_CONTENT_TYPES,
  isRefusal,
  newSubmissionId,
  payloadOf,
  pickUtm,
  postHandoff,
  sameSubmission,
  type ConsentReceipt,
  type HandoffContact,
  type HandoffFormat,
  type HandoffPayload,
  type HandoffSubmission,
} from './handoff.js';
import type { EligibilityStrings, HandoffStrings } from './locales/en.js';
import { sentText } from './receipt.js';
import type { EligibilityResult } from './rules.js';

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
  /** `json` (the payload itself) or `fhir` (a FHIR R4 Bundle of it). */
  format: HandoffFormat;
  /** The screening's strings, in the reader's language (for the copy of what was sent). */
  strings: EligibilityStrings;
  /** The plain-text summary of the result (outcome, scores, reasons, disclaimer). */
  summary: string;
  /** Called once the clinic has the answers. */
  sent: () => void;
}

/** The element the form is part of. */
type Host = ReactiveControllerHost & HTMLElement;

/**
 * `sending`: a submission is in flight. `failed`: every try failed (`refused` when the endpoint said no, so it did
 * not arrive). `interrupted`: a send was cut short (a reload, or the widget left the page), so it may have arrived.
 */
type Status = 'idle' | 'sending' | 'sent' | 'failed' | 'interrupted';

/**
 * A submission kept in storage, if it is one: a key and a body, and a payload (the body itself, or kept beside a
 * FHIR body) with that id, contact details and a consent receipt.
 */
function readSubmission(raw: string | null | undefined): HandoffSubmission | undefined {
  try {
    const { key, body, contentType, payload: json } = JSON.parse(raw ?? '') as Partial<HandoffSubmission>;
    if (typeof key !== 'string' || typeof body !== 'string') return undefined;
    const fhir = contentType === HANDOFF_CONTENT_TYPES.fhir;
    if (contentType !== undefined && !fhir) return undefined;
    if (fhir !== (typeof json === 'string')) return undefined;
    const payload = JSON.parse(json ?? body) as Partial<HandoffPayload>;
    const { contact, consent } = payload;
    if (payload.id !== key || !contact || ![contact.name, contact.email, contact.phone].every((v) => typeof v === 'string'))
      return undefined;
    if (!(CONTACT_TIMES as readonly unknown[]).includes(contact.time)) return undefined;
    if (typeof consent?.agreedAt !== 'string' || Number.isNaN(Date.parse(consent.agreedAt))) return undefined;
    return fhir ? { key, body, contentType, payload: json } : { key, body };
  } catch {
    return undefined;
  }
}

export class HandoffForm {
  contact: HandoffContact = { name: '', email: '', phone: '', time: 'any' };
  consent = false;
  /** When the patient ticked the consent box (the receipt's `agreedAt`). */
  private agreedAt?: Date;
  status: Status = 'idle';
  problems: ReturnType<typeof contactProblems> = [];
  /**
   * The submission last sent or tried: its `Idempotency-Key` and the exact bytes of its body, which every retry
   * sends again. A change to what would be sent makes the next send a new submission, with a new key.
   */
  private submission?: HandoffSubmission;
  /** The last send failed because the endpoint refused it (a 4xx other than 408, 409, 425, 429): it did not arrive. */
  private refused = false;
  /** Aborts a submission in flight when the widget is removed from the page. */
  private inFlight?: AbortController;
  /** What the clinic confirmed it received: the patient can copy it. */
  private delivered?: HandoffPayload;
  /** Whether "Copy what I sent" worked (said next to the button). */
  private copyNote = '';
  /** Let go of after Start over: a send still under way only reports how it ended. */
  private disposed = false;

  /**
   * @param draftKey the key of the widget's draft when it keeps one (`persist="session"`): the submission being sent is
   *   kept next to it, under the same rules
   */
  constructor(
    private readonly host: Host,
    private readonly draftKey: () => string | undefined,
  ) {
    host.addController(this);
    // A send that was under way (or failed) before a reload: it may have arrived; the patient can finish it.
    const kept = this.storageKey ? readSubmission(sessionStore()?.getItem(this.storageKey)) : undefined;
    if (kept) {
      this.submission = kept;
      const payload = payloadOf(kept);
      this.contact = { ...payload.contact };
      this.consent = true;
      this.agreedAt = new Date(payload.consent.agreedAt);
      this.status = 'interrupted';
    }
  }

  /** The widget left the page: stop the request in flight and every retry (its answers stay for a re-insert). */
  hostDisconnected(): void {
    this.inFlight?.abort();
  }

  /**
   * The screening started over: stops a send in flight and every retry, and lets go of the widget, so that send
   * changes nothing of the new screening (its end is still reported: `kc-submit-success` or `kc-submit-error`).
   */
  dispose(): void {
    this.disposed = true;
    this.inFlight?.abort();
    this.host.removeController(this);
  }

  /** Where a submission being sent is kept, next to the draft; undefined when no draft is kept. */
  private get storageKey(): string | undefined {
    const draftKey = this.draftKey();
    return draftKey ? pendingHandoffKey(draftKey) : undefined;
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

  /** The payload a send would carry now, with the given consent receipt. */
  private payload(ctx: HandoffContext, consent: ConsentReceipt): HandoffPayload {
    return buildPayload({
      id: newSubmissionId(),
      locale: ctx.locale,
      clinic: ctx.clinicName,
      consent,
      contact: this.contact,
      answers: ctx.answers,
      result: ctx.result,
      utm: pickUtm(location.search),
    });
  }

  /** Whether a send now would carry what the last submission carried, in the same format. */
  private unchanged(ctx: HandoffContext, s: HandoffStrings, payload?: HandoffPayload): boolean {
    if (!this.submission || (this.submission.contentType ?? HANDOFF_CONTENT_TYPES.json) !== HANDOFF_CONTENT_TYPES[ctx.format])
      return false;
    // The receipt's hash and time are left out of the comparison: the hash follows from the text.
    const now =
      payload ??
      this.payload(ctx, {
        text: s.consent(ctx.clinic),
        version: CONSENT_VERSION,
        sha256: '',
        language: ctx.locale,
        agreedAt: '',
      });
    return sameSubmission(payloadOf(this.submission), now);
  }

  /** What a send would carry now: the last submission, byte for byte, when nothing in it changed; else a new one. */
  private async next(ctx: HandoffContext, s: HandoffStrings): Promise<HandoffSubmission> {
    const payload = this.payload(ctx, await consentReceipt(s.consent(ctx.clinic), ctx.locale, this.agreedAt ?? new Date()));
    if (this.submission && this.unchanged(ctx, s, payload)) return this.submission;
    const json = JSON.stringify(payload);
    if (ctx.format === 'json') return { key: payload.id, body: json };
    const { toFhirBundle } = await import('./fhir.js');
    return {
      key: payload.id,
      body: JSON.stringify(toFhirBundle(payload)),
      contentType: HANDOFF_CONTENT_TYPES.fhir,
      payload: json,
    };
  }

  /** Copies a plain-text copy of what was sent (answers, contact details, the consent text) to the clipboard. */
  private async copy(ctx: HandoffContext, s: HandoffStrings) {
    try {
      await navigator.clipboard.writeText(sentText(ctx.strings, s, this.delivered!, ctx.clinic, ctx.summary));
      this.copyNote = s.copiedSent;
    } catch {
      this.copyNote = s.copySentFailed;
    }
    this.host.requestUpdate();
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
        aria-required=${key === 'name' ? 'true' : nothing}
        aria-invalid=${own || unreachable ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
    </div>`;
  }

  render(ctx: HandoffContext) {
    const s = ctx.strings.handoff;
    if (this.status === 'sent')
      return html`<p part="handoff-status" class="done" role="status" tabindex="-1">${s.sent(ctx.clinic)}</p>
        ${
          this.delivered
            ? html`<p class="hint">${s.keepCopy}</p>
                <div class="nav">
                  <button type="button" part="handoff-copy" class="kc-button" @click=${() => this.copy(ctx, s)}>
                    ${s.copySent}
                  </button>
                </div>
                <p role="status">${this.copyNote}</p>`
            : nothing
        }`;
    const sending = this.status === 'sending';
    const unsent = this.status === 'failed' || this.status === 'interrupted';
    // Changed after a send that did not go through: the next send is a new submission, and the earlier may have arrived.
    const changed = unsent && !!this.submission && !this.unchanged(ctx, s);
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
            aria-required="true"
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
    if (t.name === 'consent') {
      this.consent = t.checked;
      this.agreedAt = t.checked ? new Date() : undefined;
    } else (this.contact as unknown as Record<string, string>)[t.name] = t.value;
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
    const before = this.status;
    this.status = 'sending';
    this.host.requestUpdate();
    let submission: HandoffSubmission;
    try {
      submission = await this.next(ctx, s);
      if (this.disposed) return;
    } catch (e) {
      if (this.disposed) return;
      // The body could not be built (the FHIR module did not load, offline): nothing was sent, and the patient is told so.
      this.status = 'failed';
      this.refused = true;
      const why = e instanceof Error ? e.message : String(e);
      emit(this.host, 'kc-submit-error', { error: `not sent: the hand-off could not be prepared (${why})`, attempts: 0 });
      this.host.requestUpdate();
      return;
    }
    this.submission = submission;
    if (emit(this.host, 'kc-submit', { payload: payloadOf(submission) }, { cancelable: true }).defaultPrevented) {
      this.status = before;
      this.host.requestUpdate();
      return;
    }
    this.keep(submission);
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
    if (this.disposed) {
      // Started over while sending: the new screening is not this one; only say how the old send ended.
      if (outcome.ok) emit(this.host, 'kc-submit-success', { id: submission.key });
      else emit(this.host, 'kc-submit-error', { error: outcome.error, attempts: outcome.attempts });
      return;
    }
    if (outcome.ok) {
      this.status = 'sent';
      this.delivered = payloadOf(submission);
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
      this.refused = isRefusal(outcome.status);
      emit(this.host, 'kc-submit-error', { error: outcome.error, attempts: outcome.attempts });
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part=handoff-status]')?.focus();
  }
}
