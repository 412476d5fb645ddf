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

/**
 * The version of the hand-off body, in every payload as `schemaVersion`. It changes with any change to the body's
 * shape, and names the published schema it validates against (`ketamine-clinic-elements/handoff.schema.json`).
 */
export const HANDOFF_SCHEMA_VERSION = 1;

/** Exactly what the patient agreed to when they sent their answers. */
export interface ConsentReceipt {
  /** The consent text, exactly as shown next to the box the patient ticked. */
  text: string;
  /** Which wording of the consent this is ({@link CONSENT_VERSION}); a new wording in any language gets a new one. */
  version: string;
  /** SHA-256 of `text` (its UTF-8 bytes), in lowercase hex. */
  sha256: string;
  /** The language the text was shown in (a BCP 47 tag such as `en` or `es`). */
  language: string;
  /** When the patient ticked the box (ISO 8601, UTC). */
  agreedAt: string;
}

/**
 * The version of the consent wording ({@link ConsentReceipt.version}). Change it whenever the consent text changes
 * in any language (a unit test pins each language's text to this version).
 */
export const CONSENT_VERSION = 'handoff-consent-1';

/** The JSON body of a hand-off (see `handoff.schema.json`, which validates it). */
export interface HandoffPayload {
  /** The body's version ({@link HANDOFF_SCHEMA_VERSION}). */
  schemaVersion: typeof HANDOFF_SCHEMA_VERSION;
  /** The submission id, also sent as the `Idempotency-Key` header (a UUID). */
  id: string;
  submittedAt: string;
  /** The language the patient read the screening in. */
  locale: string;
  /** The clinic's name, when it set one. */
  clinic?: string;
  consent: ConsentReceipt;
  contact: HandoffContact;
  outcome: EligibilityResult['outcome'];
  reasons: EligibilityResult['reasons'];
  scores: EligibilityResult['scores'];
  answers: EligibilityAnswers;
  utm: Partial<Record<UtmKey, string>>;
}

export function buildPayload(
  input: Omit<HandoffPayload, 'schemaVersion' | 'submittedAt' | 'outcome' | 'reasons' | 'scores'> & {
    result: EligibilityResult;
    now?: Date;
  },
): HandoffPayload {
  const { result, now = new Date(), contact, ...rest } = input;
  return {
    schemaVersion: HANDOFF_SCHEMA_VERSION,
    ...rest,
    submittedAt: now.toISOString(),
    contact: { ...contact, name: contact.name.trim(), email: contact.email.trim(), phone: contact.phone.trim() },
    outcome: result.outcome,
    reasons: result.reasons,
    scores: result.scores,
  };
}

/**
 * 4xx answers that do not mean "no": 408 (the request timed out), 409 (the first request with this key is still in
 * flight, per the IETF Idempotency-Key draft), 425 (too early) and 429 (too many requests). The answers may still
 * arrive, or already have.
 */
const NOT_YET = [408, 409, 425, 429];

/** Whether a failed attempt is worth repeating: network errors (no status), 408, 409, 425, 429 and 5xx. Other 4xx are not. */
export function isRetryable(status?: number): boolean {
  return status === undefined || NOT_YET.includes(status) || status >= 500;
}

/** Whether the endpoint refused the submission (a 4xx other than 408, 409, 425 and 429), so it did not arrive. */
export function isRefusal(status?: number): boolean {
  return status !== undefined && status >= 400 && status < 500 && !NOT_YET.includes(status);
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

/** The formats a hand-off can be sent in: the payload's own JSON, or a FHIR R4 Bundle of it (see `toFhirBundle`). */
export const HANDOFF_FORMATS = ['json', 'fhir'] as const;
export type HandoffFormat = (typeof HANDOFF_FORMATS)[number];

/** The `Content-Type` of each format. */
export const HANDOFF_CONTENT_TYPES: Record<HandoffFormat, string> = { json: 'application/json', fhir: 'application/fhir+json' };

/** One submission as it is sent: its `Idempotency-Key` and the exact bytes of its body, the same on every try. */
export interface HandoffSubmission {
  key: string;
  /** The body: the payload's JSON, or (with `contentType` `application/fhir+json`) its FHIR Bundle. */
  body: string;
  /** The body's `Content-Type`; `application/json` when absent. */
  contentType?: string;
  /** The payload's JSON, when the body is not the payload itself (a FHIR Bundle). */
  payload?: string;
}

/** The payload a submission carries. */
export const payloadOf = (submission: HandoffSubmission): HandoffPayload =>
  JSON.parse(submission.payload ?? submission.body) as HandoffPayload;

/**
 * The same submission: everything is equal, whatever the order of the keys, but the id and the times (`submittedAt`,
 * when the box was ticked) and the consent's hash, which follows from its text.
 */
export function sameSubmission(a: HandoffPayload, b: HandoffPayload): boolean {
  const content = ({ id: _id, submittedAt: _at, consent, ...rest }: HandoffPayload) => {
    const { agreedAt: _agreed, sha256: _hash, ...shown } = consent ?? {};
    return canonical({ ...rest, consent: shown });
  };
  return content(a) === content(b);
}

/** JSON with every object's keys sorted (and `undefined` left out, as JSON does). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** `kc-submit-error`'s `error` when the widget left the page while sending (the answers may still have arrived). */
export const HANDOFF_ABORTED =
  'aborted: the widget was removed from the page while sending; the hand-off may or may not have arrived';

/** How long one attempt may take before it counts as a network error (and is retried). */
export const HANDOFF_TIMEOUT = 15_000;

/**
 * Why an answer from the endpoint does not confirm a hand-off, or undefined when it does. Confirmed means: a 2xx
 * from the endpoint's own URL (never after a redirect) whose body is empty (e.g. 201 or 204) or a JSON object
 * (e.g. `{ "id": "…" }` or `{}`). A redirect is never followed, so a 3xx, an opaque redirect or a response from
 * another URL is refused; so is a 2xx with any other body, such as a sign-in page.
 */
export function replyProblem(
  reply: { status: number; type: string; redirected: boolean; url: string; contentType: string | null; body?: string },
  endpoint: string,
): string | undefined {
  const withoutHash = (url: string) => url.replace(/#.*$/s, '');
  if (
    reply.type === 'opaqueredirect' ||
    reply.redirected ||
    (reply.status >= 300 && reply.status < 400) ||
    (reply.url && withoutHash(reply.url) !== withoutHash(endpoint))
  )
    return `redirect: the endpoint answered with a redirect${reply.status ? ` (HTTP ${reply.status})` : ''}, which is not followed; set endpoint to the address that accepts the POST`;
  if (reply.status < 200 || reply.status > 299) return `HTTP ${reply.status}`;
  const body = reply.body?.trim() ?? '';
  if (!body) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return undefined;
  return `unexpected reply: HTTP ${reply.status}${reply.contentType ? ` with ${reply.contentType.split(';')[0]!.trim()}` : ''}, but only an empty body or a JSON object confirms a hand-off (is it a sign-in page?)`;
}

/**
 * POSTs a submission (its exact bytes, with its `Idempotency-Key` header), retrying network errors (and attempts
 * that take longer than `timeout`), 429 and 5xx with backoff. It counts as delivered only when the endpoint
 * confirms it (see {@link replyProblem}); a redirect is not followed, and a redirect, any other 4xx or an
 * unexpected reply is final. The only request made is to `url`; nothing goes into it.
 */
export async function postHandoff(
  url: string,
  submission: HandoffSubmission,
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
    if (options.signal?.aborted) return { ok: false, attempts: attempt - 1, error: HANDOFF_ABORTED };
    // One signal for this attempt: aborted by its timeout or by the caller's signal.
    const attemptSignal = new AbortController();
    const timer = setTimeout(
      () => attemptSignal.abort(new DOMException('The request timed out.', 'TimeoutError')),
      options.timeout ?? HANDOFF_TIMEOUT,
    );
    const cancel = () => attemptSignal.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', cancel);
    let retry = true;
    try {
      const response = await options.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': submission.contentType ?? HANDOFF_CONTENT_TYPES.json, 'Idempotency-Key': submission.key },
        body: submission.body,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        // A redirect could turn the POST into a GET that loses the body, or carry the answers to another origin.
        redirect: 'manual',
        signal: attemptSignal.signal,
      });
      const reply = {
        status: response.status,
        type: response.type,
        redirected: response.redirected,
        url: response.url,
        contentType: response.headers.get('Content-Type'),
      };
      const problem = replyProblem(reply, url) ?? replyProblem({ ...reply, body: await response.text() }, url);
      if (!problem) return { ok: true, attempts: attempt };
      status = response.status || undefined;
      error = problem;
      retry = problem === `HTTP ${response.status}` && isRetryable(response.status);
    } catch (e) {
      status = undefined;
      error = e instanceof Error ? e.message : String(e);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
    }
    if (options.signal?.aborted) return { ok: false, attempts: attempt, error: HANDOFF_ABORTED };
    if (!retry) return { ok: false, attempts: attempt, error, status };
    if (attempt < attempts) await options.wait(backoffDelay(attempt, options.baseDelay));
  }
  return { ok: false, attempts, error, status };
}
