import { fixture, html } from '@open-wc/testing-helpers';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcExplainer, KcSectionChangeDetail } from '../../../src/components/explainer/explainer.js';
import en from '../../../src/components/explainer/locales/en.js';
import { SECTION_IDS } from '../../../src/components/explainer/sections.js';
import { CITATIONS, SOURCES } from '../../../src/components/explainer/sources.js';
import { axTree, hasAxTree } from '../../helpers/ax-tree-browser.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import {
  canEmulateMedia,
  emulateDoublePixelRatio,
  emulateMedia,
  resetMedia,
  resetPixelRatio,
} from '../../helpers/emulate-media.js';

type Root = ShadowRoot;

async function settle(el: KcExplainer): Promise<KcExplainer> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
  return el;
}

async function mount(template: unknown): Promise<KcExplainer> {
  const node = await fixture<HTMLElement>(template as never);
  const el = node.localName === 'kc-explainer' ? (node as KcExplainer) : node.querySelector('kc-explainer')!;
  return settle(el);
}

const root = (el: KcExplainer): Root => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: KcExplainer, selector: string) => root(el).querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: KcExplainer, selector: string) => [...root(el).querySelectorAll<E>(selector)];
const visible = (node: Element) => node.getClientRects().length > 0;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const changes = (el: KcExplainer) => {
  const seen: KcSectionChangeDetail[] = [];
  el.addEventListener('kc-section-change', (e) => seen.push(e.detail));
  return seen;
};

let error: ReturnType<typeof vi.spyOn>;
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname + location.search);
  await resetMedia();
});

describe('<kc-explainer> content', () => {
  it('shows all six sections in order with headings, body, takeaway and sources (stack)', async () => {
    const el = await mount(html`<kc-explainer layout="stack"></kc-explainer>`);
    expect(customElements.get('kc-explainer')).toBeDefined();
    expect($$(el, '[part=section]').map((s) => s.id)).toEqual(SECTION_IDS.map((id) => `kc-${id}`));
    const headings = $$(el, '.h[role=heading]');
    expect(headings.map((h) => h.textContent!.trim())).toEqual(SECTION_IDS.map((id) => en.sections[id].heading));
    expect(headings.every((h) => h.getAttribute('aria-level') === '2')).toBe(true);
    for (const id of SECTION_IDS) {
      const section = $(el, `#kc-${id}`);
      expect(visible(section.querySelector('.panel')!)).toBe(true);
      expect(section.querySelectorAll('slot > p')).toHaveLength(en.sections[id].body.length);
      expect(section.querySelector('[part=takeaway]')!.textContent).toContain(en.sections[id].takeaway);
    }
    expect($(el, '[part=footer]').textContent).toContain('not FDA-approved for anxiety');
    expect(error).not.toHaveBeenCalled();
  });

  it('lists each section’s sources with authors, year, title, journal and a working link, behind a disclosure', async () => {
    const el = await mount(html`<kc-explainer layout="stack"></kc-explainer>`);
    // The citations load right after the first paint.
    await vi.waitFor(() => expect($(el, '[part=sources] a')).not.toBeNull(), { timeout: 10_000 });
    for (const id of SECTION_IDS) {
      const section = $(el, `#kc-${id}`);
      expect(section.querySelector('.sub[role=heading]')!.textContent).toBe('What the research says');
      expect(section.querySelector('.sub')!.getAttribute('aria-level')).toBe('3');
      const button = section.querySelector<HTMLButtonElement>('.sub button')!;
      const list = section.querySelector<HTMLElement>('[part=sources]')!;
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(button.getAttribute('aria-controls')).toBe(list.id);
      expect(visible(list)).toBe(false);
      button.click();
      await vi.waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(CITATIONS[id].length));
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(visible(list)).toBe(true);
      const items = [...list.querySelectorAll('li')];
      expect(items).toHaveLength(CITATIONS[id].length);
      CITATIONS[id].forEach((key, i) => {
        const source = SOURCES[key];
        const text = items[i]!.textContent!.replace(/\s+/g, ' ');
        expect(text).toContain(`${source.authors} (${source.year}). ${source.title}.`);
        expect(items[i]!.querySelector('i')!.textContent).toBe(source.journal);
        const link = items[i]!.querySelector('a');
        if (source.ref) {
          expect(link!.href).toMatch(/^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|pmc\.ncbi\.nlm\.nih\.gov)\//);
          expect(link!.rel).toBe('noreferrer');
        } else expect(text).toContain('(book)');
      });
      expect(items.some((li) => li.querySelector('a'))).toBe(true);
    }
  });

  it('draws four described diagrams (title and desc) in the reader’s language, in space reserved from the first paint', async () => {
    const el = await mount(html`<kc-explainer layout="stack"></kc-explainer>`);
    await vi.waitFor(() => expect($$(el, 'svg[part=diagram]')).toHaveLength(4), { timeout: 10_000 });
    const figs = $$(el, 'svg[part=diagram]');
    expect(figs).toHaveLength(4);
    // Each drawing in its own section: the DMN hubs, the new spines, the window's band, the breath wave.
    expect(figs.map((svg) => svg.closest('[part=section]')!.id)).toEqual([
      'kc-dmn',
      'kc-plasticity',
      'kc-window',
      'kc-integration',
    ]);
    for (const [id, mark] of [
      ['dmn', '.hub'],
      ['plasticity', '.new'],
      ['window', '.band'],
      ['integration', '.wave'],
    ] as const) {
      expect($(el, `#kc-${id} svg[part=diagram] ${mark}`), id).not.toBeNull();
      for (const other of ['.hub', '.new', '.band', '.wave'].filter((m) => m !== mark))
        expect($(el, `#kc-${id} ${other}`)).toBeNull();
    }
    expect($(el, '#kc-gap svg')).toBeNull();
    expect($(el, '#kc-insight svg')).toBeNull();
    expect($(el, '#kc-gap .fig')).toBeNull();
    expect($(el, '#kc-insight .fig')).toBeNull();
    for (const svg of figs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')!.textContent!.length).toBeGreaterThan(5);
      expect(svg.querySelector('desc')!.textContent!.length).toBeGreaterThan(30);
    }
    expect($(el, '#kc-window svg').textContent).toContain('Dose');
  });

  it('speaks Spanish, and the first render is already Spanish', async () => {
    const el = await mount(
      html`<kc-clinic lang="es"><kc-explainer layout="stack" reviewed="2025-03-01"></kc-explainer></kc-clinic>`,
    );
    await vi.waitFor(() => expect($(el, '.h').textContent).toBe('La brecha en el tratamiento'));
    expect($(el, '.sub').textContent).toBe('Lo que dice la investigación');
    expect($(el, '[part=footer]').textContent).toContain('1 de marzo de 2025');
    await vi.waitFor(() => expect($(el, '#kc-plasticity [part=sources]').textContent).toContain('(libro)'));
  });

  it('shows the reviewed date, and refuses one that is not YYYY-MM-DD', async () => {
    const el = await mount(html`<kc-explainer reviewed="2025-03-01"></kc-explainer>`);
    const time = $(el, 'time');
    expect(time.getAttribute('datetime')).toBe('2025-03-01');
    expect(time.textContent).toBe('March 1, 2025');
    el.reviewed = '03/01/2025';
    await settle(el);
    expect($(el, 'time')).toBeNull();
    expect($(el, '[part=config-error]').textContent).toContain('reviewed');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-explainer> reviewed:'));
  });
});

describe('sections, heading-level and open', () => {
  it('chooses and orders sections, and warns once naming unknown ids', async () => {
    const el = await mount(html`<kc-explainer layout="stack" sections="integration dmn brain plasticity"></kc-explainer>`);
    expect($$(el, '[part=section]').map((s) => s.id)).toEqual(['kc-integration', 'kc-dmn', 'kc-plasticity']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"brain"'));
    el.layout = 'accordion';
    await settle(el);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });

  it.each([3, 4, 6])('uses heading-level %i for section headings and the next for the sources', async (level) => {
    const el = await mount(html`<kc-explainer layout="stack" heading-level=${level}></kc-explainer>`);
    expect(new Set($$(el, '.h').map((h) => h.getAttribute('aria-level')))).toEqual(new Set([String(level)]));
    expect(new Set($$(el, '.sub').map((h) => h.getAttribute('aria-level')))).toEqual(new Set([String(Math.min(level + 1, 6))]));
  });

  it.each(['7', '1', 'h3'])('refuses heading-level="%s" visibly and falls back to 2', async (value) => {
    const el = await mount(html`<kc-explainer layout="accordion" heading-level=${value}></kc-explainer>`);
    const notice = $(el, '[part=config-error]');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('heading-level');
    expect(notice.textContent).toContain(`"${value}"`);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-explainer> heading-level:'));
    expect($$(el, '.h').every((h) => h.getAttribute('aria-level') === '2')).toBe(true);
    expect($$(el, '[part=section]')).toHaveLength(6);
    await expectNoAxeViolations(el);
  });

  it('refuses an unknown layout visibly and lets the width decide', async () => {
    const el = await mount(html`<div style="width: 320px"><kc-explainer layout="grid"></kc-explainer></div>`);
    expect($(el, '[part=config-error]').textContent).toContain('layout');
    expect(el.currentLayout).toBe('accordion');
  });

  it('opens the `open` section first, in tabs and in an accordion', async () => {
    const tabs = await mount(html`<kc-explainer layout="tabs" open="window"></kc-explainer>`);
    expect($(tabs, '[aria-selected=true]').id).toBe('kc-tab-window');
    expect(visible($(tabs, '#kc-panel-window'))).toBe(true);
    const accordion = await mount(html`<kc-explainer layout="accordion" open="insight"></kc-explainer>`);
    expect($$(accordion, '[aria-expanded=true]').map((b) => b.id)).toEqual(['kc-tab-insight']);
  });

  it('refuses an `open` that is not shown, and opens the first tab', async () => {
    const el = await mount(html`<kc-explainer layout="tabs" sections="gap dmn" open="window"></kc-explainer>`);
    expect($(el, '[part=config-error]').textContent).toContain('open');
    expect($(el, '[aria-selected=true]').id).toBe('kc-tab-gap');
  });
});

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
    expect(error).not.toHaveBeenCalled();
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

describe('overrides', () => {
  it('lets a slot named after a section replace its body, keeping heading, takeaway and sources', async () => {
    const el = await mount(
      html`<kc-explainer layout="stack"><p slot="dmn">Our own words about brain networks.</p></kc-explainer>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name=dmn]');
    expect(slot.assignedElements().map((e) => e.textContent)).toEqual(['Our own words about brain networks.']);
    expect([...slot.querySelectorAll('p')].some(visible)).toBe(false);
    await vi.waitFor(() => expect(slot.querySelector('svg')).not.toBeNull());
    expect(visible(slot.querySelector('svg')!)).toBe(false);
    expect($(el, '#kc-dmn .h').textContent).toBe(en.sections.dmn.heading);
    expect($(el, '#kc-dmn [part=sources] li')).not.toBeNull();
    expect([...$<HTMLSlotElement>(el, 'slot[name=gap]').querySelectorAll('p')].every(visible)).toBe(true);
  });

  it('invites the reader to the breathing exercise with kc-cta, and lets the clinic replace the button', async () => {
    const el = await mount(html`<kc-explainer layout="stack"></kc-explainer>`);
    const cta = vi.fn();
    document.addEventListener('kc-cta', cta, { once: true });
    const button = $(el, '#kc-integration [part=cta]');
    expect(button.textContent!.trim()).toBe(en.cta);
    await userEvent.click(button);
    expect(cta).toHaveBeenCalledTimes(1);
    expect((cta.mock.calls[0]![0] as CustomEvent).detail).toEqual({ id: 'integration' });
    expect((cta.mock.calls[0]![0] as CustomEvent).composed).toBe(true);

    const custom = await mount(
      html`<kc-explainer layout="stack"><a slot="cta" href="#breathe">Breathe with us</a></kc-explainer>`,
    );
    expect(visible($(custom, '[part=cta]'))).toBe(false);
    expect($<HTMLSlotElement>(custom, 'slot[name=cta]').assignedElements()[0]!.textContent).toBe('Breathe with us');
  });

  it('replaces headings and takeaways through `content`', async () => {
    const el = await mount(
      html`<kc-explainer
        layout="tabs"
        .content=${{ dmn: { heading: 'Your brain at rest' }, gap: { takeaway: 'You are not alone.' } }}
      ></kc-explainer>`,
    );
    expect($(el, '#kc-tab-dmn').textContent!.trim()).toBe('Your brain at rest');
    expect($(el, '#kc-panel-dmn .h').textContent).toBe('Your brain at rest');
    expect($(el, '#kc-gap [part=takeaway]').textContent).toContain('You are not alone.');
    expect($(el, '#kc-gap [part=takeaway]').textContent).not.toContain(en.sections.gap.takeaway);
    expect(error).not.toHaveBeenCalled();
  });

  it('names each invalid `content` entry visibly and keeps the default text', async () => {
    const el = await mount(
      html`<kc-explainer
        layout="stack"
        .content=${{ dmn: { heading: 5, takeaway: 'Kept takeaway.' }, brain: {} }}
      ></kc-explainer>`,
    );
    const notice = $(el, '[part=config-error]').textContent!;
    expect(notice).toContain('content.dmn.heading');
    expect(notice).toContain('content.brain');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-explainer> content.dmn.heading:'));
    expect($(el, '#kc-dmn .h').textContent).toBe(en.sections.dmn.heading);
    expect($(el, '#kc-dmn [part=takeaway]').textContent).toContain('Kept takeaway.');
  });

  it('reads `content` from the attribute as JSON, and names bad JSON', async () => {
    const el = await mount(html`<kc-explainer layout="stack" content='{"window":{"heading":"Room to change"}}'></kc-explainer>`);
    expect($(el, '#kc-window .h').textContent).toBe('Room to change');
    el.setAttribute('content', '{window:');
    await settle(el);
    expect($(el, '[part=config-error]').textContent).toContain('not valid JSON');
    expect($(el, '#kc-window .h').textContent).toBe(en.sections.window.heading);
  });

  /** Overrides a script may set that throw when read: what is named, and the override that is still used. */
  const unreadableContent = (): [string, unknown, string, boolean][] => {
    const boom = () => {
      throw new Error('hostile');
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const gap = { takeaway: 'You are not alone.' };
    return [
      [
        'a section behind a throwing getter',
        Object.defineProperty({ gap }, 'dmn', { enumerable: true, get: boom }),
        'content.dmn',
        true,
      ],
      [
        'a field behind a throwing getter',
        { gap, dmn: Object.defineProperty({}, 'heading', { enumerable: true, get: boom }) },
        'content.dmn.heading',
        true,
      ],
      ['a Proxy that throws', new Proxy({ gap }, { ownKeys: boom }), 'content', false],
      ['a revoked Proxy', revoked.proxy, 'content', false],
      ['a section that is a revoked Proxy', { gap, window: revoked.proxy }, 'content.window', true],
    ];
  };

  /** The notice names the override, the console says it, default text stays, and the tabs still work. */
  async function namedAndWorking(el: KcExplainer, path: string, gapKept: boolean) {
    expect($(el, '[part=config-error]').textContent).toContain(`${path}: could not be read`);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-explainer> ${path}: could not be read`));
    expect($(el, '#kc-panel-dmn .h').textContent).toBe(en.sections.dmn.heading);
    expect($(el, '#kc-gap [part=takeaway]').textContent).toContain(gapKept ? 'You are not alone.' : en.sections.gap.takeaway);
    await userEvent.click($(el, '#kc-tab-dmn'));
    await settle(el);
    expect($(el, '#kc-tab-dmn').getAttribute('aria-selected')).toBe('true');
    expect(visible($(el, '#kc-panel-dmn'))).toBe(true);
  }

  it.each(unreadableContent())(
    'names %s in `content` visibly and in the console, and keeps working',
    async (_, content, path, gapKept) => {
      const el = await mount(html`<kc-explainer layout="tabs"></kc-explainer>`);
      expect(() => (el.content = content as never)).not.toThrow();
      await settle(el);
      await namedAndWorking(el, path, gapKept);
    },
  );

  it.each(unreadableContent())(
    'names %s in `content` set before it is connected: not a blank widget',
    async (_, content, path, gapKept) => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('kc-explainer');
      el.setAttribute('layout', 'tabs');
      expect(() => (el.content = content as never)).not.toThrow();
      parent.append(el);
      await settle(el);
      await namedAndWorking(el, path, gapKept);
    },
  );
});

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
