import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import type { HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { eligibleAnswers } from './fixtures.js';
import {
  $,
  deepActive,
  fakeEndpoint,
  fillHandoff,
  heading,
  pressByKeyboard,
  sendHandoff,
  settle,
  tabTo,
  typeByKeyboard,
  ENDPOINT,
  UUID,
  ok,
  status,
  offline,
  atHandoff,
  events,
  headerOf,
  isolateHandoffTests,
} from './helpers.js';

let endpoint: ReturnType<typeof fakeEndpoint> | undefined;
isolateHandoffTests(() => {
  endpoint?.restore();
  endpoint = undefined;
});

describe('<kc-eligibility-check> hand-off', () => {
  it('has no hand-off step without an endpoint', async () => {
    const el = await fixture<KcEligibilityCheck>(html`<kc-eligibility-check></kc-eligibility-check>`);
    const totals: number[] = [];
    el.addEventListener('kc-step-change', (e) => totals.push(e.detail.total));
    el.answers = eligibleAnswers();
    el.step = 'health';
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    el.step = 'handoff';
    await settle(el);
    expect(el.step).toBe('result');
    expect(totals).toEqual([6]);
    expect(el.shadowRoot!.textContent).not.toContain('Send my answers');
  });

  it('sends nothing without consent naming the clinic, and says what is missing', async () => {
    endpoint = fakeEndpoint(ok);
    const el = await atHandoff();
    expect(heading(el)).toBe('Send your answers to the clinic');
    expect($(el, '[part=handoff] label.opt')!.textContent).toBe(
      'I agree to send my answers and contact details to Calm Harbor, so they can contact me about this screening.',
    );
    sendHandoff(el);
    await settle(el);
    expect(endpoint.calls).toEqual([]);
    expect(deepActive()).toBe($(el, '#h-name'));
    expect($(el, '#h-name')!.getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#h-name-e')!.textContent).toBe('Please enter your name.');
    expect($(el, '#h-email')!.getAttribute('aria-describedby')).toBe('h-reach h-reach-e');
    expect($(el, '[name=consent]')!.getAttribute('aria-describedby')).toBe('h-consent-e');
    await expectNoAxeViolations(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100' });
    sendHandoff(el);
    await settle(el);
    expect(endpoint.calls).toEqual([]);
    expect(deepActive()).toBe($(el, '[name=consent]'));
  });

  it.each([
    ['en', 'Email or phone: one of the two is required. You can give both.'],
    ['es', 'Correo electrónico o teléfono: se necesita uno de los dos. Puede indicar ambos.'],
  ])(
    '%s: name and consent are marked required; email and phone are described as "one of the two is required"',
    async (lang, hint) => {
      const el = await fixture<KcEligibilityCheck>(
        html`<kc-eligibility-check lang=${lang} name="Calm Harbor" endpoint=${ENDPOINT}></kc-eligibility-check>`,
      );
      await settle(el);
      el.answers = eligibleAnswers();
      el.step = 'handoff';
      await vi.waitFor(() => expect($(el, '[part=handoff]')).not.toBeNull(), { timeout: 10_000 });
      await settle(el);
      expect($(el, '#h-name')!.getAttribute('aria-required')).toBe('true');
      expect($(el, '[name=consent]')!.getAttribute('aria-required')).toBe('true');
      expect($(el, '#h-reach')!.textContent).toBe(hint);
      for (const field of ['email', 'phone']) {
        const input = $(el, `#h-${field}`)!;
        expect(input.hasAttribute('aria-required'), field).toBe(false);
        expect(input.getAttribute('aria-describedby'), field).toBe('h-reach');
      }
      await expectNoAxeViolations(el);
    },
  );

  it('POSTs the screening to the endpoint only, with an Idempotency-Key, disabling the button while sending', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = window.fetch;
    const calls: { url: string; init: RequestInit }[] = [];
    window.fetch = (async (url: RequestInfo | URL, init: RequestInit = {}) => {
      calls.push({ url: String(url), init });
      await gate;
      return ok();
    }) as typeof fetch;
    endpoint = { calls, restore: () => (window.fetch = original) };
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', time: 'evening', consent: true });
    sendHandoff(el);
    await settle(el);
    const button = $<HTMLButtonElement>(el, '[part=handoff] button')!;
    expect(button.disabled).toBe(true);
    expect(button.textContent!.trim()).toBe('Sending…');
    sendHandoff(el);
    // The send starts once the consent receipt is hashed (asynchronously): one request, whatever the second click did.
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await settle(el);
    expect(calls).toHaveLength(1);
    release();
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['kc-submit', 'kc-submit-success']));
    const [{ url, init }] = calls as [{ url: string; init: RequestInit }];
    expect(url).toBe(ENDPOINT);
    expect(init.method).toBe('POST');
    const payload = JSON.parse(init.body as string) as HandoffPayload;
    expect(payload).toEqual((seen[0]!.detail as { payload: HandoffPayload }).payload);
    expect(payload).toMatchObject({
      locale: 'en',
      clinic: 'Calm Harbor',
      outcome: 'eligible',
      reasons: [],
      scores: { gad7: { score: 12, band: 'moderate' } },
      answers: eligibleAnswers(),
      contact: { name: 'Ana', email: 'ana@example.com', phone: '', time: 'evening' },
      utm: {},
    });
    expect(payload.id).toMatch(UUID);
    expect(headerOf(init)).toBe(payload.id);
    expect(seen[1]!.detail).toEqual({ id: payload.id });
    await settle(el);
    expect($(el, '[part=handoff-status]')!.textContent).toBe('Sent. Calm Harbor now has your answers.');
    expect(deepActive()).toBe($(el, '[part=handoff-status]'));
    expect(sessionStorage.length).toBe(0);
  });

  it('retries a 500 and succeeds, sending the same Idempotency-Key', async () => {
    endpoint = fakeEndpoint((n) => (n === 1 ? status(500)() : ok()));
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['kc-submit', 'kc-submit-success']));
    expect(endpoint.calls).toHaveLength(2);
    expect(new Set(endpoint.calls.map((c) => headerOf(c.init))).size).toBe(1);
  });

  it('keeps trying while offline, and succeeds on the last try', async () => {
    endpoint = fakeEndpoint((n) => (n < 3 ? offline() : ok()));
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-success'));
    expect(endpoint.calls).toHaveLength(3);
  });

  it('reports failure after three tries offline, keeps the answers, and tries again with the same key', async () => {
    endpoint = fakeEndpoint(offline);
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    expect(seen.at(-1)!.detail).toEqual({ error: 'Failed to fetch', attempts: 3 });
    expect(endpoint.calls).toHaveLength(3);
    await settle(el);
    expect($(el, '[part=handoff-status]')!.getAttribute('role')).toBe('alert');
    expect(el.shadowRoot!.textContent).toContain('call the clinic');
    expect(el.answers).toEqual(eligibleAnswers());
    // The draft, and the submission kept with it so that a reload can finish it.
    expect(sessionStorage.length).toBe(2);
    expect($<HTMLInputElement>(el, '#h-name')!.value).toBe('Ana');
    expect($(el, '[part=handoff] button')!.textContent!.trim()).toBe('Try again');
    endpoint.restore();
    endpoint = fakeEndpoint(ok);
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-success'));
    expect(headerOf(endpoint.calls[0]!.init)).toBe((seen[0]!.detail as { payload: HandoffPayload }).payload.id);
  });

  it('does not retry a 400', async () => {
    endpoint = fakeEndpoint(status(400));
    const el = await atHandoff();
    const seen = events(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(seen.at(-1)?.type).toBe('kc-submit-error'));
    expect(seen.at(-1)!.detail).toEqual({ error: 'HTTP 400', attempts: 1 });
    expect(endpoint.calls).toHaveLength(1);
    expect(el.answers).toEqual(eligibleAnswers());
    await settle(el);
    await expectNoAxeViolations(el);
  });

  it('lets the host send the data its own way by cancelling kc-submit', async () => {
    endpoint = fakeEndpoint(ok);
    const el = await atHandoff();
    let payload: HandoffPayload | undefined;
    el.addEventListener('kc-submit', (e) => {
      e.preventDefault();
      payload = e.detail.payload;
    });
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await settle(el);
    expect(payload?.outcome).toBe('eligible');
    expect(endpoint.calls).toEqual([]);
  });

  it('sends the allowlisted utm_* parameters of the page, and nothing else from its URL', async () => {
    const url = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=news&utm_campaign=spring&email=ana%40example.com&gclid=1`);
    try {
      endpoint = fakeEndpoint(ok);
      const el = await atHandoff();
      fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
      sendHandoff(el);
      await vi.waitFor(() => expect(endpoint!.calls).toHaveLength(1));
      expect(JSON.parse(endpoint.calls[0]!.init.body as string).utm).toEqual({ utm_source: 'news', utm_campaign: 'spring' });
      expect(endpoint.calls[0]!.url).toBe(ENDPOINT);
    } finally {
      history.replaceState(null, '', url);
    }
  });

  it('makes no request anywhere but the endpoint, from loading to a hand-off filled in and sent by keyboard', async () => {
    endpoint = fakeEndpoint(ok);
    const beacon = vi.spyOn(navigator, 'sendBeacon');
    const xhr = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const el = await atHandoff();
    await typeByKeyboard('name', 'Ana');
    await typeByKeyboard('email', 'ana@example.com');
    await tabTo((a) => a instanceof HTMLInputElement && a.name === 'consent', 'consent');
    await userEvent.keyboard('{ }');
    await pressByKeyboard(/^Send$/);
    await vi.waitFor(() => expect($(el, '[part=handoff-status]')?.textContent).toContain('Sent.'));
    expect(endpoint.calls.map((c) => c.url)).toEqual([ENDPOINT]);
    expect(beacon).not.toHaveBeenCalled();
    expect(xhr).not.toHaveBeenCalled();
    const elsewhere = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !before.has(name) && new URL(name).origin !== location.origin);
    expect(elsewhere).toEqual([]);
  });
});

describe('<kc-eligibility-check> hand-off: bad settings are config errors', () => {
  it.each(['abc', '-5000', '1e309', '86400000'])(
    'retry-delay="%s" is shown and logged, and the default delay is used',
    async (value) => {
      endpoint = fakeEndpoint(offline);
      const el = await atHandoff(value);
      expect($(el, '[part=config-error]')!.textContent).toContain(
        `retry-delay: "${value}" is not a number of milliseconds from 0 to 60000; 1000 is used.`,
      );
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> retry-delay:'));
      fillHandoff(el, { name: 'Ana', phone: '555 0100', consent: true });
      sendHandoff(el);
      await vi.waitFor(() => expect(endpoint!.calls).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(endpoint.calls).toHaveLength(1);
    },
  );

  it('an endpoint with a user name and password is refused: no hand-off step, a notice without the password', async () => {
    const el = await fixture<KcEligibilityCheck>(
      html`<kc-eligibility-check endpoint="https://clinic:hunter2@calm.example/intake"></kc-eligibility-check>`,
    );
    await settle(el);
    const notice = $(el, '[part=config-error]')!.textContent!;
    expect(notice).toContain('"…@calm.example" has a user name or password in it: remove them');
    expect(notice).not.toContain('hunter2');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> endpoint:'));
    expect(el.shadowRoot!.textContent).not.toContain('hunter2');
    el.answers = eligibleAnswers();
    el.step = 'result';
    await settle(el);
    expect(el.step).toBe('result');
    expect(el.shadowRoot!.textContent).not.toContain('Send my answers');
  });
});
