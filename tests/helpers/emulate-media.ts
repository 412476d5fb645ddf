import { cdp } from 'vitest/browser';

/** Media features the tests switch through Chromium's DevTools protocol. */
export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  /** `print` to apply print styles. */
  media?: 'print' | 'screen';
}

/** Emulates media features for the page under test (real media queries, not stubs). Call `resetMedia()` after. */
export async function emulateMedia(options: EmulatedMedia): Promise<void> {
  const features: { name: string; value: string }[] = [];
  if (options.colorScheme) features.push({ name: 'prefers-color-scheme', value: options.colorScheme });
  if (options.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: options.reducedMotion });
  if (options.forcedColors) features.push({ name: 'forced-colors', value: options.forcedColors });
  await cdp().send('Emulation.setEmulatedMedia', { media: options.media ?? '', features });
}

export async function resetMedia(): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
}
