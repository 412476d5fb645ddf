import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { KcClinic } from '../src/components/clinic/clinic.js';

const meta: Meta = {
  title: 'Elements/kc-clinic',
  component: 'kc-clinic',
  parameters: {
    docs: {
      description: {
        component:
          'Wrap a page (or part of one) in `<kc-clinic>` to set the clinic’s name, phone, booking link, hand-off endpoint, service area, language and theme once for every widget inside.',
      },
    },
  },
  args: {
    name: 'Calm Harbor Ketamine Clinic',
    phone: '+1 (555) 010-2000',
    'booking-url': 'https://calm-harbor.example/book',
    endpoint: 'https://calm-harbor.example/api/intake',
    regions: 'US-CA US-NY',
  },
  render: (args) =>
    html`<kc-clinic
      name=${args.name}
      phone=${args.phone}
      booking-url=${args['booking-url']}
      endpoint=${args.endpoint}
      regions=${args.regions}
    >
      <p>Widgets placed here share these settings.</p>
    </kc-clinic>`,
};
export default meta;

type Story = StoryObj;

/** A clinic with valid settings shows nothing of its own: it only shares them. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const clinic = canvasElement.querySelector<KcClinic>('kc-clinic[name]')!;
    await clinic.updateComplete;
    await expect(clinic.settings.regions).toEqual(['US-CA', 'US-NY']);
    await expect(clinic.shadowRoot!.querySelector('[part=config-error]')).toBeNull();
  },
};

/** Invalid values are refused with a visible notice (and a `console.error`); the valid ones still apply. */
export const InvalidSettings: Story = {
  args: {
    'booking-url': 'javascript:alert(1)',
    endpoint: 'http://calm-harbor.example/api/intake',
    regions: 'US-CA California',
  },
  play: async ({ canvasElement }) => {
    const clinic = canvasElement.querySelector<KcClinic>('kc-clinic[name]')!;
    await waitFor(() => expect(clinic.shadowRoot!.querySelector('[part=config-error]')).not.toBeNull());
    const text = clinic.shadowRoot!.querySelector('[part=config-error]')!.textContent!;
    await expect(text).toContain('booking-url');
    await expect(text).toContain('endpoint');
    await expect(text).toContain('"California"');
    await expect(clinic.settings.endpoint).toBeUndefined();
    await expect(clinic.settings.regions).toEqual(['US-CA']);
  },
};
