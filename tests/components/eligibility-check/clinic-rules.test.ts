import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it } from 'vitest';
import en from '../../../src/components/eligibility-check/locales/en.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { Unreadable } from '../../hardening/hostile-objects.js';
import { eligibleAnswers } from './fixtures.js';
import { $, at, chooseByKeyboard, drafts, heading, mount, settle, typeByKeyboard, quietConsole } from './helpers.js';

quietConsole();

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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> rules.actions.bipolr:'));
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}:`));
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
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${path}:`));
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
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> min-age:'));
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`<kc-eligibility-check> ${attribute}:`));
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
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> min-age: was set to'));
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
      expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> instruments: was set to'));
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> persist: was set to'));
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-eligibility-check> retry-delay: was set to'));
    expect($(el, 'form')).not.toBeNull();
  });
});
