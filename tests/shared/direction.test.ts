// On a right-to-left page (`<html dir="rtl">`) each widget still lays out its own text in its own language's
// direction (English and Spanish are left-to-right): full stops stay at the ends of lines.
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../src/components/eligibility-check/eligibility-check.js';
import { settle } from '../components/eligibility-check/helpers.js';

beforeEach(() => {
  document.documentElement.dir = 'rtl';
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  document.documentElement.removeAttribute('dir');
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const direction = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).direction;

describe('a widget on a right-to-left page', () => {
  it.each(['kc-breathwork-timer', 'kc-explainer', 'kc-eligibility-check'])(
    '<%s> in English and in Spanish is left-to-right',
    async (tag) => {
      for (const lang of ['en', 'es']) {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<${tag} lang="${lang}"></${tag}>`);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        expect(getComputedStyle(el).direction, 'the page around it').toBe('rtl');
        expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('dir'), lang).toBe('ltr');
        expect(direction(el, '[part~=base]'), lang).toBe('ltr');
      }
    },
  );

  it('lays out the English crisis panel left to right', async () => {
    const el = await fixture<KcEligibilityCheck>(html`<kc-eligibility-check lang="en"></kc-eligibility-check>`);
    await settle(el);
    el.answers = { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] };
    el.step = 'mood';
    await settle(el);
    expect(direction(el, '[part=crisis]')).toBe('ltr');
    expect(direction(el, '[part=crisis] p')).toBe('ltr');
  });

  it('<kc-clinic>: its notice is left-to-right, and the page content inside it keeps the page’s direction', async () => {
    for (const lang of ['en', 'es']) {
      const el = await fixture(html`<kc-clinic lang=${lang} phone="not a phone"><p>محتوى الصفحة</p></kc-clinic>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(direction(el, '[part~=config-error]'), lang).toBe('ltr');
      expect(getComputedStyle(el.querySelector('p')!).direction, lang).toBe('rtl');
    }
  });
});
