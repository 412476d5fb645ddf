import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { eligibleAnswers } from './fixtures.js';
import { $, $$, at, deepActive, heading, mount, settle, quietConsole } from './helpers.js';

quietConsole();

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
    expect(console.error).not.toHaveBeenCalled();
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> answers.colour:'));
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('blue');
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
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}: could not be read`));
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
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}: could not be read`));
      expect(el.answers).toEqual(kept);
      await stillWorks(el);
    },
  );
});
