import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import es from '../../../src/components/eligibility-check/locales/es.js';
import { axTree, hasAxTree } from '../../helpers/ax-tree-browser.js';
import { eligibleAnswers } from './fixtures.js';
import { $, deepActive, settle } from './helpers.js';

// What a screen reader is given: Chromium's accessibility tree (through shadow roots), not the DOM.

async function mount(template = html`<kc-eligibility-check></kc-eligibility-check>`): Promise<KcEligibilityCheck> {
  const el = await fixture<KcEligibilityCheck>(template);
  await settle(el);
  return el;
}

async function at(step: 'anxiety' | 'mood', answers: EligibilityAnswers, template?: ReturnType<typeof html>) {
  const el = await mount(template);
  el.answers = answers;
  el.step = step;
  await settle(el);
  await vi.waitFor(() => expect(el.step).toBe(step));
  return el;
}

const next = async (el: KcEligibilityCheck) => {
  $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
  await settle(el);
};

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe.runIf(hasAxTree)('<kc-eligibility-check> as a screen reader hears it', () => {
  it('describes each GAD-7 and PHQ-9 question with its instrument’s stem, the time frame included', async () => {
    const el = await at('anxiety', { age: 40, pregnant: false });
    let tree = await axTree();
    for (const item of en.gad7.items) expect(tree.get('radiogroup', item).description).toBe(en.gad7.stem);
    expect(en.gad7.stem).toMatch(/^Over the last 2 weeks, how often have you been bothered by/);
    // The difficulty question is not an item of the scale: it has no stem.
    expect(tree.get('radiogroup', en.gad7.difficulty).description).toBe('');
    el.answers = { ...eligibleAnswers(), phq9: undefined };
    el.step = 'mood';
    await settle(el);
    tree = await axTree();
    for (const item of en.phq9.items) expect(tree.get('radiogroup', item).description).toBe(en.phq9.stem);
  });

  it('adds the "please answer" message to the stem when a question was left out', async () => {
    const el = await at('anxiety', { age: 40, pregnant: false });
    await next(el);
    const group = (await axTree()).get('radiogroup', en.gad7.items[0]);
    expect(group.description).toBe(`${en.gad7.stem} ${en.required}`);
    expect(group.props.invalid).toBe('true');
  });

  it('describes the questions with the stem in Spanish too (the GAD-7 stays in English)', async () => {
    const el = await at('anxiety', { age: 40, pregnant: false }, html`<kc-eligibility-check lang="es"></kc-eligibility-check>`);
    await vi.waitFor(() => expect($(el, 'h2')!.textContent).toBe('Ansiedad'));
    let tree = await axTree();
    expect(tree.get('radiogroup', es.gad7.items[0]).description).toBe(es.gad7.stem);
    el.answers = { ...eligibleAnswers(), phq9: undefined };
    el.step = 'mood';
    await settle(el);
    tree = await axTree();
    for (const item of es.phq9.items) expect(tree.get('radiogroup', item).description).toBe(es.phq9.stem);
    expect(es.phq9.stem).toMatch(/^Durante las últimas 2 semanas/);
  });

  it('exposes the required questions as required, and only those', async () => {
    const el = await mount(html`<kc-eligibility-check regions="US-CA"></kc-eligibility-check>`);
    let tree = await axTree();
    expect(tree.get('textbox', en.age).props.required).toBe(true);
    // Chromium leaves `required` out of a native <select>'s node (even with the `required` attribute), so the
    // region question is checked in the DOM: aria-required, which other engines map (native `required` would make it
    // report "invalid" before anything was chosen).
    expect($(el, '#region')!.getAttribute('aria-required')).toBe('true');
    expect(tree.get('radiogroup', en.pregnant).props.required).toBe(true);
    el.answers = { age: 40, region: 'US-CA', pregnant: false };
    el.step = 'anxiety';
    await settle(el);
    tree = await axTree();
    for (const item of en.gad7.items) expect(tree.get('radiogroup', item).props.required).toBe(true);
    expect(tree.get('radiogroup', en.gad7.difficulty).props.required).not.toBe(true);
    el.answers = { ...eligibleAnswers(), region: 'US-CA' };
    el.step = 'history';
    await settle(el);
    await vi.waitFor(() => expect(el.step).toBe('history'));
    tree = await axTree();
    expect(tree.get('radiogroup', en.trials).props.required).toBe(true);
    expect(tree.get('radiogroup', en.prescriber).props.required).toBe(true);
    // "Choose all that apply" lists are optional.
    expect(tree.get('group', en.diagnoses).props.required).not.toBe(true);
  });

  it('on a failed Next, focuses a summary that says how many questions still need an answer and links to each', async () => {
    const el = await at('anxiety', { age: 40, pregnant: false, gad7: [1, null, 1, 1, null, 1, 1] });
    await next(el);
    let tree = await axTree();
    const summary = tree.focused()!;
    expect(summary).toMatchObject({ role: 'heading', name: '2 questions still need an answer' });
    expect(deepActive()).toBe($(el, '[part=error-summary] h3'));
    const links = tree.find('link').filter((l) => [en.gad7.items[1], en.gad7.items[4]].includes(l.name));
    expect(links.map((l) => l.name)).toEqual([en.gad7.items[1], en.gad7.items[4]]);
    // Tab to the second link, as a keyboard user would, and follow it: focus lands in that question.
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await settle(el);
    expect(deepActive()).toBe($(el, 'input[name="gad7.5"]'));
    tree = await axTree();
    expect(tree.focused()).toMatchObject({ role: 'radio', name: en.gad7.scale[0] });
    expect(location.hash).toBe('');
    await expect.poll(() => el.step).toBe('anxiety');
  });

  it('says it in Spanish (usted) and lets a pointer follow a link too', async () => {
    const el = await mount(html`<kc-eligibility-check lang="es"></kc-eligibility-check>`);
    await vi.waitFor(() => expect($(el, 'h2')!.textContent).toBe('Sobre usted'));
    await next(el);
    const tree = await axTree();
    expect(tree.focused()).toMatchObject({ role: 'heading', name: 'Falta responder 2 preguntas' });
    expect(tree.find('link').map((l) => l.name)).toEqual([es.age, es.pregnant]);
    $<HTMLAnchorElement>(el, '[part=error-summary] a[href="#pregnant"]')!.click();
    expect(deepActive()).toBe($(el, 'input[name=pregnant]'));
    $<HTMLAnchorElement>(el, '[part=error-summary] a[href="#age"]')!.click();
    expect(deepActive()).toBe($(el, '#age'));
  });

  it('announces a step once: the focused heading says it, described by the progress line, and nothing else repeats it', async () => {
    const el = await mount();
    el.answers = { age: 40, pregnant: false };
    await settle(el);
    await next(el);
    const tree = await axTree();
    expect(tree.focused()).toMatchObject({ role: 'heading', name: 'Anxiety', description: 'Step 2 of 5' });
    // Browse mode reads "Step 2 of 5" once (the visible line) and no live region repeats the step.
    const widget = tree.all().find((n) => n.text.includes('Anxiety') && n.children.some((c) => c.role === 'heading'))!;
    const reading = tree.reading(widget).join('\n');
    expect(reading.match(/Step 2 of 5/g)).toHaveLength(1);
    expect(reading.match(/Anxiety/g)).toHaveLength(1);
    expect(tree.liveRegions().map((r) => r.text)).toEqual(['']);
  });
});
