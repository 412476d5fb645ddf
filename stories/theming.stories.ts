import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { lightPalette } from '../src/shared/styles/tokens.js';

/**
 * A live token editor: change any `--kc-*` custom property in the Controls panel and see every widget follow.
 * Copy the values you like into your stylesheet, on `kc-clinic` or any ancestor of the widgets.
 */
const tokens = {
  '--kc-color-primary': lightPalette.primary,
  '--kc-color-on-primary': lightPalette['on-primary'],
  '--kc-color-accent': lightPalette.accent,
  '--kc-color-surface': lightPalette.surface,
  '--kc-color-surface-alt': lightPalette['surface-alt'],
  '--kc-color-text': lightPalette.text,
  '--kc-color-text-muted': lightPalette['text-muted'],
  '--kc-color-border': lightPalette.border,
  '--kc-color-focus': lightPalette.focus,
  '--kc-radius': '0.5rem',
  '--kc-space': '1rem',
  '--kc-font-family': 'inherit',
} as const;

type TokenArgs = Record<keyof typeof tokens, string>;

const meta: Meta<TokenArgs> = {
  title: 'Guides/Theming',
  args: { ...tokens },
  argTypes: Object.fromEntries(
    Object.keys(tokens).map((name) => [name, { control: name.startsWith('--kc-color') ? 'color' : 'text' }]),
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Every widget reads the same `--kc-*` design tokens (colours, font, radius, spacing); set them on `<kc-clinic>`, on a widget, or on any ancestor. Both built-in palettes meet WCAG AA; if you change colours, keep text at 4.5:1 against its background. Style inner pieces with `::part()` (each element page lists its parts).',
      },
    },
  },
  render: (args) =>
    html`<div class="token-editor" style=${styleMap(args)}>
      <kc-explainer layout="stack" sections="gap" heading-level="3"></kc-explainer>
      <kc-breathwork-timer pattern="box"></kc-breathwork-timer>
    </div>`,
};
export default meta;

type Story = StoryObj<TokenArgs>;

/** The text inside a widget: what a reader reads, in the font the widget was given. */
const widgetText = (canvas: HTMLElement) => canvas.querySelector('kc-explainer')!.shadowRoot!.querySelector('[part=takeaway]')!;

/** The shipped tokens, on a page set in a system sans-serif, as most clinic sites are: the widgets take its font. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('kc-explainer')!.shadowRoot?.querySelector('[part=takeaway]')).toBeTruthy(),
    );
    const page = getComputedStyle(canvasElement).fontFamily;
    await expect(page).toMatch(/^system-ui\b/);
    await expect(page).toContain('sans-serif');
    await expect(getComputedStyle(widgetText(canvasElement)).fontFamily).toBe(page);
  },
};

/**
 * A page with a distinctive font of its own (here a book serif): every widget inherits it, as it inherits any clinic's
 * font. Nothing to set; `--kc-font-family` is only for giving the widgets a font other than the page's.
 */
export const InheritsTheHostFont: Story = {
  render: (args, context) =>
    html`<div class="clinic-page" style="font-family: 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, serif">
      ${meta.render!(args, context)}
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('kc-explainer')!.shadowRoot?.querySelector('[part=takeaway]')).toBeTruthy(),
    );
    const host = getComputedStyle(canvasElement.querySelector('.clinic-page')!);
    const text = getComputedStyle(widgetText(canvasElement));
    await expect(text.fontFamily).toBe(host.fontFamily);
    await expect(text.fontFamily).toContain('Palatino');
  },
};

/** A clinic's own brand: a deep green, square corners, its own font. */
export const ClinicBrand: Story = {
  args: {
    '--kc-color-primary': '#1d5c4a',
    '--kc-color-accent': '#1d5c4a',
    '--kc-color-surface-alt': '#eef5f1',
    '--kc-radius': '2px',
    '--kc-font-family': 'Georgia, serif',
  },
  play: async ({ canvasElement }) => {
    const timer = canvasElement.querySelector('kc-breathwork-timer')!;
    await waitFor(() => expect(timer.shadowRoot?.querySelector('[part~=toggle]')).toBeTruthy(), { timeout: 10_000 });
    const start = timer.shadowRoot!.querySelector('[part~=toggle]')!;
    await expect(getComputedStyle(start).backgroundColor).toBe('rgb(29, 92, 74)');
    await expect(getComputedStyle(start).borderTopLeftRadius).toBe('2px');
    await expect(getComputedStyle(start).fontFamily).toContain('Georgia');
  },
};
