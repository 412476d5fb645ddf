// Printing, reduced motion, axe, the accessibility tree, and 200 % zoom.
import { html } from '@open-wc/testing-helpers';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcExplainer } from '../../../src/components/explainer/explainer.js';
import en from '../../../src/components/explainer/locales/en.js';
import { SECTION_IDS } from '../../../src/components/explainer/sections.js';
import { axTree, hasAxTree } from '../../helpers/ax-tree-browser.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { canEmulateMedia, emulateDoublePixelRatio, emulateMedia, resetPixelRatio } from '../../helpers/emulate-media.js';
import { settle, mount, root, $, $$, visible, isolateExplainerTests } from './helpers.js';

isolateExplainerTests();

// Print and reduced motion are switched through Chromium's DevTools protocol: Chromium only.
describe.runIf(canEmulateMedia)('print and motion', () => {
  it('prints every section expanded, without the tab row or the button', async () => {
    const tabs = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
    const accordion = await mount(html`<kc-explainer layout="accordion"></kc-explainer>`);
    expect(SECTION_IDS.filter((id) => visible($(tabs, `#kc-panel-${id}`)))).toEqual(['gap']);
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).toBe(true);
    for (const el of [tabs, accordion]) {
      expect(SECTION_IDS.every((id) => visible($(el, `#kc-panel-${id}`)))).toBe(true);
      expect(SECTION_IDS.every((id) => visible($(el, `#kc-src-${id}`)))).toBe(true);
      expect(visible($(el, '[part=cta]'))).toBe(false);
    }
    expect(visible($(tabs, '[role=tablist]'))).toBe(false);
    await emulateMedia({ media: 'screen' });
    expect(SECTION_IDS.filter((id) => visible($(tabs, `#kc-panel-${id}`)))).toEqual(['gap']);
  });

  it('animates the diagrams gently, and not at all under prefers-reduced-motion', async () => {
    const el = await mount(html`<kc-explainer layout="stack"></kc-explainer>`);
    await vi.waitFor(() => expect($$(el, 'svg[part=diagram]')).toHaveLength(4), { timeout: 10_000 });
    const parts = ['.hub', '.new', '.band', '.wave'].map((s) => $(el, `.fig ${s}`));
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(parts.map((p) => getComputedStyle(p).animationName)).toEqual(['kc-pulse', 'kc-grow', 'kc-pulse', 'kc-flow']);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    expect(parts.map((p) => getComputedStyle(p).animationName)).toEqual(['none', 'none', 'none', 'none']);
  });
});

describe('accessibility', () => {
  /** Everything there is to check: the diagrams (loaded after the first paint) drawn and every sources list open. */
  async function complete(el: KcExplainer): Promise<void> {
    await vi.waitFor(() => expect($$(el, 'svg[part=diagram]')).toHaveLength(4), { timeout: 10_000 });
    for (const button of $$(el, '.src')) button.click();
    await settle(el);
    expect($$(el, '.src[aria-expanded=false]')).toEqual([]);
    await vi.waitFor(() => expect($$(el, '[part=sources] a').length).toBeGreaterThan(20));
  }
  /** Nothing wider than the element (long words included): no sideways scrolling. */
  const expectNoOverflow = (el: KcExplainer, width: number) => {
    const base = $(el, '[part=base]');
    expect(base.scrollWidth).toBeLessThanOrEqual(width);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
  };

  for (const theme of ['light', 'dark'] as const)
    for (const layout of ['tabs', 'accordion', 'stack'] as const)
      it(`has no axe violations: ${layout}, ${theme}, 320px wide, with a section and every source list open`, async () => {
        const el = await mount(
          html`<div style="width: 320px">
            <kc-explainer layout=${layout} theme=${theme} open="dmn" reviewed="2025-01-15"></kc-explainer>
          </div>`,
        );
        expect($(el, '[part=base]').dataset.theme).toBe(theme);
        expectNoOverflow(el, 320);
        await complete(el);
        expectNoOverflow(el, 320);
        await expectNoAxeViolations(el);
      });

  it('draws the toggles’ + and − outside every accessible name, in any engine: in an aria-hidden element', async () => {
    const el = await mount(html`<kc-explainer layout="accordion" open="dmn"></kc-explainer>`);
    $<HTMLButtonElement>(el, '#kc-dmn .src').click();
    await settle(el);
    for (const button of $$(el, '.toggle, .src')) {
      // Nothing drawn on the button itself (generated content there would join its name in some engines)…
      for (const pseudo of ['::before', '::after']) expect(getComputedStyle(button, pseudo).content).toMatch(/^(none|normal)$/);
      // …only inside an element hidden from assistive technology.
      expect(button.querySelector('.sign')!.getAttribute('aria-hidden')).toBe('true');
    }
    // The accessible names as Playwright computes them (generated content included), in the engine under test.
    await expect.element(page.getByRole('button', { name: en.research, exact: true })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: en.sections.dmn.heading, exact: true })).toBeVisible();
  });

  it.runIf(hasAxTree)('names headings and toggles by their words only in Chromium’s accessibility tree', async () => {
    const el = await mount(html`<kc-explainer layout="accordion" open="dmn"></kc-explainer>`);
    $<HTMLButtonElement>(el, '#kc-dmn .src').click();
    await settle(el);
    const tree = await axTree();
    for (const id of SECTION_IDS) {
      const { heading } = en.sections[id];
      expect(tree.get('heading', heading).props.level).toBe(2);
      expect(tree.get('button', heading).props.expanded).toBe(id === 'dmn');
    }
    expect(tree.get('heading', en.research).props.level).toBe(3);
    expect(tree.get('button', en.research).props.expanded).toBe(true);
    expect(tree.reading().filter((text) => /^[+−]$/.test(text))).toEqual([]);
    // Still drawn for the eye: "+" when closed, "−" when open.
    const sign = (selector: string) => getComputedStyle($(el, `${selector} .sign`), '::before').content;
    expect([sign('#kc-tab-gap'), sign('#kc-tab-dmn'), sign('#kc-dmn .src')]).toEqual(['"+"', '"−"', '"−"']);
  });

  it('has no axe violations in Spanish (automatic layout), diagrams drawn and sources open', async () => {
    const el = await mount(html`<kc-explainer lang="es" open="window"></kc-explainer>`);
    await vi.waitFor(() => expect($(el, '[part=footer]').textContent).toContain('Información general'));
    await complete(el);
    await expectNoAxeViolations(el);
  });

  describe('at 200% zoom', () => {
    // A 1280 × 1440 window at 200 % zoom shows the page 640 CSS pixels wide at two device pixels per CSS pixel.
    // The width is what reflow depends on (every engine); the pixel ratio is emulated in Chromium only.
    beforeEach(async () => {
      await page.viewport(640, 720);
      await emulateDoublePixelRatio(640, 720);
    });
    afterEach(async () => {
      await resetPixelRatio();
      await page.viewport(414, 896);
    });

    it('reflows without sideways scrolling, and its tabs and accordion still work', async () => {
      expect(innerWidth).toBe(640);
      if (canEmulateMedia) expect([devicePixelRatio, matchMedia('(resolution: 2dppx)').matches]).toEqual([2, true]);
      const auto = await mount(html`<kc-explainer></kc-explainer>`);
      await complete(auto);
      expectNoOverflow(auto, innerWidth);
      auto.remove();

      const accordion = await mount(html`<kc-explainer layout="accordion"></kc-explainer>`);
      await complete(accordion);
      await userEvent.click($(accordion, '#kc-tab-plasticity'));
      await settle(accordion);
      expect(visible($(accordion, '#kc-panel-plasticity'))).toBe(true);
      expectNoOverflow(accordion, innerWidth);
      accordion.remove();

      const tabs = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
      await complete(tabs);
      $(tabs, '#kc-tab-gap').focus();
      await userEvent.keyboard('{ArrowRight}');
      await settle(tabs);
      expect(root(tabs).activeElement!.id).toBe('kc-tab-dmn');
      expect(visible($(tabs, '#kc-panel-dmn'))).toBe(true);
      expect(visible($(tabs, '#kc-panel-gap'))).toBe(false);
      expectNoOverflow(tabs, innerWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
      await expectNoAxeViolations(tabs);
    });

    it('also reflows with the text alone at 200 % (the browser’s font size doubled) in a 320 px embed', async () => {
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await mount(html`<div style="width: 320px"><kc-explainer></kc-explainer></div>`);
        expect(getComputedStyle($(el, 'p')).fontSize).toBe('32px');
        expect(el.currentLayout).toBe('accordion');
        await complete(el);
        await userEvent.click($(el, '#kc-tab-window'));
        await settle(el);
        expect(visible($(el, '#kc-panel-window'))).toBe(true);
        expectNoOverflow(el, 320);
        el.layout = 'tabs';
        await settle(el);
        await userEvent.click($(el, '#kc-tab-insight'));
        await settle(el);
        expect(visible($(el, '#kc-panel-insight'))).toBe(true);
        expectNoOverflow(el, 320);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });
});
