// What the explainer says: its sections, diagrams and sources in the reader's language, which sections and headings
// a clinic chooses, and what it may replace (slots, `content`).
import { fixture, html } from '@open-wc/testing-helpers';
import { userEvent } from 'vitest/browser';
import { describe, expect, it, vi } from 'vitest';
import type { KcExplainer } from '../../../src/components/explainer/explainer.js';
import en from '../../../src/components/explainer/locales/en.js';
import { SECTION_IDS } from '../../../src/components/explainer/sections.js';
import { CITATIONS, SOURCES } from '../../../src/components/explainer/sources.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { settle, mount, $, $$, visible, isolateExplainerTests } from './helpers.js';

isolateExplainerTests();

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
    expect(console.error).not.toHaveBeenCalled();
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-explainer> reviewed:'));
  });
});

describe('sections, heading-level and open', () => {
  it('chooses and orders sections, and warns once naming unknown ids', async () => {
    const el = await mount(html`<kc-explainer layout="stack" sections="integration dmn brain plasticity"></kc-explainer>`);
    expect($$(el, '[part=section]').map((s) => s.id)).toEqual(['kc-integration', 'kc-dmn', 'kc-plasticity']);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"brain"'));
    el.layout = 'accordion';
    await settle(el);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(console.error).not.toHaveBeenCalled();
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-explainer> heading-level:'));
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
    expect(console.error).not.toHaveBeenCalled();
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-explainer> content.dmn.heading:'));
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
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`<kc-explainer> ${path}: could not be read`));
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
