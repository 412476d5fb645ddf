import { html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HEALTH_ITEMS, type EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import es from '../../../src/components/eligibility-check/locales/es.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { eligibleAnswers } from './fixtures.js';
import {
  $,
  $$,
  at,
  chooseByKeyboard,
  deepActive,
  heading,
  mount,
  pressByKeyboard,
  settle,
  typeByKeyboard,
  walkByKeyboard,
  quietConsole,
} from './helpers.js';

quietConsole();

describe('<kc-eligibility-check>: outcomes, by keyboard only', () => {
  const outcome = (el: KcEligibilityCheck, results: unknown[]) => ({ heading: heading(el), detail: results.at(-1) });

  it('walks to "eligible" and offers the booking link', async () => {
    const el = await mount(html`<kc-eligibility-check booking-url="https://calm.example/book"></kc-eligibility-check>`);
    const results: unknown[] = [];
    el.addEventListener('kc-result', (e) => results.push(e.detail));
    await walkByKeyboard(el, { age: '34', gad7: [2, 2, 2, 2, 2, 1, 1] });
    expect(outcome(el, results)).toEqual({
      heading: en.outcomes.eligible.title,
      detail: {
        outcome: 'eligible',
        reasons: [],
        scores: { gad7: { score: 12, band: 'moderate' }, phq9: { score: 0, band: 'minimal', selfHarm: false } },
      },
    });
    expect($(el, '[part=result]')!.textContent).toContain('This is a screening, not a diagnosis.');
    expect($(el, '[part=result]')!.textContent).toContain('Anxiety (GAD-7): 12 out of 21, moderate symptoms');
    expect($<HTMLAnchorElement>(el, 'a.kc-button')!.href).toBe('https://calm.example/book');
    expect(deepActive()).toBe($(el, 'h2'));
    await expectNoAxeViolations(el);
  });

  it('walks to "review" and lists what a clinician will want to discuss', async () => {
    const el = await mount(html`<kc-eligibility-check phone="+1 555 010 2000"></kc-eligibility-check>`);
    const results: unknown[] = [];
    el.addEventListener('kc-result', (e) => results.push(e.detail));
    await walkByKeyboard(el, { age: '34', gad7: [2, 2, 2, 2, 2, 1, 1], health: { lamotrigine: 0, heart: 0 } });
    expect(outcome(el, results)).toMatchObject({
      heading: en.outcomes.review.title,
      detail: {
        outcome: 'review',
        reasons: [
          { rule: 'heart', answer: 'health.heart', action: 'review' },
          { rule: 'lamotrigine', answer: 'health.lamotrigine', action: 'review' },
        ],
      },
    });
    const text = $(el, '[part=result]')!.textContent!;
    expect(text).toContain(en.discuss);
    expect(text).toContain('Lamotrigine');
    expect(text).toContain(en.health.heart);
    expect(text).toContain('This is a screening, not a diagnosis.');
    expect($<HTMLAnchorElement>(el, '[part=result] a[href^="tel:"]')!.href).toBe('tel:+15550102000');
    await expectNoAxeViolations(el);
  });

  it('walks to "ineligible" (under the minimum age): asks the self-harm question alone, then ends gently, without blame', async () => {
    const el = await mount(html`<kc-eligibility-check min-age="21"></kc-eligibility-check>`);
    const results: unknown[] = [];
    const changes: unknown[] = [];
    el.addEventListener('kc-result', (e) => results.push(e.detail));
    el.addEventListener('kc-step-change', (e) => changes.push(e.detail));
    await typeByKeyboard('age', '19');
    await chooseByKeyboard('pregnant', 1);
    await settle(el);
    expect($(el, '[part=progress]')!.textContent).toBe('Step 1 of 2');
    expect($(el, '.nav .kc-button--primary')!.textContent!.trim()).toBe('Next');
    await pressByKeyboard(/Next/);
    await settle(el);
    // The self-harm question, verbatim and on its own, before the result: the crisis path is the same on every path.
    expect(heading(el)).toBe('Mood');
    expect($(el, '[part=progress]')!.textContent).toBe('Step 2 of 2');
    // Said once: the focused heading, described by the progress line; the status line stays quiet.
    expect($(el, 'h2')!.getAttribute('aria-describedby')).toBe('progress');
    expect($(el, '[role=status]')!.textContent).toBe('');
    expect($$(el, 'fieldset').map((f) => f.dataset.q)).toEqual(['phq9.9']);
    expect($(el, 'fieldset legend')!.textContent).toBe(en.phq9.items[8]);
    expect($(el, '.nav .kc-button--primary')!.textContent!.trim()).toBe('See my result');
    // Unanswered, it is asked for like any other question.
    await pressByKeyboard(/See my result/);
    await settle(el);
    expect(heading(el)).toBe('Mood');
    expect($(el, '[part=error-summary]')!.textContent).toContain(en.phq9.items[8]);
    await chooseByKeyboard('phq9.9', 0);
    await pressByKeyboard(/See my result/);
    await settle(el);
    expect(outcome(el, results)).toEqual({
      heading: en.outcomes.ineligible.title,
      detail: { outcome: 'ineligible', reasons: [{ rule: 'age', answer: 'age', action: 'exclude' }], scores: {} },
    });
    expect(changes).toEqual([
      { step: 'mood', index: 1, total: 3 },
      { step: 'result', index: 2, total: 3 },
    ]);
    const text = $(el, '[part=result]')!.textContent!;
    expect(text).toContain('The clinic treats people aged 21 and over.');
    expect(text).toContain('the clinic likely can’t offer ketamine treatment at this time');
    expect(text).toContain('if an answer doesn’t fit your situation, call the clinic');
    expect(text).toContain(en.alternatives);
    expect(text).toContain('This is a screening, not a diagnosis.');
    expect($(el, '[part=crisis]')).toBeNull();
    await pressByKeyboard(/^Back$/);
    await settle(el);
    expect(heading(el)).toBe('Mood');
    await pressByKeyboard(/^Back$/);
    await settle(el);
    expect(heading(el)).toBe('About you');
    expect(changes.slice(2)).toEqual([
      { step: 'mood', index: 1, total: 3 },
      { step: 'about', index: 0, total: 3 },
    ]);
  });

  it.each([
    [
      'under the minimum age',
      html`<kc-eligibility-check phone="555 010 2000"></kc-eligibility-check>`,
      { age: 16, pregnant: false },
      'The clinic treats people aged 18 and over.',
    ],
    [
      'outside the area served',
      html`<kc-eligibility-check regions="US-CA" phone="555 010 2000"></kc-eligibility-check>`,
      { age: 40, region: 'other', pregnant: false },
      'The clinic does not offer treatment where you live.',
    ],
  ] as const)(
    'shows the crisis panel at once on a self-harm answer after a first step that ends the screening (%s)',
    async (_, template, first, why) => {
      const el = await mount(template);
      const crises: unknown[] = [];
      const results: { outcome: string }[] = [];
      el.addEventListener('kc-crisis', (e) => crises.push(e.detail));
      el.addEventListener('kc-result', (e) => results.push(e.detail));
      el.answers = first;
      await settle(el);
      $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
      await settle(el);
      expect(el.step).toBe('mood');
      expect($(el, '[part=crisis]')).toBeNull();
      $<HTMLInputElement>(el, 'input[name="phq9.9"][value="1"]')!.click();
      await settle(el);
      expect($$(el, '[part=crisis]')).toHaveLength(1);
      expect(crises).toEqual([{ source: 'phq9-item9' }]);
      expect($(el, '[role=status]')!.textContent).toBe(en.crisis.heading);
      await expectNoAxeViolations(el);
      $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
      await settle(el);
      expect(results.at(-1)!.outcome).toBe('crisis');
      expect(heading(el)).toBe(en.outcomes.crisis.title);
      const order = [...el.shadowRoot!.querySelectorAll('[part=crisis], [part=result]')].map((n) => n.getAttribute('part'));
      expect(order).toEqual(['crisis', 'result']);
      expect($(el, '[part=result] a[href="tel:5550102000"]')).not.toBeNull();
      // After the crisis resources: why the clinic likely can't treat, with a text that does not imply it will.
      const result = $(el, '[part=result]')!;
      const lines = [...result.querySelectorAll('p, li')].map((n) => n.textContent!.trim());
      expect(lines).toContain(en.crisisExcluded);
      expect(result.textContent).not.toContain(en.outcomes.crisis.body);
      expect(result.textContent).not.toContain('what comes next');
      expect(lines.slice(lines.indexOf(en.why), lines.indexOf(en.why) + 2)).toEqual([en.why, why]);
      expect(heading(el)).not.toBe(en.outcomes.ineligible.title);
      await expectNoAxeViolations(el);
    },
  );

  it('sends a `step` set past the first step of a screening that ended there to the self-harm question, then the result', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.answers = { age: 15, pregnant: false };
    el.step = 'health';
    await settle(el);
    expect(el.step).toBe('mood');
    el.step = 'anxiety';
    await settle(el);
    expect(el.step).toBe('mood');
    el.answers = { age: 15, pregnant: false, phq9: [null, null, null, null, null, null, null, null, 0] };
    el.step = 'health';
    await settle(el);
    expect(el.step).toBe('result');
  });

  it('walks to "crisis": the panel appears at once on the self-harm answer, stays, and leads the result', async () => {
    const el = await mount(html`<kc-eligibility-check phone="+1 555 010 2000" name="Calm Harbor"></kc-eligibility-check>`);
    const crises: unknown[] = [];
    const results: { outcome: string }[] = [];
    el.addEventListener('kc-crisis', (e) => crises.push(e.detail));
    el.addEventListener('kc-result', (e) => results.push(e.detail));
    await typeByKeyboard('age', '34');
    await chooseByKeyboard('pregnant', 0); // pregnant: an exclusion, which the crisis must outrank
    await pressByKeyboard(/Next/);
    await settle(el);
    for (let i = 1; i <= 7; i++) await chooseByKeyboard(`gad7.${i}`, 1);
    await pressByKeyboard(/Next/);
    await settle(el);
    for (let i = 1; i <= 8; i++) await chooseByKeyboard(`phq9.${i}`, 0);
    await settle(el);
    expect($(el, '[part=crisis]')).toBeNull();
    await chooseByKeyboard('phq9.9', 1);
    await settle(el);
    const panel = $(el, '[part=crisis]')!;
    expect(panel).not.toBeNull();
    expect(crises).toEqual([{ source: 'phq9-item9' }]);
    expect($(el, '[role=status]')!.textContent).toBe(en.crisis.heading);
    const links = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'tel:988',
      'sms:988',
      'https://988lifeline.org',
      'sms:741741',
      'tel:911',
      'tel:+15550102000',
      'https://findahelpline.com',
    ]);
    expect(panel.textContent).toContain('text HOME to');
    expect(panel.textContent).toContain('In Spanish: call 988 and press 2, or text AYUDA to 988.');
    expect(panel.textContent).toContain('Veterans: call 988, then press 1.');
    expect(panel.textContent).toContain('not monitored in real time');
    expect(panel.textContent).toContain('Samaritans 116 123');
    expect(panel.textContent).toContain('Call Calm Harbor:');
    await expectNoAxeViolations(el);
    $<HTMLInputElement>(el, 'input[name="phq9.9"]:checked')!.focus();
    await userEvent.keyboard('{ArrowDown}'); // "Several days" → "More than half the days"
    await settle(el);
    expect(el.answers.phq9![8]).toBe(2);
    expect(crises).toHaveLength(1);
    await pressByKeyboard(/Next/);
    await settle(el);
    expect(heading(el)).toBe('Treatment history');
    expect($(el, '[part=crisis]')).not.toBeNull();
    await chooseByKeyboard('trials', 1);
    await chooseByKeyboard('prescriber', 1);
    await pressByKeyboard(/Next/);
    await settle(el);
    expect(heading(el)).toBe('Health');
    expect($(el, '[part=crisis]')).not.toBeNull();
    for (const item of HEALTH_ITEMS) await chooseByKeyboard(`health.${item}`, 1);
    await pressByKeyboard(/See my result/);
    await settle(el);
    expect(results.at(-1)!.outcome).toBe('crisis');
    expect(heading(el)).toBe(en.outcomes.crisis.title);
    const result = el.shadowRoot!.textContent!;
    expect(result).not.toContain(en.outcomes.ineligible.title);
    // The exclusion the crisis outranks is still said, after the resources, without implying the clinic will treat.
    expect(result).toContain(en.crisisExcluded);
    expect(result).toContain(`${en.why}`);
    expect($(el, '[part=result] li')!.textContent).toBe('Pregnancy or breastfeeding');
    expect(result).toContain('This is a screening, not a diagnosis.');
    // The result leads with the same resources.
    const order = [...el.shadowRoot!.querySelectorAll('[part=crisis], [part=result]')].map((n) => n.getAttribute('part'));
    expect(order).toEqual(['crisis', 'result']);
    await expectNoAxeViolations(el);
  });

  it('asks where the patient lives when the clinic has regions, and ends outside them with the clinic’s contact', async () => {
    const el = await mount(html`<kc-eligibility-check regions="US-CA US-NY" phone="555 010 2000"></kc-eligibility-check>`);
    await vi.waitFor(() =>
      expect($$<HTMLOptionElement>(el, '#region option').map((o) => o.textContent!.trim())).toEqual([
        'Choose one',
        'California',
        'New York',
        'Somewhere else',
      ]),
    );
    el.answers = { age: 40, pregnant: false };
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect($$(el, '[part=error-summary] a').map((a) => a.getAttribute('href'))).toEqual(['#region']);
    const select = $<HTMLSelectElement>(el, '#region')!;
    select.value = 'other';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect($(el, '.nav .kc-button--primary')!.textContent!.trim()).toBe('Next');
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    // The self-harm question is asked here too, on its own, before the result.
    expect(el.step).toBe('mood');
    expect($$(el, 'fieldset').map((f) => f.dataset.q)).toEqual(['phq9.9']);
    $<HTMLInputElement>(el, 'input[name="phq9.9"][value="0"]')!.click();
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect(el.step).toBe('result');
    expect($(el, '[part=result]')!.textContent).toContain(en.reasons.region);
    expect($(el, '[part=result] a[href="tel:5550102000"]')).not.toBeNull();
  });
});

describe('<kc-eligibility-check>: the result', () => {
  it('copies a plain-text summary and prints', async () => {
    const el = await at('result');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    $$<HTMLButtonElement>(el, '.actions button')
      .find((b) => b.textContent!.includes('Copy'))!
      .click();
    await settle(el);
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('You may be a good candidate\nAnxiety (GAD-7): 12 out of 21'));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('This is a screening, not a diagnosis.'));
    expect($(el, '[part=result] [role=status]')!.textContent).toBe('Summary copied.');
    $$<HTMLButtonElement>(el, '.actions button')
      .find((b) => b.textContent!.includes('Print'))!
      .click();
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('<kc-eligibility-check>: the copied summary of a crisis result', () => {
  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    '%s: carries the panel’s lines (Spanish option, veterans, outside the US, the clinic’s phone), not only 988, 741741 and 911',
    async (lang, strings) => {
      const answers = { ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] as EligibilityAnswers['phq9'] };
      const el = await at(
        'result',
        answers,
        html`<kc-eligibility-check lang=${lang} name="Calm Harbor" phone="555 010 2000"></kc-eligibility-check>`,
      );
      await vi.waitFor(() => expect(heading(el)).toBe(strings.outcomes.crisis.title));
      const writeText = vi.fn((_text: string) => Promise.resolve());
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const copy = $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent!.includes(strings.copy))!;
      copy.click();
      await settle(el);
      const copied = writeText.mock.calls[0]![0];
      const panel = $(el, '[part=crisis]')!.textContent!.replace(/\s+/g, ' ');
      for (const line of [
        strings.crisis.lifelineMore,
        strings.crisis.international,
        strings.crisis.notMonitored,
        `${strings.crisis.clinic('Calm Harbor')} 555 010 2000`,
      ]) {
        expect(panel).toContain(line);
        expect(copied).toContain(line);
      }
      expect(copied).toContain('AYUDA');
      expect(copied).toContain('findahelpline.com');
    },
  );
});

describe('<kc-eligibility-check>: health items', () => {
  it('asks every health item as its own yes/no question', async () => {
    const el = await at('health');
    expect($$(el, 'fieldset[data-q^="health."]').map((f) => f.dataset.q)).toEqual(HEALTH_ITEMS.map((i) => `health.${i}`));
    expect(
      $$(el, '[role=group]').map((g) => el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent),
    ).toEqual([en.conditions, en.medicines]);
  });

  it('keeps the keyboard focus visible (a focus ring on the focused radio)', async () => {
    const el = await at('health');
    $<HTMLElement>(el, 'h2')!.focus();
    await userEvent.keyboard('{Tab}');
    const active = deepActive() as HTMLElement;
    expect(active.tagName).toBe('INPUT');
    expect(getComputedStyle(active).outlineStyle).toBe('solid');
  });
});
