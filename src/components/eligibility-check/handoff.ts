import type { EligibilityAnswers } from './answers.js';
import type { EligibilityResult } from './rules.js';

/** The host page's campaign parameters that may travel with a hand-off; nothing else from its URL does. */
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];

/** When the patient would like to be contacted. */
export const CONTACT_TIMES = ['any', 'morning', 'afternoon', 'evening'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];

/** How many times a hand-off is tried before it is reported as failed. */
export const HANDOFF_ATTEMPTS = 3;

/** The allowlisted `utm_*` parameters of a query string (each at most 200 characters). */
export function pickUtm(search: string): Partial<Record<UtmKey, string>> {
  const params = new URLSearchParams(search);
  const utm: Partial<Record<UtmKey, string>> = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key)?.trim();
    if (value) utm[key] = value.slice(0, 200);
  }
  return utm;
}

export interface HandoffContact {
  name: string;
  email: string;
  phone: string;
  time: ContactTime;
}

/** What the hand-off form still needs: a name, a way to reach the patient, and consent. */
export function contactProblems(contact: HandoffContact, consent: boolean): ('name' | 'reach' | 'email' | 'consent')[] {
  const problems: ('name' | 'reach' | 'email' | 'consent')[] = [];
  if (!contact.name.trim()) problems.push('name');
  if (!contact.email.trim() && !contact.phone.trim()) problems.push('reach');
  else if (contact.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email.trim())) problems.push('email');
  if (!consent) problems.push('consent');
  return problems;
}

/** The JSON body of a hand-off. */
export interface HandoffPayload {
  id: string;
  submittedAt: string;
  locale: string;
  clinic?: string;
  consent: string;
  contact: HandoffContact;
  outcome: EligibilityResult['outcome'];
  reasons: EligibilityResult['reasons'];
  scores: EligibilityResult['scores'];
  answers: EligibilityAnswers;
  utm: Partial<Record<UtmKey, string>>;
}

export function buildPayload(input: Omit<HandoffPayload, 'submittedAt' | 'outcome' | 'reasons' | 'scores'> & {
  result: EligibilityResult;
  now?: Date;
}): HandoffPayload {
  const { result, now = new Date(), contact, ...rest } = input;
  return {
    ...rest,
    submittedAt: now.toISOString(),
    contact: { ...contact, name: contact.name.trim(), email: contact.email.trim(), phone: contact.phone.trim() },
    outcome: result.outcome,
    reasons: result.reasons,
    scores: result.scores,
  };
}

/** Whether a failed attempt is worth repeating: network errors (no status), 429 and 5xx. Other 4xx are not. */
export function isRetryable(status?: number): boolean {
  return status === undefined || status === 429 || status >= 500;
}

/** Milliseconds to wait before attempt `attempt + 1` (1-based): `base`, then twice that, and so on. */
export function backoffDelay(attempt: number, base: number): number {
  return base * 2 ** (attempt - 1);
}

/** A random UUID (v4), used as the submission id and `Idempotency-Key`. */
export function newSubmissionId(random: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (random.randomUUID) return random.randomUUID();
  const b = random.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type HandoffOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: string; status?: number };

/** How long one attempt may take before it counts as a network error (and is retried). */
export const HANDOFF_TIMEOUT = 15_000;

/**
 * POSTs a payload as JSON with an `Idempotency-Key` header, retrying network errors (and attempts that take
 * longer than `timeout`), 429 and 5xx with backoff; a 4xx answer is final. The only request made is to
 * `url`; nothing goes into it.
 */
export async function postHandoff(
  url: string,
  payload: HandoffPayload,
  options: {
    fetch: typeof fetch;
    wait: (ms: number) => Promise<unknown>;
    baseDelay: number;
    attempts?: number;
    timeout?: number;
    /** Aborts the request in flight and every retry (the widget was removed). */
    signal?: AbortSignal;
  },
): Promise<HandoffOutcome> {
  const attempts = options.attempts ?? HANDOFF_ATTEMPTS;
  let error = '';
  let status: number | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) return { ok: false, attempts: attempt - 1, error: 'aborted' };
    // One signal for this attempt: aborted by its timeout or by the caller's signal.
    const attemptSignal = new AbortController();
    const timer = setTimeout(() => attemptSignal.abort(new DOMException('The request timed out.', 'TimeoutError')), options.timeout ?? HANDOFF_TIMEOUT);
    const cancel = () => attemptSignal.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', cancel);
    try {
      const response = await options.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
        body: JSON.stringify(payload),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: attemptSignal.signal,
      });
      if (response.ok) return { ok: true, attempts: attempt };
      status = response.status;
      error = `HTTP ${status}`;
    } catch (e) {
      status = undefined;
      error = e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
    }
    if (options.signal?.aborted) return { ok: false, attempts: attempt, error: 'aborted' };
    if (!isRetryable(status)) return { ok: false, attempts: attempt, error, status };
    if (attempt < attempts) await options.wait(backoffDelay(attempt, options.baseDelay));
  }
  return { ok: false, attempts, error, status };
}
