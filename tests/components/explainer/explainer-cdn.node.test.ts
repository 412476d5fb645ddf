import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../hardening/harness.js';

// <kc-explainer> from its own CDN entry, under the strictest policy we promise, loading nothing from anywhere else.
const page = `<!doctype html><html lang="en"><title>Explainer</title>
  <script type="module" src="/cdn/kc-explainer.js"></script>
  <main><kc-explainer reviewed="2025-01-15"></kc-explainer><kc-explainer lang="es" layout="stack" sections="dmn"></kc-explainer></main>`;

let h: Harness;
let base: string;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness();
  h.pages['/'] = page;
  base = h.server.url;
  browser = h.browser;
});

afterAll(() => h?.close());

it('renders tabs and Spanish under a strict CSP, with no errors, violations or outside requests', async () => {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  await tab.goto(base);
  await tab.waitForFunction(() => document.querySelector('kc-explainer')?.shadowRoot?.querySelector('[role=tablist]'));
  await tab.waitForFunction(() =>
    document.querySelectorAll('kc-explainer')[1]?.shadowRoot?.textContent?.includes('red neuronal'),
  );
  // Diagrams and citations arrive right after the first paint, from the CDN build's own files.
  await tab.waitForFunction(() => document.querySelectorAll('kc-explainer')[1]?.shadowRoot?.querySelector('[part=sources] a'));
  const state = await tab.evaluate(() => {
    const [wide, spanish] = [...document.querySelectorAll('kc-explainer')].map((e) => e.shadowRoot!);
    return {
      tabs: wide!.querySelectorAll('[role=tab]').length,
      reviewed: wide!.querySelector('time')?.textContent,
      spanishSources: spanish!.querySelectorAll('[part=sources] a').length,
      diagram: !!spanish!.querySelector('svg[part=diagram] title'),
    };
  });
  expect(state).toEqual({ tabs: 6, reviewed: 'January 15, 2025', spanishSources: 6, diagram: true });
  expect(problems).toEqual([]);
  expect(requests.every((url) => url.startsWith(base))).toBe(true);
  await tab.close();
});

it('says so when the citations cannot load, and loads them when the reader opens a list', async () => {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  let refused = 0;
  // Offline for the first request of the citations only.
  await tab.route(/\/cdn\/chunks\/citations-/, (route) => (refused++ ? route.continue() : route.abort()));
  await tab.goto(base);
  const first = tab.locator('kc-explainer').first();
  const list = first.locator('#kc-src-gap');
  // The list behind "What the research says" says so (read before it is opened: its text is there, hidden).
  await tab.waitForFunction(() =>
    document
      .querySelector('kc-explainer')
      ?.shadowRoot?.querySelector('#kc-src-gap')
      ?.textContent?.includes('could not be loaded'),
  );
  // The first request failed (the page's other explainer may have asked again meanwhile, as any widget may).
  expect(refused).toBeGreaterThanOrEqual(1);
  // Opening it asks again.
  await first.locator('#kc-gap .src').click();
  await list.locator('a').first().waitFor();
  expect(await list.textContent()).not.toContain('could not be loaded');
  await tab.close();
});
