import type { CDPSession, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/components/eligibility-check/locales/en.js';
import es from '../../src/components/eligibility-check/locales/es.js';
import type { EligibilityStrings } from '../../src/components/eligibility-check/locales/en.js';
import explainer from '../../src/components/explainer/locales/en.js';
import { HEALTH_ITEMS } from '../../src/components/eligibility-check/answers.js';
import { readAxTree, type AxTree } from '../helpers/ax-tree.js';
import { page, startHarness, type Harness } from '../hardening/harness.js';

// Each step of the screening (and the explainer's toggles) read the way assistive technology reads them: Chromium's
// accessibility tree, through the DevTools protocol, of the built CDN bundles on a clinic page under a strict CSP.
// What a screen reader says follows from it: names, descriptions, required states, focus and live regions.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  for (const lang of ['en', 'es'])
    h.pages[`/check-${lang}.html`] = page(
      ['/cdn/kc-eligibility-check.js'],
      '<kc-eligibility-check regions="US-CA" phone="+1 555 010 2000" persist="none"></kc-eligibility-check>',
      lang,
    );
  h.pages['/explainer.html'] = page(['/cdn/kc-explainer.js'], '<kc-explainer layout="accordion" open="dmn"></kc-explainer>');
});

afterAll(() => h?.close());

async function open(path: string): Promise<{ tab: Page; tree: () => Promise<AxTree> }> {
  const tab = await h.browser.newPage({ viewport: { width: 1000, height: 800 } });
  await tab.goto(h.server.url + path);
  const session: CDPSession = await tab.context().newCDPSession(tab);
  return { tab, tree: () => readAxTree({ send: (method, params) => session.send(method as never, params as never) }) };
}

/** The focused node, once it is the one `expected` describes (focus moves after a render). */
async function focusedOn(tree: () => Promise<AxTree>, expected: { role: string; name: string; description?: string }) {
  await expect.poll(async () => (await tree()).focused(), { timeout: 10_000 }).toMatchObject(expected);
}

/** How often `text` is read in browse mode, from the top of the page to the bottom. */
const timesRead = (tree: AxTree, text: string) => tree.reading().filter((line) => line.includes(text)).length;

/** What the live regions hold (each is read out when it changes, then stays in the reading order). */
const live = (tree: AxTree) =>
  tree
    .liveRegions()
    .map((region) => region.text)
    .filter(Boolean);

/** The links of the error summary whose heading is `heading`. */
function summaryLinks(tree: AxTree, heading: string): string[] {
  const summary = tree.all().find((n) => n.children.some((c) => c.role === 'heading' && c.name === heading));
  return summary ? tree.find('link', undefined, summary).map((l) => l.name) : [];
}

/** Checks a question step as a screen reader meets it, after a Next: the heading has focus and says the step once. */
async function expectStep(tree: () => Promise<AxTree>, s: EligibilityStrings, n: number, title: string): Promise<AxTree> {
  await focusedOn(tree, { role: 'heading', name: title, description: s.stepOf(n, 5) });
  const t = await tree();
  expect(timesRead(t, s.stepOf(n, 5))).toBe(1);
  expect(live(t)).toEqual([]);
  return t;
}

describe('<kc-eligibility-check> as a screen reader reads it (built bundle, Chromium accessibility tree)', () => {
  it('walks every step in English: names, stems, required states, the error summary, one announcement per step', async () => {
    const s = en;
    const { tab, tree } = await open('/check-en.html');
    await tab.getByRole('heading', { name: s.steps.about, exact: true }).waitFor();
    let t = await tree();
    // Step 1: each field named, the age described by its hint, everything that must be answered required.
    expect(t.get('heading', s.steps.about).description).toBe(s.stepOf(1, 5));
    expect(t.get('textbox', s.age)).toMatchObject({ description: s.ageHint, props: { required: true } });
    expect(t.get('radiogroup', s.pregnant).props.required).toBe(true);
    expect(timesRead(t, s.stepOf(1, 5))).toBe(1);

    // A Next with nothing answered: the summary takes focus, counts what is missing and links to each question.
    await tab.getByRole('button', { name: s.next, exact: true }).click();
    await focusedOn(tree, { role: 'heading', name: s.missing(3) });
    t = await tree();
    expect(summaryLinks(t, s.missing(3))).toEqual([s.age, s.region, s.pregnant]);
    expect(t.get('textbox', s.age)).toMatchObject({ description: `${s.ageHint} ${s.required}`, props: { invalid: 'true' } });
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await focusedOn(tree, { role: 'textbox', name: s.age });
    await tab.keyboard.type('34');
    await tab.getByRole('combobox', { name: s.region, exact: true }).selectOption('US-CA');
    await tab.getByRole('link', { name: s.pregnant, exact: true }).press('Enter');
    await focusedOn(tree, { role: 'radio', name: s.yes });
    await tab.getByRole('radiogroup', { name: s.pregnant, exact: true }).getByRole('radio', { name: s.no, exact: true }).check();
    await tab.getByRole('button', { name: s.next, exact: true }).click();

    // Step 2: every GAD-7 item described by the stem, so moving group to group says the time frame.
    t = await expectStep(tree, s, 2, s.steps.anxiety);
    for (const item of s.gad7.items)
      expect(t.get('radiogroup', item)).toMatchObject({ description: s.gad7.stem, props: { required: true } });
    expect(t.get('radiogroup', s.gad7.difficulty).props.required).not.toBe(true);
    for (const item of s.gad7.items)
      await tab
        .getByRole('radiogroup', { name: item, exact: true })
        .getByRole('radio', { name: s.gad7.scale[2], exact: true })
        .check();
    await tab.getByRole('button', { name: s.next, exact: true }).click();

    // Step 3: the PHQ-9, the same way.
    t = await expectStep(tree, s, 3, s.steps.mood);
    for (const item of s.phq9.items)
      expect(t.get('radiogroup', item)).toMatchObject({ description: s.phq9.stem, props: { required: true } });
    for (const item of s.phq9.items)
      await tab
        .getByRole('radiogroup', { name: item, exact: true })
        .getByRole('radio', { name: s.phq9.scale[0], exact: true })
        .check();
    await tab.getByRole('button', { name: s.next, exact: true }).click();

    // Step 4: the choose-all-that-apply lists are optional, the rest required.
    t = await expectStep(tree, s, 4, s.steps.history);
    expect(t.get('group', s.diagnoses).props.required).not.toBe(true);
    expect(t.get('radiogroup', s.trials).props.required).toBe(true);
    expect(t.get('radiogroup', s.prescriber).props.required).toBe(true);
    await tab.getByRole('radiogroup', { name: s.trials, exact: true }).getByRole('radio').nth(2).check();
    await tab
      .getByRole('radiogroup', { name: s.prescriber, exact: true })
      .getByRole('radio', { name: s.yes, exact: true })
      .check();
    await tab.getByRole('button', { name: s.next, exact: true }).click();

    // Step 5: every health question required; one missing is named and reachable from the summary.
    t = await expectStep(tree, s, 5, s.steps.health);
    for (const item of HEALTH_ITEMS) expect(t.get('radiogroup', s.health[item]).props.required).toBe(true);
    for (const item of HEALTH_ITEMS.slice(1))
      await tab
        .getByRole('radiogroup', { name: s.health[item], exact: true })
        .getByRole('radio', { name: s.no, exact: true })
        .check();
    await tab.getByRole('button', { name: s.seeResult, exact: true }).click();
    await focusedOn(tree, { role: 'heading', name: s.missing(1) });
    await tab.getByRole('link', { name: s.health[HEALTH_ITEMS[0]], exact: true }).click();
    await focusedOn(tree, { role: 'radio', name: s.yes });
    await tab
      .getByRole('radiogroup', { name: s.health[HEALTH_ITEMS[0]], exact: true })
      .getByRole('radio', { name: s.no, exact: true })
      .check();
    await tab.getByRole('button', { name: s.seeResult, exact: true }).click();

    // The result: its heading has focus and is read once.
    await focusedOn(tree, { role: 'heading', name: s.outcomes.eligible.title });
    t = await tree();
    expect(timesRead(t, s.outcomes.eligible.title)).toBe(1);
    expect(live(t)).toEqual([]);
    await tab.close();
  });

  it('in Spanish: the summary, the stems, and the crisis panel announced once when it first shows', async () => {
    const s = es;
    const { tab, tree } = await open('/check-es.html');
    await tab.getByRole('heading', { name: s.steps.about, exact: true }).waitFor();
    await tab.getByRole('button', { name: s.next, exact: true }).click();
    await focusedOn(tree, { role: 'heading', name: s.missing(3) });
    expect(summaryLinks(await tree(), s.missing(3))).toEqual([s.age, s.region, s.pregnant]);
    await tab.getByRole('textbox', { name: s.age, exact: true }).fill('34');
    await tab.getByRole('combobox', { name: s.region, exact: true }).selectOption('US-CA');
    await tab.getByRole('radiogroup', { name: s.pregnant, exact: true }).getByRole('radio', { name: s.no, exact: true }).check();
    await tab.getByRole('button', { name: s.next, exact: true }).click();

    let t = await expectStep(tree, s, 2, s.steps.anxiety);
    // The GAD-7 is shown in English (marked so), described by its English stem.
    for (const item of s.gad7.items) expect(t.get('radiogroup', item).description).toBe(s.gad7.stem);
    for (const item of s.gad7.items)
      await tab.getByRole('radiogroup', { name: item, exact: true }).getByRole('radio').first().check();
    await tab.getByRole('button', { name: s.next, exact: true }).click();

    t = await expectStep(tree, s, 3, s.steps.mood);
    for (const item of s.phq9.items) expect(t.get('radiogroup', item).description).toBe(s.phq9.stem);
    for (const item of s.phq9.items.slice(0, 8))
      await tab.getByRole('radiogroup', { name: item, exact: true }).getByRole('radio').first().check();
    await tab
      .getByRole('radiogroup', { name: s.phq9.items[8], exact: true })
      .getByRole('radio', { name: s.phq9.scale[1], exact: true })
      .check();
    // The crisis panel appears while focus stays on the answer: the status line says so.
    await expect.poll(async () => live(await tree())).toEqual([s.crisis.heading]);
    await tab.getByRole('button', { name: s.next, exact: true }).click();
    t = await expectStep(tree, s, 4, s.steps.history);
    expect(t.find('heading', s.crisis.heading)).toHaveLength(1);
    await tab.close();
  });
});

describe('<kc-explainer> as a screen reader reads it', () => {
  it('names its headings and toggles by their words alone, without the drawn + or −', async () => {
    const { tab, tree } = await open('/explainer.html');
    await tab.getByRole('button', { name: explainer.sections.dmn.heading, exact: true }).waitFor();
    await tab.locator('kc-explainer #kc-dmn .src').click();
    await expect.poll(async () => (await tree()).find('button', explainer.research).length).toBe(1);
    const t = await tree();
    for (const section of Object.values(explainer.sections)) {
      expect(t.find('heading', section.heading)).toHaveLength(1);
      expect(t.find('button', section.heading)).toHaveLength(1);
    }
    expect(t.get('heading', explainer.research).props.level).toBe(3);
    expect(t.get('button', explainer.research).props.expanded).toBe(true);
    expect(t.reading().filter((text) => /^[+−]$/.test(text))).toEqual([]);
    await tab.close();
  });
});
