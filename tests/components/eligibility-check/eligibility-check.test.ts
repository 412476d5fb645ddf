import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { STEPS } from '../../../src/components/eligibility-check/answers.js';
import { HEALTH_ITEMS, type EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import es from '../../../src/components/eligibility-check/locales/es.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { Unreadable } from '../../hardening/hostile-objects.js';
import { eligibleAnswers } from './fixtures.js';
import {
  $,
  $$,
  chooseByKeyboard,
  deepActive,
  heading,
  pressByKeyboard,
  settle,
  typeByKeyboard,
  walkByKeyboard,
} from './helpers.js';

const KEY_PREFIX = 'kc-eligibility-check:';
const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith(KEY_PREFIX));

async function mount(template: ReturnType<typeof html>): Promise<KcEligibilityCheck> {
  const el = await fixture<KcEligibilityCheck>(template);
  await settle(el);
  return el;
}

/** Mounts a widget with every question answered and moves it to `step`. */
async function at(
  step: (typeof STEPS)[number],
  answers: EligibilityAnswers = eligibleAnswers(),
  template = html`<kc-eligibility-check></kc-eligibility-check>`,
) {
  const el = await mount(template);
  el.answers = answers;
  el.step = step;
  await settle(el);
  return el;
}

let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  sessionStorage.clear();
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('<kc-eligibility-check>: the flow', () => {
  it('starts with "Step 1 of 5", each question a fieldset with a legend and native radios, and no setup errors', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    expect(customElements.get('kc-eligibility-check')).toBeDefined();
    expect($(el, '[part=progress]')!.textContent).toBe('Step 1 of 5');
    expect(heading(el)).toBe('About you');
    expect($(el, 'label[for=age]')!.textContent).toBe(en.age);
    const pregnancy = $(el, 'fieldset[data-q=pregnant]')!;
    expect(pregnancy.querySelector('legend')!.textContent).toBe(en.pregnant);
    expect([...pregnancy.querySelectorAll('input')].map((i) => [i.type, i.closest('label')!.textContent])).toEqual([
      ['radio', 'Yes'],
      ['radio', 'No'],
    ]);
    expect($(el, '[part=config-error]')).toBeNull();
    expect(el.step).toBe('about');
    expect(error).not.toHaveBeenCalled();
    // Required, without the browser's own validation bubbles (the form is novalidate).
    expect($(el, '#age')!.getAttribute('aria-required')).toBe('true');
    expect(pregnancy.getAttribute('role')).toBe('radiogroup');
    expect(pregnancy.getAttribute('aria-required')).toBe('true');
    expect($<HTMLFormElement>(el, 'form')!.noValidate).toBe(true);
  });

  it('on an incomplete Next, focuses a summary of what is missing, which links to each question', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.answers = { age: 40 };
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect(el.step).toBe('about');
    const summary = $(el, '[part=error-summary]')!;
    expect(summary.textContent).toContain('1 question still needs an answer');
    expect(deepActive()).toBe(summary.querySelector('h3'));
    const fieldset = $(el, 'fieldset[data-q=pregnant]')!;
    const described = fieldset.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(described)!.textContent).toBe(en.required);
    await expectNoAxeViolations(el);
    const link = summary.querySelector('a')!;
    expect(link.textContent!.trim()).toBe(en.pregnant);
    link.click();
    expect(deepActive()).toBe(fieldset.querySelector('input'));
    fieldset.querySelector('input')!.click();
    await settle(el);
    expect($(el, '[part=error-summary]')).toBeNull();
    expect($(el, 'fieldset[data-q=pregnant]')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('tells a typed age that is not a number apart from a missing one', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    const age = $<HTMLInputElement>(el, '#age')!;
    age.value = 'forty';
    age.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect(deepActive()).toBe($(el, '#errors-h'));
    expect($(el, '#age')!.getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#age')!.getAttribute('aria-describedby')).toBe('age-h age-e');
    expect($(el, '#age-e')!.textContent).toBe(en.ageInvalid);
  });

  it('focuses the step heading, announces the step, and fires kc-step-change on every move; Back keeps every answer', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    const changes: unknown[] = [];
    el.addEventListener('kc-step-change', (e) => changes.push(e.detail));
    el.answers = { age: 40, pregnant: false };
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect(heading(el)).toBe('Anxiety');
    expect(deepActive()).toBe($(el, 'h2'));
    // The focused heading says the step, described by the progress line; the status line does not repeat it.
    expect($(el, 'h2')!.getAttribute('aria-describedby')).toBe('progress');
    expect($(el, '#progress')!.textContent).toBe('Step 2 of 5');
    expect($(el, '[role=status]')!.textContent).toBe('');
    $<HTMLInputElement>(el, 'input[name="gad7.1"][value="3"]')!.click();
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button')!.click();
    await settle(el);
    expect(heading(el)).toBe('About you');
    expect($<HTMLInputElement>(el, '#age')!.value).toBe('40');
    expect($<HTMLInputElement>(el, 'input[name=pregnant][value=false]')!.checked).toBe(true);
    expect(el.answers.gad7![0]).toBe(3);
    expect(changes).toEqual([
      { step: 'anxiety', index: 1, total: 6 },
      { step: 'about', index: 0, total: 6 },
    ]);
  });

  it('shows the GAD-7 and PHQ-9 wording verbatim, with the published answers', async () => {
    const el = await at('anxiety');
    expect($$(el, 'fieldset[data-q^="gad7."] legend').map((l) => l.textContent)).toEqual(en.gad7.items);
    expect($(el, 'fieldset[data-q=difficulty] legend')!.textContent).toBe(en.gad7.difficulty);
    expect($$(el, 'fieldset[data-q="gad7.1"] label').map((l) => l.textContent)).toEqual([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    // Each item is described by its stem (the time frame), the difficulty question (not an item) is not.
    const describedBy = (fieldset: HTMLElement) =>
      fieldset
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
    for (const fieldset of $$(el, 'fieldset[data-q^="gad7."]')) expect(describedBy(fieldset)).toEqual([en.gad7.stem]);
    expect(describedBy($(el, 'fieldset[data-q=difficulty]')!)).toBeUndefined();
    el.step = 'mood';
    await settle(el);
    expect($(el, 'form p')!.textContent).toBe(en.phq9.stem);
    expect($$(el, 'fieldset[data-q^="phq9."] legend').map((l) => l.textContent)).toEqual(en.phq9.items);
    for (const fieldset of $$(el, 'fieldset[data-q^="phq9."]')) expect(describedBy(fieldset)).toEqual([en.phq9.stem]);
  });

  it('always asks the self-harm question: without the PHQ-9 it is the mood step’s only question', async () => {
    const el = await at(
      'mood',
      { ...eligibleAnswers(), phq9: undefined },
      html`<kc-eligibility-check instruments="gad7"></kc-eligibility-check>`,
    );
    expect(el.step).toBe('mood');
    expect($$(el, 'fieldset legend').map((l) => l.textContent)).toEqual([
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ]);
    expect($(el, 'fieldset')!.dataset.q).toBe('phq9.9');
  });

  it('lets `step` move only as far as the answers allow', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.answers = { age: 30, pregnant: false, gad7: [1, 1, 1, 1, 1, 1, 1] };
    el.step = 'result';
    await settle(el);
    expect(el.step).toBe('mood');
  });
});

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

describe('<kc-eligibility-check>: rules', () => {
  it('applies a rule set from a <script type="application/json"> child', async () => {
    const el = await at(
      'result',
      { ...eligibleAnswers(), health: { ...eligibleAnswers().health, lamotrigine: true } },
      html`<kc-eligibility-check
        ><script type="application/json">
          { "actions": { "lamotrigine": "ignore" } }
        </script></kc-eligibility-check
      >`,
    );
    expect(heading(el)).toBe(en.outcomes.eligible.title);
  });

  it('lets the `rules` property win over the child', async () => {
    const el = await mount(
      html`<kc-eligibility-check
        ><script type="application/json">
          { "minAge": 30 }
        </script></kc-eligibility-check
      >`,
    );
    el.rules = { minAge: 16 };
    el.answers = { ...eligibleAnswers(), age: 17 };
    el.step = 'result';
    await settle(el);
    expect(heading(el)).toBe(en.outcomes.eligible.title);
  });

  it('refuses an invalid rule set: names each bad key and path, logs it, and does not screen with half a rule set', async () => {
    const el = await mount(html`<kc-eligibility-check phone="555 010 2000"></kc-eligibility-check>`);
    el.rules = { minAge: 18, actions: { bipolr: 'exclude', liver: 'maybe' } } as never;
    await settle(el);
    const notice = $(el, '[part=config-error]')!.textContent!;
    expect(notice).toContain('rules.actions.bipolr');
    expect(notice).toContain('is not a rule');
    expect(notice).toContain('rules.actions.liver');
    expect(notice).toContain('"maybe" is not one of exclude, review, ignore');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> rules.actions.bipolr:'));
    expect($(el, 'form')).toBeNull();
    expect($(el, 'fieldset')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain(en.unavailable);
    expect($(el, 'a[href="tel:5550102000"]')).not.toBeNull();
    await expectNoAxeViolations(el);
    el.rules = { actions: { liver: 'exclude' } };
    await settle(el);
    expect($(el, '[part=config-error]')).toBeNull();
    expect($(el, 'form')).not.toBeNull();
  });

  /** Rule sets that cannot be read: bigints and cycles do not turn into JSON, getters and Proxies throw. */
  const unreadableRules = (): [string, unknown, string][] => {
    const boom = () => {
      throw new Error('hostile');
    };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    return [
      ['a bigint minAge', { minAge: 21n }, 'rules.minAge'],
      ['a cyclic candidateBand', { candidateBand: cyclic }, 'rules.candidateBand'],
      ['a toJSON that throws', { minTrials: { toJSON: boom } }, 'rules.minTrials'],
      ['a getter that throws', Object.defineProperty({}, 'minAge', { enumerable: true, get: boom }), 'rules'],
      ['a Proxy that throws', new Proxy({}, { ownKeys: boom }), 'rules'],
      ['a revoked Proxy', revoked.proxy, 'rules'],
    ];
  };

  it.each(unreadableRules())('fails closed on %s: shows and logs it, and does not screen', async (_, rules, path) => {
    const el = await mount(html`<kc-eligibility-check phone="555 010 2000"></kc-eligibility-check>`);
    el.rules = rules as never;
    // A 19-year-old at a 21+ clinic must never be screened with the default minimum of 18.
    el.answers = { ...eligibleAnswers(), age: 19 };
    el.step = 'result';
    await settle(el);
    expect($(el, '[part=config-error]')!.textContent).toContain(path);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}:`));
    expect($(el, 'form')).toBeNull();
    expect($(el, '[part=result]')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain(en.unavailable);
    expect($(el, 'a[href="tel:5550102000"]')).not.toBeNull();
  });

  it.each(unreadableRules())(
    'fails closed on %s set before it is connected: the notice shows, not a blank widget',
    async (_, rules, path) => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('kc-eligibility-check');
      el.rules = rules as never;
      parent.append(el);
      await settle(el);
      expect($(el, '[part=config-error]')!.textContent).toContain(path);
      expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}:`));
      expect($(el, 'form')).toBeNull();
      expect(el.shadowRoot!.textContent).toContain(en.unavailable);
    },
  );

  it('refuses a JSON child that is not JSON', async () => {
    // The child must stay invalid JSON (unquoted keys), which the formatter would otherwise quote.
    // prettier-ignore
    const el = await mount(html`<kc-eligibility-check
      ><script type="application/json">
        { minAge: 18 }
      </script></kc-eligibility-check
    >`);
    expect($(el, '[part=config-error]')!.textContent).toContain('is not valid JSON');
    expect($(el, 'form')).toBeNull();
  });

  it.each(['21+', 'eighteen'])(
    'does not screen with min-age="%s" (not whole years): the notice, the unavailable text and the phone, no question and no result',
    async (minAge) => {
      const el = await mount(html`<kc-eligibility-check min-age=${minAge} phone="555 010 2000"></kc-eligibility-check>`);
      await settle(el);
      expect($(el, '[part=config-error]')!.textContent).toContain(
        `min-age: "${minAge}" is not a whole number of years from 0 to 120.`,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> min-age:'));
      expect($(el, 'form')).toBeNull();
      expect($(el, 'fieldset')).toBeNull();
      expect(el.shadowRoot!.textContent).toContain(en.unavailable);
      expect($(el, 'a[href="tel:5550102000"]')).not.toBeNull();
      await expectNoAxeViolations(el);
      // Answers a host gives (a 19-year-old, otherwise eligible) lead to no result either.
      const results: unknown[] = [];
      el.addEventListener('kc-result', (e) => results.push(e.detail));
      el.answers = { ...eligibleAnswers(), age: 19 };
      el.step = 'result';
      await settle(el);
      expect($(el, '[part=result]')).toBeNull();
      expect(results).toEqual([]);
      expect(el.shadowRoot!.textContent).not.toContain(en.outcomes.eligible.title);
      el.setAttribute('min-age', '21');
      await settle(el);
      expect($(el, '[part=config-error]')).toBeNull();
      expect($(el, '[part=result]')).not.toBeNull();
      expect(heading(el)).toBe(en.outcomes.ineligible.title);
    },
  );

  it.each([
    ['instruments', 'gad7 bdi', /"bdi": use gad7 and phq9/],
    ['persist', 'forever', /"forever" is not one of session, none; nothing is kept/],
    ['endpoint', 'http://calm.example/intake', /only https/],
  ])('shows and logs an invalid %s="%s", and keeps working', async (attribute, value, message) => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.setAttribute(attribute, value);
    await settle(el);
    expect($(el, '[part=config-error]')!.textContent).toMatch(message);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${attribute}:`));
    expect($(el, 'form')).not.toBeNull();
  });

  // What a host such as React may set from script: each is named in the notice, the default is used, the widget works.
  const wrongKinds: [string, () => unknown][] = [
    ['a list', () => ['21']],
    ['an object', () => ({ years: 21 })],
    ['an object', () => new Unreadable('proxy').make()],
    ['a value that cannot be read', () => new Unreadable('revoked').make()],
  ];

  it.each(wrongKinds)(
    'min-age set from script to %s is shown and logged, and the widget does not screen',
    async (kind, value) => {
      const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
      el.minAge = value() as string;
      await settle(el);
      expect($(el, '[part=config-error]')!.textContent).toContain(
        `min-age: was set to ${kind}, not text; give whole years from 0 to 120.`,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> min-age: was set to'));
      // Not screened with the default 18 instead of the minimum age the clinic meant.
      expect($(el, 'form')).toBeNull();
      expect(el.shadowRoot!.textContent).toContain(en.unavailable);
    },
  );

  it('min-age set from script to a number (as React sets it) is honoured, without a notice', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.minAge = 21 as unknown as string;
    await settle(el);
    expect($(el, '[part=config-error]')).toBeNull();
    await typeByKeyboard('age', '19');
    await chooseByKeyboard('pregnant', 1);
    await settle(el);
    expect($(el, '[part=progress]')!.textContent).toBe('Step 1 of 2');
  });

  it.each(wrongKinds)(
    'instruments set from script to %s is shown and logged, and both instruments are asked',
    async (kind, value) => {
      const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
      el.instruments = value() as string;
      await settle(el);
      expect($(el, '[part=config-error]')!.textContent).toContain(
        `instruments: was set to ${kind}, not text; give gad7 and phq9, separated by spaces.`,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> instruments: was set to'));
      expect($(el, '[part=progress]')!.textContent).toBe('Step 1 of 5');
      expect($(el, 'form')).not.toBeNull();
    },
  );

  it.each(wrongKinds)('persist set from script to %s is shown and logged, and nothing is kept', async (kind, value) => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.persist = value() as string;
    el.answers = eligibleAnswers();
    el.step = 'health';
    await settle(el);
    expect($(el, '[part=config-error]')!.textContent).toContain(`persist: was set to ${kind}, not text; nothing is kept.`);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> persist: was set to'));
    expect(drafts()).toEqual([]);
    expect(heading(el)).toBe(en.steps.health);
  });

  it.each(wrongKinds)('retry-delay set from script to %s is shown and logged, and 1000 ms is used', async (kind, value) => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.retryDelay = value() as number;
    await settle(el);
    expect($(el, '[part=config-error]')!.textContent).toContain(
      `retry-delay: was set to ${kind}, not a number of milliseconds from 0 to 60000; 1000 is used.`,
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> retry-delay: was set to'));
    expect($(el, 'form')).not.toBeNull();
  });
});

describe('<kc-eligibility-check>: the `answers` property', () => {
  it('prefills, and reads back a copy', async () => {
    const el = await at('health');
    expect(el.answers).toEqual(eligibleAnswers());
    el.answers.gad7![0] = 3;
    expect(el.answers.gad7![0]).toBe(2);
    expect($<HTMLInputElement>(el, 'input[name="health.liver"][value=false]')!.checked).toBe(true);
  });

  it('keeps the valid answers of a prefill and names each invalid one', async () => {
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    el.answers = { age: 44, gad7: [1, 1, 5, 1, 1, 1, 1], colour: 'blue' } as never;
    await settle(el);
    const notice = $(el, '[part=config-error]')!.textContent!;
    expect(notice).toContain('answers.gad7[2]');
    expect(notice).toContain('answers.colour');
    expect(el.answers).toEqual({ age: 44, gad7: [1, 1, null, 1, 1, 1, 1] });
    expect($<HTMLInputElement>(el, '#age')!.value).toBe('44');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> answers.colour:'));
    expect(JSON.stringify(error.mock.calls)).not.toContain('blue');
  });

  /** Answers a script may set that throw when read: what is named, and what is kept. */
  const unreadableAnswers = (): [string, unknown, string, EligibilityAnswers][] => {
    const boom = () => {
      throw new Error('hostile');
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    return [
      [
        'a getter that throws',
        Object.defineProperty({ pregnant: false }, 'gad7', { enumerable: true, get: boom }),
        'answers.gad7',
        { pregnant: false },
      ],
      ['a Proxy that throws', new Proxy({ age: 40 }, { ownKeys: boom }), 'answers', {}],
      ['a revoked Proxy', revoked.proxy, 'answers', {}],
      [
        'an array that throws when read',
        { pregnant: false, phq9: new Proxy(Array(9).fill(0), { get: boom }) },
        'answers.phq9',
        { pregnant: false },
      ],
      [
        'health behind a throwing getter',
        { health: Object.defineProperty({ heart: false }, 'liver', { enumerable: true, get: boom }) },
        'answers.health.liver',
        { health: { heart: false } },
      ],
    ];
  };

  /** The first step still works: type an age, choose an answer, go on to the second step. */
  async function stillWorks(el: KcEligibilityCheck) {
    await userEvent.fill($<HTMLInputElement>(el, '#age')!, '40');
    $<HTMLInputElement>(el, 'input[name=pregnant][value=false]')!.click();
    await settle(el);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect(heading(el)).toBe('Anxiety');
  }

  it.each(unreadableAnswers())(
    'names %s in the notice and the console, keeps the rest, and keeps working',
    async (_, answers, path, kept) => {
      const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
      expect(() => (el.answers = answers as never)).not.toThrow();
      await settle(el);
      expect($(el, '[part=config-error]')!.textContent).toContain(`${path}: could not be read`);
      expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}: could not be read`));
      expect(el.answers).toEqual(kept);
      await stillWorks(el);
    },
  );

  it.each(unreadableAnswers())(
    'names %s set before it is connected, and keeps working: not a blank widget',
    async (_, answers, path, kept) => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('kc-eligibility-check');
      expect(() => (el.answers = answers as never)).not.toThrow();
      parent.append(el);
      await settle(el);
      expect($(el, '[part=config-error]')!.textContent).toContain(`${path}: could not be read`);
      expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}: could not be read`));
      expect(el.answers).toEqual(kept);
      await stillWorks(el);
    },
  );
});

describe('<kc-eligibility-check>: drafts and privacy', () => {
  it('restores a reload mid-flow (same id): answers, step and crisis panel', async () => {
    const first = await mount(html`<kc-eligibility-check id="intake"></kc-eligibility-check>`);
    first.answers = { ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] };
    first.step = 'history';
    await settle(first);
    expect(drafts()).toEqual([`${KEY_PREFIX}${location.pathname}#intake`]);
    const parent = first.parentElement!;
    first.remove();
    const crises: unknown[] = [];
    const again = document.createElement('kc-eligibility-check');
    again.id = 'intake';
    again.addEventListener('kc-crisis', (e) => crises.push(e.detail));
    parent.append(again);
    await settle(again);
    expect(again.step).toBe('history');
    expect(again.answers).toEqual({ ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect($(again, '[part=crisis]')).not.toBeNull();
    expect(crises).toHaveLength(1);
    again.remove();
  });

  it('restores every valid answer and the crisis panel of a draft with an invalid answer, and says so without values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers = {
      ...eligibleAnswers(),
      gad7: [2, 2, 9, 2, 2, 1, 1],
      health: { ...eligibleAnswers().health, liver: 'maybe-secret' },
    };
    sessionStorage.setItem(
      `${KEY_PREFIX}${location.pathname}#partial`,
      JSON.stringify({ answers, step: 'health', crisis: true }),
    );
    const el = await mount(html`<kc-eligibility-check id="partial"></kc-eligibility-check>`);
    const { liver: _, ...health } = eligibleAnswers().health!;
    expect(el.answers).toEqual({ ...eligibleAnswers(), gad7: [2, 2, null, 2, 2, 1, 1], health });
    // The first step with a question left out, the crisis panel on it.
    expect(el.step).toBe('anxiety');
    expect($(el, '[part=crisis]')).not.toBeNull();
    expect($(el, '[part=config-error]')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^<kc-eligibility-check> 2 saved answer\(s\) could not be restored/);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/maybe-secret|gad7|liver/);
  });

  it('keeps separate drafts for two widgets on a page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><kc-eligibility-check></kc-eligibility-check><kc-eligibility-check></kc-eligibility-check></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('kc-eligibility-check')] as KcEligibilityCheck[];
    await settle(a!);
    a!.answers = { age: 30 };
    b!.answers = { age: 60 };
    expect(drafts().sort()).toEqual([`${KEY_PREFIX}${location.pathname}#0`, `${KEY_PREFIX}${location.pathname}#1`]);
  });

  it('keeps a separate draft for each widget without an id, in the document and in shadow roots, across a reload', async () => {
    /** The page: a widget in the document, and one in the shadow root of each of two hosts. */
    const build = (page: HTMLElement) => {
      page.innerHTML = '<kc-eligibility-check></kc-eligibility-check><section></section><section></section>';
      const widgets = [page.querySelector('kc-eligibility-check')!];
      for (const host of page.querySelectorAll('section'))
        widgets.push(host.attachShadow({ mode: 'open' }).appendChild(document.createElement('kc-eligibility-check')));
      return widgets;
    };
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = build(page);
    for (const el of first) await settle(el);
    first.forEach((el, i) => (el.answers = { age: 30 + i }));
    expect(new Set(drafts()).size).toBe(3);
    // A reload: the same page, built again.
    const again = build(page);
    for (const el of again) await settle(el);
    expect(again.map((el) => el.answers.age)).toEqual([30, 31, 32]);
  });

  it('keeps separate drafts for widgets with the same id in different shadow roots, and warns once that the id is shared', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <kc-eligibility-check id="intake"></kc-eligibility-check>
        <section></section>
      </div>`,
    );
    const inDocument = page.querySelector('kc-eligibility-check')!;
    const host = page.querySelector('section')!.attachShadow({ mode: 'open' });
    host.innerHTML =
      '<kc-eligibility-check id="intake"></kc-eligibility-check><kc-eligibility-check id="intake"></kc-eligibility-check>';
    const inShadow = host.querySelector('kc-eligibility-check')!;
    await settle(inDocument);
    await settle(inShadow);
    inDocument.answers = { age: 30 };
    inShadow.answers = { age: 40 };
    expect(drafts()).toHaveLength(2);
    expect(drafts()).toContain(`${KEY_PREFIX}${location.pathname}#intake`);
    const shared = warn.mock.calls.filter(([message]) => String(message).includes('id="intake"'));
    expect(shared).toHaveLength(1);
    expect(shared[0]![0]).toMatch(/^<kc-eligibility-check> /);
  });

  it('clears the draft on reset(), and starts again', async () => {
    const el = await at('health');
    expect(drafts()).toHaveLength(1);
    el.reset();
    await settle(el);
    expect(drafts()).toEqual([]);
    expect(el.answers).toEqual({});
    expect(el.step).toBe('about');
    expect(deepActive()).toBe($(el, 'h2'));
  });

  it('clears the draft when the result shows and there is no endpoint', async () => {
    const el = await at('health');
    expect(drafts()).toHaveLength(1);
    $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
    await settle(el);
    expect(el.step).toBe('result');
    expect(drafts()).toEqual([]);
  });

  it('keeps nothing with persist="none"', async () => {
    sessionStorage.setItem(`${KEY_PREFIX}${location.pathname}#kiosk`, JSON.stringify({ answers: { age: 50 }, step: 'anxiety' }));
    const el = await mount(html`<kc-eligibility-check id="kiosk" persist="none"></kc-eligibility-check>`);
    expect(el.answers).toEqual({});
    el.answers = eligibleAnswers();
    el.step = 'health';
    await settle(el);
    expect(sessionStorage.length).toBe(0);
  });

  it('clears the saved draft at once when persist="none" is set mid-flow, and saves again after persist="session"', async () => {
    const el = await at('history');
    expect(drafts()).toHaveLength(1);
    el.setAttribute('persist', 'none');
    await settle(el);
    expect(drafts()).toEqual([]);
    $<HTMLInputElement>(el, 'input[name=trials][value="1"]')!.click();
    await settle(el);
    expect(drafts()).toEqual([]);
    // Back on the page later (the same id and path): nothing comes back.
    const parent = el.parentElement!;
    el.remove();
    const again = document.createElement('kc-eligibility-check');
    parent.append(again);
    await settle(again);
    expect(again.answers).toEqual({});
    again.remove();
    parent.append(el);
    await settle(el);
    el.setAttribute('persist', 'session');
    await settle(el);
    $<HTMLInputElement>(el, 'input[name=trials][value="2"]')!.click();
    await settle(el);
    expect(drafts()).toHaveLength(1);
    expect(JSON.parse(sessionStorage.getItem(drafts()[0]!)!).answers.trials).toBe(2);
  });

  it('puts no answer in localStorage, cookies, the URL or the console, through a whole screening', async () => {
    const log = ['log', 'info', 'debug', 'warn', 'error'].map((m) => vi.spyOn(console, m as 'log'));
    const url = location.href;
    const el = await mount(html`<kc-eligibility-check></kc-eligibility-check>`);
    await walkByKeyboard(el, { age: '34', gad7: [3, 3, 3, 3, 3, 3, 3], health: { liver: 0 } });
    expect(el.step).toBe('result');
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(location.href).toBe(url);
    for (const spy of log) expect(spy).not.toHaveBeenCalled();
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

describe('<kc-eligibility-check>: language and accessibility', () => {
  it('speaks Spanish, with the published Spanish PHQ-9 and the GAD-7 in English, marked and explained', async () => {
    const el = await at('anxiety', eligibleAnswers(), html`<kc-eligibility-check lang="es"></kc-eligibility-check>`);
    await vi.waitFor(() => expect(heading(el)).toBe('Ansiedad'));
    expect($(el, '[part=progress]')!.textContent).toBe('Paso 2 de 5');
    expect(el.shadowRoot!.textContent).toContain(es.gad7.note);
    expect($(el, 'fieldset[data-q="gad7.1"] legend')!.getAttribute('lang')).toBe('en');
    expect($(el, 'fieldset[data-q="gad7.1"] legend')!.textContent).toBe('Feeling nervous, anxious, or on edge');
    el.step = 'mood';
    await settle(el);
    expect($$(el, 'fieldset legend').map((l) => l.textContent)).toEqual(es.phq9.items);
    expect($(el, 'fieldset legend')!.hasAttribute('lang')).toBe(false);
    expect($$(el, 'fieldset[data-q="phq9.1"] label').map((l) => l.textContent)).toEqual([
      'Ningún día',
      'Varios días',
      'Más de la mitad de los días',
      'Casi todos los días',
    ]);
  });

  it('reads name, phone, endpoint, regions, theme and language from the surrounding <kc-clinic>', async () => {
    const clinic = await fixture(
      html`<kc-clinic
        name="Calm Harbor"
        phone="555 010 2000"
        regions="US-CA"
        theme="dark"
        lang="es"
        endpoint="https://calm.example/intake"
        ><kc-eligibility-check></kc-eligibility-check
      ></kc-clinic>`,
    );
    const el = clinic.querySelector('kc-eligibility-check')!;
    await settle(el);
    await vi.waitFor(() => expect(heading(el)).toBe('Sobre usted'));
    expect($(el, '[part=base]')!.dataset.theme).toBe('dark');
    expect($$<HTMLOptionElement>(el, '#region option').map((o) => o.value)).toEqual(['', 'US-CA', 'other']);
    el.answers = { ...eligibleAnswers(), region: 'US-CA' };
    el.step = 'handoff';
    await settle(el);
    expect(el.step).toBe('handoff');
    await vi.waitFor(() =>
      expect(el.shadowRoot!.textContent).toContain('Acepto enviar mis respuestas y mis datos de contacto a Calm Harbor'),
    );
  });

  const ALL_STEPS = ['about', 'anxiety', 'mood', 'history', 'health', 'result', 'handoff'] as const;
  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations on any step (${lang}, ${theme}), with errors and the crisis panel showing`, async () => {
        const answers = { ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] as EligibilityAnswers['phq9'] };
        const el = await mount(
          html`<kc-eligibility-check
            lang=${lang}
            theme=${theme}
            regions="US-CA"
            phone="555 010 2000"
            endpoint="https://calm.example/intake"
            booking-url="https://calm.example/book"
          ></kc-eligibility-check>`,
        );
        await expectNoAxeViolations(el);
        $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
        await settle(el);
        expect($(el, '[part=error-summary]')).not.toBeNull();
        await expectNoAxeViolations(el);
        el.answers = { ...answers, region: 'US-CA' };
        for (const step of ALL_STEPS) {
          el.step = step;
          await settle(el);
          await vi.waitFor(() => expect(el.step).toBe(step));
          if (step === 'handoff') await vi.waitFor(() => expect($(el, '[part=handoff]')).not.toBeNull());
          await expectNoAxeViolations(el);
        }
      });
    }
  }
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
