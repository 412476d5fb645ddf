// How the sections are laid out and reached: tabs, an accordion, by width, and #kc-<id> links.
import { fixture, html } from '@open-wc/testing-helpers';
import { userEvent } from 'vitest/browser';
import { describe, expect, it, vi } from 'vitest';
import type { KcExplainer, KcSectionChangeDetail } from '../../../src/components/explainer/explainer.js';
import en from '../../../src/components/explainer/locales/en.js';
import { SECTION_IDS } from '../../../src/components/explainer/sections.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { settle, mount, root, $, $$, visible, nextFrame, changes, isolateExplainerTests } from './helpers.js';

isolateExplainerTests();

describe('tabs layout', () => {
  it('follows the WAI-ARIA tabs pattern', async () => {
    const el = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
    const tablist = $(el, '[role=tablist]');
    expect(tablist.getAttribute('aria-label')).toBe(en.label);
    const tabs = $$(el, '[role=tab]');
    expect(tabs.map((t) => t.textContent!.trim())).toEqual(SECTION_IDS.map((id) => en.sections[id].tab));
    for (const [i, tab] of tabs.entries()) {
      const panel = $(el, `#${tab.getAttribute('aria-controls')}`);
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(tab.getAttribute('aria-selected')).toBe(String(i === 0));
      expect(tab.tabIndex).toBe(i === 0 ? 0 : -1);
      expect(visible(panel)).toBe(i === 0);
    }
    await expectNoAxeViolations(el);
  });

  it('moves and selects with Left/Right (wrapping), Home and End, keeping one tab stop', async () => {
    const el = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
    const seen = changes(el);
    $(el, '#kc-tab-gap').focus();
    const expectSelected = (id: string) => {
      expect(root(el).activeElement!.id).toBe(`kc-tab-${id}`);
      expect(
        $$(el, '[role=tab]')
          .filter((t) => t.tabIndex === 0)
          .map((t) => t.id),
      ).toEqual([`kc-tab-${id}`]);
      expect(visible($(el, `#kc-panel-${id}`))).toBe(true);
    };
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expectSelected('dmn');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await settle(el);
    expectSelected('integration');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expectSelected('gap');
    await userEvent.keyboard('{End}');
    await settle(el);
    expectSelected('integration');
    await userEvent.keyboard('{Home}');
    await settle(el);
    expectSelected('gap');
    expect(seen.map((d) => `${d.id}:${d.via}`)).toEqual([
      'dmn:keyboard',
      'gap:keyboard',
      'integration:keyboard',
      'gap:keyboard',
      'integration:keyboard',
      'gap:keyboard',
    ]);
    await userEvent.keyboard('{Tab}');
    expect(root(el).activeElement).toBe($(el, '#kc-panel-gap'));
  });

  it('reverses Left and Right in right-to-left pages', async () => {
    const el = await mount(html`<div dir="rtl"><kc-explainer layout="tabs"></kc-explainer></div>`);
    $(el, '#kc-tab-gap').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(el);
    expect(root(el).activeElement!.id).toBe('kc-tab-dmn');
  });

  it('selects a tab on click and says so in kc-section-change', async () => {
    const el = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
    const seen = changes(el);
    await userEvent.click($(el, '#kc-tab-plasticity'));
    await settle(el);
    expect($(el, '#kc-tab-plasticity').getAttribute('aria-selected')).toBe('true');
    expect(visible($(el, '#kc-panel-plasticity'))).toBe(true);
    expect(visible($(el, '#kc-panel-gap'))).toBe(false);
    expect(seen).toEqual([{ id: 'plasticity', via: 'click' }]);
  });

  it('says nothing when the tab chosen is already selected (click, Enter, Home, End)', async () => {
    const el = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
    const seen = changes(el);
    await userEvent.click($(el, '#kc-tab-gap'));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(root(el).activeElement!.id).toBe('kc-tab-gap');
    expect(seen).toEqual([]);
    await userEvent.keyboard('{End}');
    await settle(el);
    await userEvent.keyboard('{End}');
    await userEvent.click($(el, '#kc-tab-integration'));
    await settle(el);
    expect(root(el).activeElement!.id).toBe('kc-tab-integration');
    expect(seen).toEqual([{ id: 'integration', via: 'keyboard' }]);
  });
});

describe('accordion layout', () => {
  it('uses disclosure buttons inside headings, all closed at first', async () => {
    const el = await mount(html`<kc-explainer layout="accordion"></kc-explainer>`);
    const buttons = $$(el, '.h > button');
    expect(buttons).toHaveLength(6);
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(visible($(el, `#${button.getAttribute('aria-controls')}`))).toBe(false);
    }
    expect($(el, '[role=tablist]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('opens any number of sections by click, Enter and Space, and closes them again', async () => {
    const el = await mount(html`<kc-explainer layout="accordion"></kc-explainer>`);
    const seen = changes(el);
    await userEvent.click($(el, '#kc-tab-dmn'));
    $(el, '#kc-tab-window').focus();
    await userEvent.keyboard('{Enter}');
    $(el, '#kc-tab-insight').focus();
    await userEvent.keyboard(' ');
    await settle(el);
    expect($$(el, '[aria-expanded=true]').map((b) => b.id)).toEqual(['kc-tab-dmn', 'kc-tab-window', 'kc-tab-insight']);
    expect(['dmn', 'window', 'insight'].every((id) => visible($(el, `#kc-panel-${id}`)))).toBe(true);
    expect(seen).toEqual([
      { id: 'dmn', via: 'click' },
      { id: 'window', via: 'keyboard' },
      { id: 'insight', via: 'keyboard' },
    ]);
    await userEvent.click($(el, '#kc-tab-dmn'));
    await settle(el);
    expect($(el, '#kc-tab-dmn').getAttribute('aria-expanded')).toBe('false');
    expect(visible($(el, '#kc-panel-dmn'))).toBe(false);
    expect(seen).toHaveLength(3);
    // Opened again: a new change, even though it was the last section chosen.
    await userEvent.click($(el, '#kc-tab-dmn'));
    await settle(el);
    expect(visible($(el, '#kc-panel-dmn'))).toBe(true);
    expect(seen.at(-1)).toEqual({ id: 'dmn', via: 'click' });
  });
});

describe('automatic layout', () => {
  it('is tabs when wide and an accordion when narrow already in the first painted frame', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const [width, layout] of [
      ['900px', 'tabs'],
      ['320px', 'accordion'],
    ] as const) {
      const box = document.createElement('div');
      box.style.width = width;
      box.append(document.createElement('kc-explainer'));
      host.append(box);
      // A requestAnimationFrame callback runs before the next paint: what it sees is what is painted first.
      await nextFrame();
      const el = box.firstElementChild as KcExplainer;
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-layout')).toBe(layout);
      expect(!!el.shadowRoot!.querySelector('[role=tablist]')).toBe(layout === 'tabs');
    }
  });

  it('switches between tabs and accordion when its container is resized', async () => {
    const el = await mount(html`<div style="width: 900px"><kc-explainer></kc-explainer></div>`);
    const box = el.parentElement!;
    expect(el.currentLayout).toBe('tabs');
    box.style.width = '320px';
    await vi.waitFor(() => expect($(el, '[part=base]').dataset.layout).toBe('accordion'));
    expect($$(el, '.toggle')).toHaveLength(6);
    box.style.width = '700px';
    await vi.waitFor(() => expect($(el, '[part=base]').dataset.layout).toBe('tabs'));
    expect(console.error).not.toHaveBeenCalled();
  });
});

describe('fragment deep links', () => {
  it('opens and scrolls to #kc-<id> on load, saying so with via: hash', async () => {
    history.replaceState(null, '', '#kc-window');
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const seen: KcSectionChangeDetail[] = [];
    document.addEventListener('kc-section-change', (e) => seen.push(e.detail), { once: true });
    const el = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
    expect($(el, '[aria-selected=true]').id).toBe('kc-tab-window');
    expect(seen).toEqual([{ id: 'window', via: 'hash' }]);
    await vi.waitFor(() => expect(scroll).toHaveBeenCalled());
    expect((scroll.mock.contexts[0] as Element).id).toBe('kc-window');
  });

  it('follows hashchange, and ignores fragments for other sections or ids', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const el = await mount(html`<kc-explainer layout="accordion" sections="gap dmn"></kc-explainer>`);
    const seen = changes(el);
    location.hash = '#kc-dmn';
    await vi.waitFor(() => expect($(el, '#kc-tab-dmn').getAttribute('aria-expanded')).toBe('true'));
    expect(seen).toEqual([{ id: 'dmn', via: 'hash' }]);
    await vi.waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
    location.hash = '#kc-window';
    location.hash = '#elsewhere';
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(1);
  });
});
