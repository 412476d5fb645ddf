import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KcExplainer } from '../src/components/explainer/explainer.js';
import { SECTION_IDS, type SectionId } from '../src/components/explainer/sections.js';
import { CITATIONS } from '../src/components/explainer/sources.js';
import { forcedColors, forcedColorsActive, systemColor } from './forced-colors.js';

interface Args {
  layout?: string;
  sections?: string;
  'heading-level'?: number;
  open?: string;
  reviewed?: string;
  theme?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kc-explainer',
  component: 'kc-explainer',
  parameters: {
    docs: {
      description: {
        component:
          'How ketamine may help with anxiety, for a clinic’s “How it works” page: six sections in plain language, with diagrams, a key takeaway each and cited evidence (every DOI checked). Tabs when wide, an accordion when narrow, or `layout="stack"`; `#kc-<id>` links open a section; printing shows everything. Listen for `kc-cta` to open your breathing exercise.\n\nPrivacy: stores nothing (no cookies, storage or URL changes) and requests nothing; source links open the journal pages with `rel="noreferrer"`, so journals do not learn which page the reader came from.',
      },
    },
  },
  argTypes: {
    layout: { control: 'select', options: [undefined, 'tabs', 'accordion', 'stack'] },
    open: { control: 'select', options: [undefined, ...SECTION_IDS] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
  },
  args: { reviewed: '2025-01-15' },
  render: (args) =>
    html`<kc-explainer
      layout=${args.layout ?? nothing}
      sections=${args.sections ?? nothing}
      heading-level=${args['heading-level'] ?? nothing}
      open=${args.open ?? nothing}
      reviewed=${args.reviewed ?? nothing}
      theme=${args.theme ?? nothing}
      lang=${args.lang ?? nothing}
    ></kc-explainer>`,
};
export default meta;

type Story = StoryObj<Args>;

async function explainer(canvasElement: HTMLElement): Promise<KcExplainer> {
  const el = canvasElement.querySelector('kc-explainer')!;
  // Its language's text may still be on its way (the first render waits for it): longer than waitFor's 1 s on a busy machine.
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part=base]')).toBeTruthy(), { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const shadow = (el: KcExplainer) => el.shadowRoot!;
const visible = (node: Element | null) => !!node && node.getClientRects().length > 0;

/** The WAI-ARIA tabs pattern: arrow keys move between tabs, Home and End jump, one tab stop. */
export const Tabs: Story = {
  args: { layout: 'tabs' },
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role=tab]')];
    await expect(tabs).toHaveLength(6);
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    await expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    await expect(visible(shadow(el).querySelector('#kc-panel-dmn'))).toBe(true);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    await expect(shadow(el).activeElement?.id).toBe('kc-tab-integration');
  },
};

/**
 * Forced colours (Windows High Contrast): only the selected tab is marked, filled in the selection colours; the others
 * draw no underline (turn on forced-colors emulation in DevTools → Rendering to see it).
 */
export const ForcedColors: Story = {
  // Forced colours are turned on through Chromium's DevTools protocol: run as a test in Chromium only.
  tags: ['chromium-only'],
  args: { layout: 'tabs' },
  beforeEach: forcedColors,
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role=tab]')];
    await expect(tabs).toHaveLength(6);
    tabs[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    if (!forcedColorsActive()) return; // in Storybook without emulation there is nothing to check
    const [first, second] = tabs.map((tab) => getComputedStyle(tab));
    await expect(second!.backgroundColor).toBe(systemColor('Highlight'));
    await expect(second!.color).toBe(systemColor('HighlightText'));
    await expect(first!.borderBottomColor).toBe(systemColor('Canvas'));
    await expect(second!.borderBottomColor).not.toBe(first!.borderBottomColor);
    await expect(second!.outlineStyle).toBe('solid');
  },
};

/** Disclosure buttons; any number of sections can be open. */
export const Accordion: Story = {
  args: { layout: 'accordion' },
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const [first, second] = [...shadow(el).querySelectorAll<HTMLButtonElement>('.toggle')];
    await userEvent.click(first!);
    await userEvent.click(second!);
    await el.updateComplete;
    await expect(first!.getAttribute('aria-expanded')).toBe('true');
    await expect(second!.getAttribute('aria-expanded')).toBe('true');
    await expect(visible(shadow(el).querySelector('#kc-panel-gap'))).toBe(true);
  },
};

/** Every section in order, for long-form pages (and what printing shows in any layout). */
export const Stack: Story = {
  args: { layout: 'stack' },
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const panels = [...shadow(el).querySelectorAll('.panel')];
    await expect(panels).toHaveLength(6);
    await expect(panels.every(visible)).toBe(true);
    await waitFor(() => expect(shadow(el).querySelectorAll('svg[part=diagram]')).toHaveLength(4), { timeout: 10_000 });
  },
};

/** No `layout`: tabs when the element is at least 40rem wide, an accordion when narrower. */
export const Automatic: Story = {
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const expected = el.getBoundingClientRect().width >= 640 ? 'tabs' : 'accordion';
    await expect(el.currentLayout).toBe(expected);
    await expect(shadow(el).querySelector('[part=base]')!.getAttribute('data-layout')).toBe(expected);
  },
};

/** In a 320px column the explainer is an accordion, with nothing wider than the column. */
export const Narrow: Story = {
  args: { open: 'dmn' },
  render: (args) => html`<div style="max-width: 320px">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    await expect(el.currentLayout).toBe('accordion');
    await expect(shadow(el).querySelector('#kc-tab-dmn')!.getAttribute('aria-expanded')).toBe('true');
    await expect(shadow(el).querySelector('[part=base]')!.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', layout: 'tabs', open: 'plasticity' },
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    await expect(shadow(el).querySelector('[part=base]')!.getAttribute('data-theme')).toBe('dark');
    await expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).colorScheme).toBe('dark');
  },
};

/** Written for Spanish readers, not translated word for word. */
export const Spanish: Story = {
  args: { lang: 'es', layout: 'stack', sections: 'gap plasticity' },
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    await waitFor(() => expect(shadow(el).querySelector('.h')!.textContent).toBe('La brecha en el tratamiento'));
    await expect(shadow(el).querySelector('.sub')!.textContent).toBe('Lo que dice la investigación');
    await expect(shadow(el).querySelector('time')!.textContent).toBe('15 de enero de 2025');
  },
};

/** The integration section invites the reader to breathe; the clinic opens its own exercise on `kc-cta`. */
export const WithClinicCta: Story = {
  args: { layout: 'stack', sections: 'integration' },
  render: (args) =>
    html`${meta.render!(args, {} as never)}
      <p id="breathe" hidden>Here the clinic opens its <code>&lt;kc-breathwork-timer&gt;</code>.</p>`,
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const target = canvasElement.querySelector<HTMLElement>('#breathe')!;
    el.addEventListener('kc-cta', (e) => (target.hidden = e.detail.id !== 'integration'), { once: true });
    await userEvent.click(shadow(el).querySelector<HTMLElement>('[part=cta]')!);
    await expect(target.hidden).toBe(false);
  },
};

/** The clinic’s own words: a slot replaces a section’s body, `content` its heading or takeaway. */
export const ClinicOverrides: Story = {
  args: { layout: 'stack', sections: 'dmn' },
  render: (args) =>
    html`<kc-explainer
      layout=${args.layout!}
      sections=${args.sections!}
      .content=${{ dmn: { heading: 'Your brain at rest', takeaway: 'Ask us what the scans can and cannot show.' } }}
      ><p slot="dmn">At Calm Harbor we explain the default mode network in your first visit.</p></kc-explainer
    >`,
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    await expect(shadow(el).querySelector('.h')!.textContent).toBe('Your brain at rest');
    await expect(shadow(el).querySelector('[part=takeaway]')!.textContent).toContain('Ask us what the scans');
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name=dmn]')!;
    await expect(slot.assignedElements()).toHaveLength(1);
  },
};

/** Invalid settings are named in a visible notice (and a console.error); everything else keeps working. */
export const InvalidSettings: Story = {
  args: { layout: 'accordion', 'heading-level': 9, open: 'brain', reviewed: 'last spring' },
  play: async ({ canvasElement }) => {
    const el = await explainer(canvasElement);
    const notice = shadow(el).querySelector('[part=config-error]')!.textContent!;
    for (const attribute of ['heading-level', 'open', 'reviewed']) await expect(notice).toContain(attribute);
    await expect(shadow(el).querySelectorAll('.toggle')).toHaveLength(6);
  },
};

function sectionStory(id: SectionId): Story {
  return {
    args: { layout: 'stack', sections: id },
    play: async ({ canvasElement }) => {
      const el = await explainer(canvasElement);
      const sections = [...shadow(el).querySelectorAll('[part=section]')];
      await expect(sections.map((s) => s.id)).toEqual([`kc-${id}`]);
      // "What the research says" opens on demand; the citations arrive right after the first paint.
      sections[0]!.querySelector<HTMLButtonElement>('.sub button')!.click();
      await waitFor(() => expect(sections[0]!.querySelectorAll('[part=sources] li')).toHaveLength(CITATIONS[id].length), {
        timeout: 10_000,
      });
      await expect(sections[0]!.querySelector('[part=sources] a')).toBeTruthy();
      await expect(sections[0]!.querySelector('[part=takeaway]')).toBeTruthy();
    },
  };
}

export const SectionGap = sectionStory('gap');
export const SectionDefaultModeNetwork = sectionStory('dmn');
export const SectionPlasticity = sectionStory('plasticity');
export const SectionWindow = sectionStory('window');
export const SectionInsight = sectionStory('insight');
export const SectionIntegration = sectionStory('integration');
