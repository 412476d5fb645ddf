import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import { $, deepActive, heading } from './helpers.js';

// The later steps (everything after the first step) load right after the first paint. Here they are held back
// until the test lets them through, to see what a patient who is faster than the network gets.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open, requested: 0 };
});
vi.mock('../../../src/components/eligibility-check/views/step-views.js', async (importOriginal) => {
  gate.requested++;
  await gate.opened;
  return importOriginal();
});

const LONG = { timeout: 10_000 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

function answer(el: KcEligibilityCheck, selector: string, value?: string) {
  const input = $<HTMLInputElement>(el, selector)!;
  if (value === undefined) input.click();
  else {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

describe('<kc-eligibility-check> before its later steps have arrived', () => {
  it('keeps a patient who presses Next (twice) on the first step, answers intact, and moves on once they arrive; a returning patient sees their step without a flash of the first', async () => {
    // A returning patient's draft, at the treatment-history step, on the same page.
    const draft = {
      answers: { age: 52, pregnant: false, gad7: [1, 1, 1, 1, 1, 1, 1], phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
      step: 'history',
      crisis: false,
    };
    sessionStorage.setItem(`kc-eligibility-check:${location.pathname}#back`, JSON.stringify(draft));
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <kc-eligibility-check id="fast"></kc-eligibility-check><kc-eligibility-check id="back"></kc-eligibility-check>
      </div>`,
    );
    const [el, returning] = [...page.querySelectorAll('kc-eligibility-check')] as [KcEligibilityCheck, KcEligibilityCheck];
    await vi.waitFor(() => expect(heading(el)).toBe('About you'), LONG);
    const changes: unknown[] = [];
    el.addEventListener('kc-step-change', (e) => changes.push(e.detail));
    // The first step is usable at once; the later steps were asked for (once for the page), not waited for.
    expect(gate.requested).toBe(1);
    answer(el, '#age', '40');
    answer(el, 'input[name=pregnant][value=false]');
    await el.updateComplete;
    const next = $<HTMLButtonElement>(el, '.nav .kc-button--primary')!;
    next.focus();
    next.click();
    next.click();
    await tick();
    await el.updateComplete;
    // Nothing new: still the first step, the same answers, focus where it was, no event, no error.
    expect(heading(el)).toBe('About you');
    expect(el.step).toBe('about');
    expect($<HTMLInputElement>(el, '#age')!.value).toBe('40');
    expect($<HTMLInputElement>(el, 'input[name=pregnant][value=false]')!.checked).toBe(true);
    expect(el.answers).toEqual({ age: 40, pregnant: false });
    expect($(el, '[part=error-summary]')).toBeNull();
    expect(deepActive()).toBe(next);
    expect(changes).toEqual([]);
    // The returning patient's widget shows nothing until it can show their step: no flash of the first step.
    expect(returning.shadowRoot!.querySelector('h2, form')).toBeNull();
    // The draft is already kept, so not even a reload would lose these answers.
    expect(JSON.parse(sessionStorage.getItem(`kc-eligibility-check:${location.pathname}#fast`)!)).toMatchObject({
      answers: { age: 40, pregnant: false },
      step: 'about',
    });

    gate.open();
    await vi.waitFor(() => expect(heading(el)).toBe('Anxiety'), LONG);
    // One move (two presses), with the usual focus (the heading, described by the progress line) and event.
    expect(changes).toEqual([{ step: 'anxiety', index: 1, total: 6 }]);
    expect(deepActive()).toBe($(el, 'h2'));
    expect($(el, 'h2')!.getAttribute('aria-describedby')).toBe('progress');
    expect(el.answers).toEqual({ age: 40, pregnant: false });
    expect(heading(returning)).toBe(en.steps.history);
    expect(returning.answers).toEqual(draft.answers);
    $<HTMLButtonElement>(el, '.nav .kc-button:not(.kc-button--primary)')!.click();
    await vi.waitFor(() => expect(heading(el)).toBe('About you'), LONG);
    expect($<HTMLInputElement>(el, '#age')!.value).toBe('40');
    expect($<HTMLInputElement>(el, 'input[name=pregnant][value=false]')!.checked).toBe(true);
  });
});
