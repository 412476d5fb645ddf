import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, waitFor } from 'storybook/test';

/**
 * A clinic's paste, built from its settings: the live widgets, the snippet they come from, and the command that
 * prerenders it (`npx ketamine-clinic-elements prerender`, in Node: prerendering needs Lit's server renderer, which
 * does not run in a browser page). The command prints the paste that paints with the page.
 */
interface PasteArgs {
  name: string;
  phone: string;
  bookingUrl: string;
  regions: string;
  lang: 'en' | 'es';
  theme: 'light' | 'dark' | 'auto';
  explainer: boolean;
  timer: boolean;
  eligibility: boolean;
  cdn: string;
}

/** An attribute, written only when it has a value, its value escaped for a double-quoted attribute. */
const attribute = (name: string, value: string) =>
  value.trim() ? ` ${name}="${value.trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"` : '';

/** The snippet the clinic's settings make (what the command reads). */
function snippetFor(args: PasteArgs): string {
  const widgets = [
    args.eligibility && '  <kc-eligibility-check></kc-eligibility-check>',
    args.explainer && '  <kc-explainer layout="tabs"></kc-explainer>',
    args.timer && '  <kc-breathwork-timer pattern="box"></kc-breathwork-timer>',
  ].filter(Boolean);
  const clinic =
    attribute('name', args.name) +
    attribute('phone', args.phone) +
    attribute('booking-url', args.bookingUrl) +
    attribute('regions', args.regions) +
    attribute('lang', args.lang) +
    attribute('theme', args.theme);
  return `<kc-clinic${clinic}>\n${widgets.join('\n')}\n</kc-clinic>\n`;
}

/** The shell command that prerenders the snippet, with it on standard input. */
function commandFor(args: PasteArgs): string {
  const quoted = snippetFor(args).replace(/'/g, `'\\''`);
  return `printf '%s' '${quoted.trimEnd()}' \\\n  | npx ketamine-clinic-elements prerender --cdn=${args.cdn} > paste.html`;
}

const meta: Meta<PasteArgs> = {
  title: 'Guides/Prerendered paste',
  args: {
    name: 'Calm Harbor Ketamine Clinic',
    phone: '+1 (555) 010-2000',
    bookingUrl: 'https://calm-harbor.example/book',
    regions: 'US-CA US-NY',
    lang: 'en',
    theme: 'light',
    explainer: true,
    timer: true,
    eligibility: true,
    cdn: 'https://www.your-clinic.example/kc/cdn/',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    cdn: { description: 'Where your site serves the `dist/cdn/` folder' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Set your clinic’s attributes in Controls: the widgets below follow, and the command under them prints the paste that paints with your page (no layout shift): each widget’s first view already drawn, the script that brings it to life, and the hashes to add to `style-src` if your page sends a Content-Security-Policy. Copy the command, run it where Node 20 and the package are installed, paste `paste.html` into your page. Run it again after upgrading the library.',
      },
    },
  },
  render: (args) =>
    html`<div class="paste-builder">
      <section aria-label="Preview">${unsafeHTML(snippetFor(args))}</section>
      <h3>Run this, then paste <code>paste.html</code></h3>
      <pre class="command" tabindex="0"><code>${commandFor(args)}</code></pre>
      <button type="button" @click=${() => navigator.clipboard?.writeText(commandFor(args))}>Copy the command</button>
    </div>`,
};
export default meta;

type Story = StoryObj<PasteArgs>;

/** The three widgets with the demo clinic's settings. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const command = canvasElement.querySelector('.command')!.textContent!;
    await expect(command).toContain('name="Calm Harbor Ketamine Clinic"');
    await expect(command).toContain('npx ketamine-clinic-elements prerender --cdn=https://www.your-clinic.example/kc/cdn/');
    await waitFor(() =>
      expect(canvasElement.querySelector('kc-explainer')!.shadowRoot?.textContent).toContain('The treatment gap'),
    );
  },
};

/** In Spanish and the dark theme: the preview and the command follow the clinic's settings. */
export const SpanishDark: Story = {
  args: { lang: 'es', theme: 'dark', timer: false, eligibility: false },
  play: async ({ canvasElement }) => {
    const command = canvasElement.querySelector('.command')!.textContent!;
    await expect(command).toContain('lang="es" theme="dark"');
    await expect(command).not.toContain('kc-breathwork-timer');
    await waitFor(() => expect(canvasElement.querySelector('kc-explainer')!.shadowRoot?.textContent).toContain('La brecha'));
  },
};
