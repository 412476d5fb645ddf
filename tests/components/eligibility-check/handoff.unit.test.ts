import { describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  buildPayload,
  contactProblems,
  HANDOFF_ATTEMPTS,
  isRefusal,
  isRetryable,
  newSubmissionId,
  pickUtm,
  HANDOFF_ABORTED,
  postHandoff,
  replyProblem,
  sameSubmission,
  type ConsentReceipt,
  type HandoffContact,
  type HandoffPayload,
} from '../../../src/components/eligibility-check/handoff.js';
import eligibilityEn from '../../../src/components/eligibility-check/locales/en.js';
import eligibilityEs from '../../../src/components/eligibility-check/locales/es.js';

const handoffEn = eligibilityEn.handoff;
const handoffEs = eligibilityEs.handoff;
import { evaluateEligibility } from '../../../src/components/eligibility-check/rules.js';
import { eligibleAnswers } from './fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const contact: HandoffContact = { name: ' Ana ', email: 'ana@example.com ', phone: '', time: 'morning' };
const consent: ConsentReceipt = {
  text: 'I agree',
  version: 'v',
  sha256: '0'.repeat(64),
  language: 'en',
  agreedAt: '2025-01-02T03:04:00.000Z',
};

describe('pickUtm', () => {
  it('keeps only the allowlisted utm_* parameters, trimmed and capped', () => {
    const search = `?utm_source=news&utm_medium=%20email%20&utm_campaign=${'x'.repeat(300)}&utm_id=9&email=ana@example.com&gclid=abc&utm_term=`;
    expect(pickUtm(search)).toEqual({ utm_source: 'news', utm_medium: 'email', utm_campaign: 'x'.repeat(200) });
  });
  it('returns nothing for a page without campaign parameters', () => {
    expect(pickUtm('')).toEqual({});
  });
});

describe('contactProblems', () => {
  it.each([
    [{ name: '', email: '', phone: '' }, false, ['name', 'reach', 'consent']],
    [{ name: 'Ana', email: 'ana', phone: '' }, true, ['email']],
    [{ name: 'Ana', email: '', phone: '555 0100' }, true, []],
    [{ name: 'Ana', email: 'ana@example.com', phone: '' }, true, []],
    [{ name: '  ', email: 'ana@example.com', phone: '' }, true, ['name']],
    [{ name: 'Ana', email: 'ana@example.com', phone: '' }, false, ['consent']],
  ])('%j (consent %s) needs %j', (fields, consent, problems) => {
    expect(contactProblems({ ...fields, time: 'any' }, consent)).toEqual(problems);
  });
});

describe('buildPayload', () => {
  it('holds answers, scores, outcome, reasons, locale, consent, contact, utm and the submission id', () => {
    const result = evaluateEligibility(eligibleAnswers());
    const payload = buildPayload({
      id: 'id-1',
      locale: 'es',
      clinic: 'Calm Harbor',
      consent,
      contact,
      answers: eligibleAnswers(),
      result,
      utm: { utm_source: 'news' },
      now: new Date('2025-01-02T03:04:05Z'),
    });
    expect(payload).toEqual({
      schemaVersion: 1,
      id: 'id-1',
      submittedAt: '2025-01-02T03:04:05.000Z',
      locale: 'es',
      clinic: 'Calm Harbor',
      consent,
      contact: { name: 'Ana', email: 'ana@example.com', phone: '', time: 'morning' },
      outcome: 'eligible',
      reasons: [],
      scores: result.scores,
      answers: eligibleAnswers(),
      utm: { utm_source: 'news' },
    });
  });
});

describe('retry policy', () => {
  it.each([
    [undefined, true],
    [408, true],
    [409, true],
    [425, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [422, false],
  ])('status %s is retried: %s', (status, retried) => {
    expect(isRetryable(status)).toBe(retried);
  });
  it.each([
    [undefined, false],
    [408, false],
    [409, false],
    [425, false],
    [429, false],
    [500, false],
    [400, true],
    [403, true],
    [422, true],
  ])('status %s means the endpoint refused it (it did not arrive): %s', (status, refused) => {
    expect(isRefusal(status)).toBe(refused);
  });
  it('doubles the delay each time', () => {
    expect([1, 2, 3].map((n) => backoffDelay(n, 500))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(1, 0)).toBe(0);
  });
  it('tries three times', () => {
    expect(HANDOFF_ATTEMPTS).toBe(3);
  });
});

describe('newSubmissionId', () => {
  it('is a v4 UUID, from randomUUID or from random bytes', () => {
    expect(newSubmissionId()).toMatch(UUID);
    const bytes = { getRandomValues: ((a: Uint8Array) => crypto.getRandomValues(a)) as Crypto['getRandomValues'] };
    expect(newSubmissionId(bytes)).toMatch(UUID);
    expect(newSubmissionId()).not.toBe(newSubmissionId());
  });
});

describe('postHandoff', () => {
  const payload = { id: '9b2c1f3e-0000-4000-8000-000000000000', answers: {} } as HandoffPayload;
  const submission = { key: payload.id, body: JSON.stringify(payload) };
  const url = 'https://calm.example/intake';
  const reply = (status: number) => Promise.resolve(new Response(status === 204 ? null : '{}', { status }));
  const run = (fetch: ReturnType<typeof vi.fn>) => {
    const wait = vi.fn(() => Promise.resolve());
    return {
      wait,
      done: postHandoff(url, submission, { fetch: fetch as unknown as typeof globalThis.fetch, wait, baseDelay: 100 }),
    };
  };

  it('POSTs JSON with the Idempotency-Key to the endpoint only, with no credentials or referrer', async () => {
    const fetch = vi.fn(() => reply(201));
    const { done, wait } = run(fetch);
    expect(await done).toEqual({ ok: true, attempts: 1 });
    expect(wait).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [calledUrl, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(calledUrl).toBe(url);
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
    });
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': payload.id });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(init.body).toBe(submission.body);
  });

  it('retries a 500 and succeeds, waiting the backoff delay', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => reply(500))
      .mockImplementationOnce(() => reply(200));
    const { done, wait } = run(fetch);
    expect(await done).toEqual({ ok: true, attempts: 2 });
    expect(wait.mock.calls).toEqual([[100]]);
  });

  it('retries network errors and 429 until the last try', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')))
      .mockImplementationOnce(() => reply(429))
      .mockImplementationOnce(() => reply(204));
    const { done, wait } = run(fetch);
    expect(await done).toEqual({ ok: true, attempts: 3 });
    expect(wait.mock.calls).toEqual([[100], [200]]);
    for (const call of fetch.mock.calls)
      expect((call[1] as RequestInit).headers).toMatchObject({ 'Idempotency-Key': payload.id });
  });

  it('gives up after three failures and says why', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const { done } = run(fetch);
    expect(await done).toEqual({ ok: false, attempts: 3, error: 'Failed to fetch', status: undefined });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('gives up on an attempt that takes too long, and tries again', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
      )
      .mockImplementationOnce(() => reply(200));
    const wait = vi.fn(() => Promise.resolve());
    const outcome = await postHandoff(url, submission, { fetch, wait, baseDelay: 100, timeout: 10 });
    expect(outcome).toEqual({ ok: true, attempts: 2 });
  });

  it('retries a 409 (the first request with this key still in flight) after a timeout, and succeeds', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
      )
      .mockImplementationOnce(() => reply(409))
      .mockImplementationOnce(() => reply(201));
    const wait = vi.fn(() => Promise.resolve());
    const outcome = await postHandoff(url, submission, { fetch, wait, baseDelay: 100, timeout: 10 });
    expect(outcome).toEqual({ ok: true, attempts: 3 });
    expect(wait.mock.calls).toEqual([[100], [200]]);
  });

  it.each([409, 425])('retries a %s every time, and gives up after three tries', async (code) => {
    const fetch = vi.fn(() => reply(code));
    const { done, wait } = run(fetch);
    expect(await done).toEqual({ ok: false, attempts: 3, error: `HTTP ${code}`, status: code });
    expect(wait.mock.calls).toEqual([[100], [200]]);
  });

  it('does not retry a 4xx', async () => {
    const fetch = vi.fn(() => reply(400));
    const { done, wait } = run(fetch);
    expect(await done).toEqual({ ok: false, attempts: 1, error: 'HTTP 400', status: 400 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });
});

describe('postHandoff counts only what the endpoint itself confirms', () => {
  const submission = {
    key: '9b2c1f3e-0000-4000-8000-000000000000',
    body: '{"id":"9b2c1f3e-0000-4000-8000-000000000000"}',
  };
  const url = 'https://calm.example/intake';
  const send = (answer: () => Response) => {
    const fetch = vi.fn(() => Promise.resolve(answer()));
    return {
      fetch,
      done: postHandoff(url, submission, {
        fetch: fetch as unknown as typeof globalThis.fetch,
        wait: () => Promise.resolve(),
        baseDelay: 0,
      }),
    };
  };
  /** A Response as fetch gives it, with the fields a stub cannot set in its constructor. */
  const answered = (
    body: BodyInit | null,
    init: ResponseInit,
    fields: Partial<Pick<Response, 'type' | 'redirected' | 'url'>> = {},
  ) => {
    const response = new Response(body, init);
    for (const [key, value] of Object.entries(fields)) Object.defineProperty(response, key, { value });
    return response;
  };

  it.each([
    ['an empty 201', () => answered(null, { status: 201 })],
    ['a 204', () => answered(null, { status: 204 })],
    [
      'a 200 with a JSON object',
      () =>
        answered('{ "id": "lead-42" }', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    ],
    ['a 202 with {} as text/plain', () => answered('{}', { status: 202 })],
    ['a 200 with only whitespace', () => answered(' \n', { status: 200 })],
    ['a 200 from the endpoint itself', () => answered(null, { status: 200 }, { url })],
  ])('is delivered on %s', async (_, answer) => {
    expect(await send(answer).done).toEqual({ ok: true, attempts: 1 });
  });

  it.each([
    ['an opaque redirect (redirect: manual)', () => answered(null, { status: 200 }, { type: 'opaqueredirect' }), /^redirect: /],
    [
      'a followed redirect',
      () => answered('{}', { status: 200 }, { redirected: true, url: 'https://elsewhere.example/' }),
      /^redirect: /,
    ],
    ['a response from another URL', () => answered('{}', { status: 200 }, { url: 'https://calm.example/login' }), /^redirect: /],
    [
      'a 301',
      () =>
        answered(null, {
          status: 301,
          headers: { Location: 'https://elsewhere.example/' },
        }),
      /^redirect: .*HTTP 301/,
    ],
    [
      'a 308',
      () =>
        answered(null, {
          status: 308,
          headers: { Location: 'https://elsewhere.example/' },
        }),
      /^redirect: .*HTTP 308/,
    ],
    [
      'a 200 sign-in page',
      () =>
        answered('<!doctype html><title>Sign in</title>', {
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        }),
      /^unexpected reply: HTTP 200 with text\/html/,
    ],
    ['a 200 with a JSON array', () => answered('[]', { status: 200 }), /^unexpected reply/],
    ['a 200 with a JSON string', () => answered('"ok"', { status: 200 }), /^unexpected reply/],
  ])('is refused, once and for good, on %s', async (_, answer, error) => {
    const { done, fetch } = send(answer);
    const outcome = await done;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(error);
    expect(outcome.attempts).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('resends the identical bytes under the same key on every try', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => Promise.resolve(new Response(null, { status: 503 })))
      .mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')))
      .mockImplementationOnce(() => Promise.resolve(new Response(null, { status: 204 })));
    expect(
      await postHandoff(url, submission, {
        fetch,
        wait: () => Promise.resolve(),
        baseDelay: 0,
      }),
    ).toEqual({ ok: true, attempts: 3 });
    for (const [, init] of fetch.mock.calls as [string, RequestInit][]) {
      expect(init.body).toBe(submission.body);
      expect(init.headers).toMatchObject({ 'Idempotency-Key': submission.key });
    }
  });
});

describe('replyProblem', () => {
  const endpoint = 'https://calm.example/intake#form';
  const reply = {
    status: 200,
    type: 'cors',
    redirected: false,
    url: 'https://calm.example/intake',
    contentType: 'application/json',
  };
  it('ignores the fragment when comparing URLs, and reads the body only when asked', () => {
    expect(replyProblem(reply, endpoint)).toBeUndefined();
    expect(replyProblem({ ...reply, body: '{"id":"x"}' }, endpoint)).toBeUndefined();
    expect(replyProblem({ ...reply, body: 'OK' }, endpoint)).toMatch(/^unexpected reply: HTTP 200 with application\/json/);
  });
  it('says the status of an error', () => {
    expect(replyProblem({ ...reply, status: 503 }, endpoint)).toBe('HTTP 503');
  });
});

describe('sameSubmission', () => {
  const result = evaluateEligibility(eligibleAnswers());
  const base = {
    id: 'a',
    locale: 'en',
    consent,
    contact,
    answers: eligibleAnswers(),
    result,
    utm: {},
  };
  it('is the same submission at another time, with the answers in another order', () => {
    const reordered = Object.fromEntries(Object.entries(eligibleAnswers()).reverse()) as typeof base.answers;
    expect(
      sameSubmission(
        buildPayload({ ...base, now: new Date(1) }),
        buildPayload({
          ...base,
          id: 'b',
          answers: reordered,
          now: new Date(2),
        }),
      ),
    ).toBe(true);
  });
  it('is another submission once a field changed', () => {
    expect(sameSubmission(buildPayload(base), buildPayload({ ...base, contact: { ...contact, phone: '555 0101' } }))).toBe(false);
    expect(sameSubmission(buildPayload(base), buildPayload({ ...base, answers: { ...eligibleAnswers(), age: 41 } }))).toBe(false);
    expect(sameSubmission(buildPayload(base), buildPayload({ ...base, locale: 'es' }))).toBe(false);
    expect(sameSubmission(buildPayload(base), buildPayload({ ...base, consent: { ...consent, text: 'Acepto' } }))).toBe(false);
    expect(sameSubmission(buildPayload(base), buildPayload({ ...base, consent: { ...consent, version: 'w' } }))).toBe(false);
  });
  it('is the same submission when only the time of the consent (or its hash, which follows from its text) differs', () => {
    const later = { ...consent, agreedAt: '2025-01-02T03:05:00.000Z', sha256: '1'.repeat(64) };
    expect(sameSubmission(buildPayload(base), buildPayload({ ...base, consent: later }))).toBe(true);
  });
});

describe('postHandoff when the widget is removed', () => {
  const payload = { id: '9b2c1f3e-0000-4000-8000-000000000000', answers: {} } as HandoffPayload;
  const submission = { key: payload.id, body: JSON.stringify(payload) };
  const url = 'https://calm.example/intake';
  const reply = (status: number) => Promise.resolve(new Response('{}', { status }));

  it('aborts the request in flight and tries no more', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const wait = vi.fn(() => Promise.resolve());
    const done = postHandoff(url, submission, { fetch, wait, baseDelay: 100, signal: controller.signal });
    controller.abort();
    expect(await done).toEqual({ ok: false, attempts: 1, error: HANDOFF_ABORTED });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('sends nothing when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = vi.fn(() => reply(200));
    expect(
      await postHandoff(url, submission, { fetch, wait: () => Promise.resolve(), baseDelay: 0, signal: controller.signal }),
    ).toEqual({
      ok: false,
      attempts: 0,
      error: HANDOFF_ABORTED,
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('hand-off wording', () => {
  it('an interrupted send: "Finish sending" finishes sending; nothing promises the answers arrive (en, es)', () => {
    expect(handoffEn.interrupted('Calm Clinic')).toContain('To finish sending, choose "Finish sending".');
    expect(handoffEs.interrupted('Calm Clinic')).toContain('Para terminar el envío, elija «Terminar el envío».');
    expect(handoffEn.interrupted('Calm Clinic')).not.toMatch(/make sure|ensure|guarantee/i);
    expect(handoffEs.interrupted('Calm Clinic')).not.toMatch(/asegur|garantiz/i);
  });
});
