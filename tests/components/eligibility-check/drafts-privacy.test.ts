import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import { eligibleAnswers } from './fixtures.js';
import { $, at, deepActive, drafts, KEY_PREFIX, mount, settle, walkByKeyboard, quietConsole } from './helpers.js';

quietConsole();

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
