import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { darkPalette, lightPalette } from '../../src/shared/styles/tokens.js';
import { Unreadable } from '../hardening/hostile-objects.js';
import { canEmulateMedia, emulateMedia, resetMedia } from '../helpers/emulate-media.js';
import type { KcTestProbe } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function surfaceOf(probe: KcTestProbe): Promise<string> {
  await probe.updateComplete;
  return getComputedStyle(probe.shadowRoot!.querySelector('[part=base]')!).backgroundColor;
}

describe('theming', () => {
  afterEach(resetMedia);

  it('uses the light palette by default and the dark one for theme="dark"', async () => {
    const light = await fixture<KcTestProbe>(html`<kc-test-probe></kc-test-probe>`);
    const dark = await fixture<KcTestProbe>(html`<kc-test-probe theme="dark"></kc-test-probe>`);
    expect(await surfaceOf(light)).toBe(hexToRgb(lightPalette.surface));
    expect(await surfaceOf(dark)).toBe(hexToRgb(darkPalette.surface));
  });

  // Switching the colour scheme needs Chromium's DevTools protocol; every engine checks its own real setting below.
  it.runIf(canEmulateMedia)('follows prefers-color-scheme with theme="auto"', async () => {
    const probe = await fixture<KcTestProbe>(html`<kc-test-probe theme="auto"></kc-test-probe>`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(await surfaceOf(probe)).toBe(hexToRgb(darkPalette.surface));
    await emulateMedia({ colorScheme: 'light' });
    expect(await surfaceOf(probe)).toBe(hexToRgb(lightPalette.surface));
  });

  it('follows the engine’s own colour scheme with theme="auto"', async () => {
    const probe = await fixture<KcTestProbe>(html`<kc-test-probe theme="auto"></kc-test-probe>`);
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(await surfaceOf(probe)).toBe(hexToRgb((dark ? darkPalette : lightPalette).surface));
  });

  it('lets a designer override any token from an ancestor, in both themes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--kc-color-surface: #fafaf0; --kc-radius: 3px">
        <kc-test-probe></kc-test-probe><kc-test-probe theme="dark"></kc-test-probe>
      </div>`,
    );
    const [light, dark] = [...wrapper.querySelectorAll('kc-test-probe')];
    expect(await surfaceOf(light!)).toBe('rgb(250, 250, 240)');
    expect(await surfaceOf(dark!)).toBe('rgb(250, 250, 240)');
    expect(getComputedStyle(light!.shadowRoot!.querySelector('[part=base]')!).borderTopLeftRadius).toBe('3px');
  });

  it('inherits the host page’s font by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif">
        <kc-test-probe></kc-test-probe>
      </div>`,
    );
    const probe = wrapper.querySelector('kc-test-probe')!;
    await probe.updateComplete;
    expect(getComputedStyle(probe.shadowRoot!.querySelector('p.greeting')!).fontFamily).toContain('Georgia');
  });

  it('shows invalid theme values and keeps the light theme', async () => {
    const probe = await fixture<KcTestProbe>(html`<kc-test-probe theme="neon"></kc-test-probe>`);
    expect(await surfaceOf(probe)).toBe(hexToRgb(lightPalette.surface));
    expect(probe.shadowRoot!.querySelector('[part=config-error]')!.textContent).toContain('theme');
  });

  it.each([
    ['a list', () => ['dark']],
    ['an object', () => ({ theme: 'dark' })],
    ['an object', () => new Unreadable('proxy').make()],
    ['a value that cannot be read', () => new Unreadable('revoked').make()],
  ])('shows a theme set from script to %s, reflects no attribute, and keeps the clinic’s theme', async (kind, value) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const clinic = await fixture<HTMLElement>(
      html`<kc-clinic theme="dark"><kc-test-probe theme="light"></kc-test-probe></kc-clinic>`,
    );
    const probe = clinic.querySelector('kc-test-probe')!;
    await probe.updateComplete;
    probe.theme = value() as unknown as string;
    await probe.updateComplete;
    expect(probe.hasAttribute('theme')).toBe(false);
    expect(probe.shadowRoot!.querySelector('[part=config-error]')!.textContent).toContain(
      `theme: was set to ${kind}, not text; it is ignored.`,
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-test-probe> theme: was set to'));
    expect(await surfaceOf(probe)).toBe(hexToRgb(darkPalette.surface));
    error.mockRestore();
  });

  it('reflects a theme set from script to a number as text, and names it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const probe = await fixture<KcTestProbe>(html`<kc-test-probe></kc-test-probe>`);
    probe.theme = 5 as unknown as string;
    await probe.updateComplete;
    expect(probe.getAttribute('theme')).toBe('5');
    expect(probe.shadowRoot!.querySelector('[part=config-error]')!.textContent).toContain(
      'theme: "5" is not one of light, dark, auto.',
    );
    expect(await surfaceOf(probe)).toBe(hexToRgb(lightPalette.surface));
    error.mockRestore();
  });
});
