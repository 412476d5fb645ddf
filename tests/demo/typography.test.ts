import { fixture, html } from '@open-wc/testing-helpers';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import demoCss from '../../demo/demo.css?inline';
import '../../src/define.js';

// The demo page is a clinic's page: its own typography (a system sans-serif, a comfortable line height and measure),
// which the widgets inherit, since they set no font of their own.

const style = document.createElement('style');
beforeAll(() => {
  style.textContent = demoCss;
  document.head.append(style);
});
afterAll(() => style.remove());

it('sets the demo page in a system sans-serif at a comfortable line height and measure, and the widgets inherit it', async () => {
  const main = await fixture<HTMLElement>(
    html`<main>
      <p class="lede">A paragraph of the clinic's own text, long enough to wrap at the page's measure on a wide screen.</p>
      <kc-explainer layout="stack" sections="gap"></kc-explainer>
    </main>`,
  );
  const page = getComputedStyle(document.documentElement);
  expect(page.fontFamily).toMatch(/^system-ui\b/);
  expect(page.fontFamily).toContain('sans-serif');
  expect(page.fontFamily).not.toContain('Georgia');
  expect(parseFloat(page.lineHeight) / parseFloat(page.fontSize)).toBeCloseTo(1.5);
  // The page's prose at about 70 characters a line (25–45 em).
  const lede = main.querySelector('p')!;
  const ch = parseFloat(getComputedStyle(lede).maxInlineSize) / parseFloat(page.fontSize);
  expect(ch).toBeGreaterThan(25);
  expect(ch).toBeLessThan(45);
  const explainer = main.querySelector('kc-explainer')!;
  await vi.waitFor(() => expect(explainer.shadowRoot?.querySelector('[part=takeaway]')).toBeTruthy());
  expect(getComputedStyle(explainer.shadowRoot!.querySelector('[part=takeaway]')!).fontFamily).toBe(page.fontFamily);
});
