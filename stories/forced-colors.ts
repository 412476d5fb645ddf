/**
 * Forced-colours stories (Windows High Contrast). In Storybook, see them as a visitor would: DevTools → Rendering →
 * "Emulate CSS media feature forced-colors: active". When the stories run as tests (Storybook's Vitest addon, in
 * Chromium), `beforeEach` turns the real media feature on through the DevTools protocol, so the browser draws the page
 * in system colours and the play functions check what stays visible.
 */

/** Vitest's browser runner, when the story runs as a test: it carries a Chrome DevTools Protocol session. */
type Runner = { cdp?: { send(method: string, params?: object): Promise<unknown> } };

async function emulate(forcedColors: 'active' | 'none'): Promise<void> {
  const runner = (window as unknown as { __vitest_browser_runner__?: Runner }).__vitest_browser_runner__;
  if (!runner) return; // in Storybook: the reader turns forced colours on in DevTools
  if (!runner.cdp) throw new Error('Forced colours cannot be emulated: the test runner has no DevTools session.');
  const features = forcedColors === 'active' ? [{ name: 'forced-colors', value: 'active' }] : [];
  await runner.cdp.send('Emulation.setEmulatedMedia', { media: '', features });
}

/** Turns forced colours on for the story when it runs as a test, and off after it. */
export async function forcedColors(): Promise<() => Promise<void>> {
  await emulate('active');
  return () => emulate('none');
}

/** Whether forced colours are on (emulated in the test run, or by the reader in DevTools). */
export const forcedColorsActive = (): boolean => matchMedia('(forced-colors: active)').matches;

/** A system colour (`Canvas`, `CanvasText`, `Highlight`…) as the browser resolves it now. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
