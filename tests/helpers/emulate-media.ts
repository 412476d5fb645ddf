import { cdp, server } from 'vitest/browser';

/** Media features the tests switch through Chromium's DevTools protocol. */
export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  /** `print` to apply print styles. */
  media?: 'print' | 'screen';
}

/**
 * Whether this engine can switch media features (colour scheme, reduced motion, print) and device pixel ratio: only
 * Chromium, through its DevTools protocol. Firefox over WebDriver BiDi and WebKit over WebDriver have no media
 * emulation, so the tests that switch them run in Chromium only (`it.runIf(canEmulateMedia)`), and where an engine
 * has an equivalent (a window size, the element's own `theme`, the engine's real media state) the test uses that.
 */
export const canEmulateMedia = server.browser === 'chromium';

/** Emulates media features for the page under test (real media queries, not stubs). Call `resetMedia()` after. */
export async function emulateMedia(options: EmulatedMedia): Promise<void> {
  if (!canEmulateMedia) throw new Error(`Media emulation needs Chromium's DevTools protocol; ${server.browser} has none.`);
  const features: { name: string; value: string }[] = [];
  if (options.colorScheme) features.push({ name: 'prefers-color-scheme', value: options.colorScheme });
  if (options.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: options.reducedMotion });
  if (options.forcedColors) features.push({ name: 'forced-colors', value: options.forcedColors });
  await cdp().send('Emulation.setEmulatedMedia', { media: options.media ?? '', features });
}

export async function resetMedia(): Promise<void> {
  if (canEmulateMedia) await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
}

/** Doubles the device pixel ratio (what 200 % zoom does besides the width) where the engine can; call `resetPixelRatio()` after. */
export async function emulateDoublePixelRatio(width: number, height: number): Promise<void> {
  if (canEmulateMedia)
    await cdp().send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
}

export async function resetPixelRatio(): Promise<void> {
  if (canEmulateMedia) await cdp().send('Emulation.clearDeviceMetricsOverride');
}
