import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import type { HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import { eligibleAnswers } from './fixtures.js';
import { $, fakeEndpoint, fillHandoff, heading, isolateHandoffTests, openHandoff, sendHandoff, settle } from './helpers.js';

const ENDPOINT = 'https://calm.example/intake';

/** Answers PHQ-9 item 9 on the mood step as a patient would (a click on a radio). */
async function answerItem9(el: KcEligibilityCheck, value: number) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="phq9.9"][value="${value}"]`)!.click();
  await settle(el);
}

let endpoint: ReturnType<typeof fakeEndpoint> | undefined;
isolateHandoffTests(() => {
  endpoint?.restore();
  endpoint = undefined;
});

describe('a self-harm answer, once given, is never lost', () => {
  it('keeps the outcome "crisis" (and its reason in the hand-off) when item 9 is changed back to "Not at all"', async () => {
    endpoint = fakeEndpoint(() => new Response('{}', { status: 200 }));
    const el = await fixture<KcEligibilityCheck>(
      html`<kc-eligibility-check
        name="Calm Harbor"
        booking-url="https://calm.example/book"
        endpoint=${ENDPOINT}
        retry-delay="0"
      ></kc-eligibility-check>`,
    );
    await settle(el);
    el.answers = eligibleAnswers();
    el.step = 'mood';
    await settle(el);
    await answerItem9(el, 2);
    expect($(el, '[part=crisis]')).not.toBeNull();
    await answerItem9(el, 0);
    expect(el.answers.phq9![8]).toBe(0);
    expect($(el, '[part=crisis]')).not.toBeNull();
    const results: { outcome: string }[] = [];
    el.addEventListener('kc-result', (e) => results.push(e.detail));
    el.step = 'result';
    await settle(el);
    // Moving by code fires no event; the patient's own move does. Both show the same outcome.
    expect(heading(el)).toBe(en.outcomes.crisis.title);
    expect(el.shadowRoot!.querySelector('a[href="https://calm.example/book"]')).toBeNull();
    // The clinic still learns that item 9 was answered positively.
    await openHandoff(el);
    fillHandoff(el, { name: 'Ana', email: 'ana@example.com', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect(endpoint!.calls).toHaveLength(1));
    const payload = JSON.parse(endpoint!.calls[0]!.init.body as string) as HandoffPayload;
    expect(payload.outcome).toBe('crisis');
    expect(payload.reasons[0]).toMatchObject({ rule: 'selfHarm', answer: 'phq9.9', action: 'crisis' });
  });

  it('shows the crisis panel on every step once flagged, the first two included', async () => {
    const el = await fixture<KcEligibilityCheck>(html`<kc-eligibility-check></kc-eligibility-check>`);
    await settle(el);
    el.answers = eligibleAnswers();
    el.step = 'mood';
    await settle(el);
    await answerItem9(el, 1);
    for (const step of ['about', 'anxiety', 'mood', 'history', 'health', 'result'] as const) {
      el.step = step;
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('[part=crisis]'), step).toHaveLength(1);
    }
  });
});

describe('after a successful hand-off', () => {
  it('keeps nothing in sessionStorage, even when the patient goes Back', async () => {
    endpoint = fakeEndpoint(() => new Response('{}', { status: 200 }));
    const el = await fixture<KcEligibilityCheck>(
      html`<kc-eligibility-check id="h" name="Calm Harbor" endpoint=${ENDPOINT} retry-delay="0"></kc-eligibility-check>`,
    );
    await settle(el);
    el.answers = eligibleAnswers();
    el.step = 'result';
    await settle(el);
    expect(sessionStorage.length).toBe(1);
    await openHandoff(el);
    fillHandoff(el, { name: 'Ana', phone: '555 010 1234', consent: true });
    sendHandoff(el);
    await vi.waitFor(() => expect($(el, '[part=handoff-status]')?.textContent).toContain('Sent'));
    expect(sessionStorage.length).toBe(0);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Back')!.click();
    await settle(el);
    expect(heading(el)).toBe(en.outcomes.eligible.title);
    expect(sessionStorage.length).toBe(0);
    // Starting over is a new screening, which may keep a draft again.
    el.reset();
    await settle(el);
    el.answers = { age: 40 };
    el.step = 'about';
    await settle(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=pregnant]')!.click();
    await settle(el);
    expect(sessionStorage.length).toBe(1);
  });
});
