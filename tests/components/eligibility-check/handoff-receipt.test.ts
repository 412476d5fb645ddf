import { fixture, html } from '@open-wc/testing-helpers';
import Ajv2020 from 'ajv/dist/2020.js';
import type { TemplateResult } from 'lit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import { toFhirBundle } from '../../../src/components/eligibility-check/fhir.js';
import type { HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import { HANDOFF_SCHEMA } from '../../../src/components/eligibility-check/handoff-schema.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { eligibleAnswers } from './fixtures.js';
import { $, fakeEndpoint, fillHandoff, isolateHandoffTests, sendHandoff, settle } from './helpers.js';

/**
 * What the hand-off records and sends beyond the answers: the consent receipt, the format (`handoff-format`), and the
 * copy a patient can keep of what they sent.
 */
const ENDPOINT = 'https://calm.example/intake';
const validatePayload = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(HANDOFF_SCHEMA);

let endpoint: ReturnType<typeof fakeEndpoint> | undefined;
isolateHandoffTests(() => {
  endpoint?.restore();
  endpoint = undefined;
});

async function atHandoff(
  template: TemplateResult = html`<kc-eligibility-check
    name="Calm Harbor"
    endpoint=${ENDPOINT}
    retry-delay="0"
  ></kc-eligibility-check>`,
) {
  const el = await fixture<KcEligibilityCheck>(template);
  await settle(el);
  el.answers = eligibleAnswers();
  el.step = 'handoff';
  await vi.waitFor(() => expect($(el, '[part=handoff]')).not.toBeNull(), { timeout: 10_000 });
  await settle(el);
  return el;
}

/** Fills the form, ticks the box and sends; resolves with the kc-submit payload once the endpoint confirmed. */
async function send(el: KcEligibilityCheck): Promise<HandoffPayload> {
  const submitted: HandoffPayload[] = [];
  el.addEventListener('kc-submit', (e) => submitted.push(e.detail.payload));
  const done = new Promise((resolve) => el.addEventListener('kc-submit-success', resolve, { once: true }));
  fillHandoff(el, { name: 'Ana', email: 'ana@example.com', time: 'evening', consent: true });
  sendHandoff(el);
  await done;
  await settle(el);
  return submitted[0]!;
}

const hex = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
const headers = (init: RequestInit) => init.headers as Record<string, string>;

describe('<kc-eligibility-check> hand-off: the consent receipt', () => {
  it('records the consent text as shown, its version, its SHA-256, the language and when the box was ticked; the body validates against the schema', async () => {
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff();
    const shown = $(el, '[part=handoff] label.opt')!.textContent!;
    const before = Date.now();
    const payload = await send(el);
    const body = JSON.parse(endpoint.calls[0]!.init.body as string) as HandoffPayload;
    expect(body).toEqual(payload);
    expect(headers(endpoint.calls[0]!.init)['Content-Type']).toBe('application/json');
    expect(validatePayload(body), JSON.stringify(validatePayload.errors)).toBe(true);
    expect(body.schemaVersion).toBe(1);
    expect(body.consent).toEqual({
      text: shown,
      version: 'handoff-consent-1',
      sha256: await hex(shown),
      language: 'en',
      agreedAt: expect.any(String),
    });
    expect(Date.parse(body.consent.agreedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(body.consent.agreedAt)).toBeLessThanOrEqual(Date.parse(body.submittedAt));
  });

  it('records the Spanish text, hashed as shown, for a reader of Spanish', async () => {
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff(
      html`<kc-eligibility-check lang="es" name="Calm Harbor" endpoint=${ENDPOINT} retry-delay="0"></kc-eligibility-check>`,
    );
    await vi.waitFor(() => expect($(el, '[part=handoff] label.opt')!.textContent).toMatch(/^Acepto enviar/));
    const shown = $(el, '[part=handoff] label.opt')!.textContent!;
    const payload = await send(el);
    expect(payload.consent).toMatchObject({ text: shown, language: 'es', sha256: await hex(shown) });
    expect(payload.locale).toBe('es');
    expect(validatePayload(payload), JSON.stringify(validatePayload.errors)).toBe(true);
  });
});

describe('<kc-eligibility-check handoff-format>', () => {
  it('"fhir" POSTs the FHIR R4 transaction Bundle of the payload as application/fhir+json, the same bytes and key on every try', async () => {
    endpoint = fakeEndpoint((attempt) =>
      attempt === 1 ? new Response('{}', { status: 503 }) : new Response(null, { status: 201 }),
    );
    const el = await atHandoff(
      html`<kc-eligibility-check
        handoff-format="fhir"
        name="Calm Harbor"
        endpoint=${ENDPOINT}
        retry-delay="0"
      ></kc-eligibility-check>`,
    );
    const payload = await send(el);
    expect(endpoint.calls).toHaveLength(2);
    const [first, second] = endpoint.calls.map((c) => c.init) as [RequestInit, RequestInit];
    expect(headers(first)['Content-Type']).toBe('application/fhir+json');
    expect(second.body).toBe(first.body);
    expect(headers(second)['Idempotency-Key']).toBe(headers(first)['Idempotency-Key']);
    expect(headers(first)['Idempotency-Key']).toBe(payload.id);
    expect(JSON.parse(first.body as string)).toEqual(toFhirBundle(payload));
    expect(JSON.parse(first.body as string)).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    expect(validatePayload(payload)).toBe(true);
  });

  it('can be set as the handoffFormat property', async () => {
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff();
    el.handoffFormat = 'fhir';
    await settle(el);
    await send(el);
    expect(headers(endpoint.calls[0]!.init)['Content-Type']).toBe('application/fhir+json');
    expect(JSON.parse(endpoint.calls[0]!.init.body as string).resourceType).toBe('Bundle');
  });

  it('sends a new submission when the format changed after a send that did not go through', async () => {
    endpoint = fakeEndpoint((attempt) =>
      attempt === 1 ? new Response('{}', { status: 400 }) : new Response(null, { status: 204 }),
    );
    const el = await atHandoff();
    const failed = new Promise((resolve) => el.addEventListener('kc-submit-error', resolve, { once: true }));
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await failed;
    el.handoffFormat = 'fhir';
    await settle(el);
    sendHandoff(el);
    await vi.waitFor(() => expect(endpoint!.calls).toHaveLength(2));
    const [json, fhir] = endpoint.calls.map((c) => c.init) as [RequestInit, RequestInit];
    expect(headers(fhir)['Content-Type']).toBe('application/fhir+json');
    expect(headers(fhir)['Idempotency-Key']).not.toBe(headers(json)['Idempotency-Key']);
  });

  it('after a reload during a FHIR send, finishes it with the same key, body and Content-Type', async () => {
    let answer!: (r: Response) => void;
    const calls: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = ((_: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((resolve, reject) => {
        calls.push(init);
        answer = resolve;
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    endpoint = { calls: [], restore: () => (window.fetch = original) };
    const template = () =>
      html`<kc-eligibility-check
        id="f"
        handoff-format="fhir"
        name="Calm Harbor"
        endpoint=${ENDPOINT}
        retry-delay="0"
      ></kc-eligibility-check>`;
    const el = await atHandoff(template());
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const stored = Object.entries(sessionStorage);
    el.remove();
    sessionStorage.clear();
    for (const [key, value] of stored) sessionStorage.setItem(key, value);
    const again = await fixture<KcEligibilityCheck>(template());
    await vi.waitFor(() => expect($(again, '[part=handoff]')).not.toBeNull(), { timeout: 10_000 });
    await settle(again);
    expect($<HTMLInputElement>(again, '[name=consent]')!.checked).toBe(true);
    sendHandoff(again);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.body).toBe(calls[0]!.body);
    expect(headers(calls[1]!)).toEqual(headers(calls[0]!));
    expect(headers(calls[1]!)['Content-Type']).toBe('application/fhir+json');
    answer(new Response(null, { status: 204 }));
  });

  it.each(['xml', 'FHIR R4'])('"%s" is shown and logged naming handoff-format, and JSON is sent', async (value) => {
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff(
      html`<kc-eligibility-check
        handoff-format=${value}
        name="Calm Harbor"
        endpoint=${ENDPOINT}
        retry-delay="0"
      ></kc-eligibility-check>`,
    );
    expect($(el, '[part=config-error]')!.textContent).toContain(`handoff-format: "${value}" is not json or fhir; json is used.`);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> handoff-format:'));
    await send(el);
    expect(headers(endpoint.calls[0]!.init)['Content-Type']).toBe('application/json');
  });
});

describe('<kc-eligibility-check> hand-off: "Copy what I sent"', () => {
  let clipboard: string[];
  beforeEach(() => {
    clipboard = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void clipboard.push(text) },
      configurable: true,
    });
  });

  it('copies a plain-text copy of what was sent, consent text included, and sends nothing anywhere else', async () => {
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff(
      html`<kc-eligibility-check name="Calm Harbor" endpoint=${ENDPOINT} retry-delay="0"></kc-eligibility-check>`,
    );
    const href = location.href;
    const payload = await send(el);
    const button = $<HTMLButtonElement>(el, '[part=handoff-copy]')!;
    expect(button.textContent!.trim()).toBe('Copy what I sent');
    await expectNoAxeViolations(el);
    button.click();
    await vi.waitFor(() => expect(clipboard).toHaveLength(1));
    const text = clipboard[0]!;
    expect(text).toContain('What you sent to Calm Harbor');
    expect(text).toContain(`Reference: ${payload.id}`);
    expect(text).toContain('Your name: Ana');
    expect(text).toContain(
      '- Which treatments have you tried? Choose all that apply: An SSRI or SNRI antidepressant; Talking therapy (psychotherapy)',
    );
    expect(text).toContain('Email: ana@example.com');
    expect(text).toContain(
      `You agreed to:\n${payload.consent.text}\n(Consent version: handoff-consent-1; SHA-256 ${payload.consent.sha256})`,
    );
    expect(text).toContain('- Feeling nervous, anxious, or on edge: More than half the days');
    expect(text).toContain('- How old are you? 34');
    expect(text).toContain('This is a screening, not a diagnosis.');
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain('Copied. You can paste it into a note or an email to yourself.');
    // The answers left the page once, to the endpoint; not in the address, not in storage.
    expect(endpoint.calls.map((c) => c.url)).toEqual([ENDPOINT]);
    expect(location.href).toBe(href);
    expect(Object.keys(localStorage)).toEqual([]);
    expect(sessionStorage.length).toBe(0);
  });

  it('is in Spanish for a reader of Spanish, and says so when copying is not allowed', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    endpoint = fakeEndpoint(() => new Response(null, { status: 204 }));
    const el = await atHandoff(
      html`<kc-eligibility-check lang="es" name="Calm Harbor" endpoint=${ENDPOINT} retry-delay="0"></kc-eligibility-check>`,
    );
    await vi.waitFor(() => expect($(el, '[part=handoff] label.opt')!.textContent).toMatch(/^Acepto enviar/));
    await send(el);
    const button = $<HTMLButtonElement>(el, '[part=handoff-copy]')!;
    expect(button.textContent!.trim()).toBe('Copiar lo que envié');
    button.click();
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('No se pudo copiar.'));
  });
});
