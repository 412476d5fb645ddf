import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';

/**
 * The framework examples, built and driven in real Chromium as a partner site would run them:
 * React 19 (wrappers and bare tags), Vue 3, and a plain HTML page on the CDN bundle.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const example of ['react', 'vue']) {
    await build({ configFile: `${root}/examples/${example}/vite.config.ts`, logLevel: 'error' });
  }
  server = await serveStatic({ root });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url + path);
  await page.waitForFunction(() => !!document.querySelector('#explainer')?.shadowRoot?.querySelector('[role=tab]'));
  return { page, errors };
}

/** The theme an element renders with (its own or its clinic's). */
function renderedTheme(page: Page, selector: string) {
  return page.evaluate(
    (s) => document.querySelector(s)!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme'),
    selector,
  );
}

/**
 * Answers the first step as a 16-year-old: the screening ends there, gently, after the self-harm question (asked on
 * every path), and sends kc-result.
 */
async function screenAsMinor(page: Page) {
  await page.locator('#check input[name=age]').fill('16');
  // Asked only when the clinic lists the regions it serves (the plain HTML page does).
  const region = page.locator('#check select[name=region]');
  if (await region.count()) await region.selectOption('US-CA');
  await page.locator('#check input[name=pregnant]').nth(1).check();
  await page.locator('#check button', { hasText: 'Next' }).click();
  await page.locator('#check input[name="phq9.9"][value="0"]').check();
  await page.locator('#check button', { hasText: 'See my result' }).click();
}

/** Drives every widget the same way in every framework, and checks the page's handlers saw the events. */
async function exerciseWidgets(page: Page) {
  // A kc-result handler in the framework shows the outcome.
  await screenAsMinor(page);
  await page.locator('#outcome', { hasText: 'ineligible' }).waitFor({ timeout: 15_000 });
  // A kc-section-change handler in the framework updates the page.
  await page.locator('#explainer [role=tab]', { hasText: 'Integration' }).click();
  await page.locator('#section', { hasText: 'integration' }).waitFor();
  // kc-cta opens the breathing exercise; its kc-breath-complete reaches the framework's handler.
  await page.locator('#explainer [part=cta]').click();
  await page.locator('#timer [part~=toggle]').click();
  await page.locator('#practised', { hasText: '1 breaths' }).waitFor({ timeout: 15_000 });
}

describe('examples/react (React 19)', () => {
  it('renders every widget, passes props, and handles kc- events in React handlers', async () => {
    const { page, errors } = await open('/examples/react/dist/index.html');
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('kc-clinic')].map((c) => (c as HTMLElement & { settings: { name?: string } }).settings.name),
    );
    expect(names).toEqual(['Calm Harbor Ketamine Clinic', 'Calm Harbor (bare tag)']);
    // headingLevel={3} arrived as a property.
    expect(
      await page.evaluate(() =>
        document
          .querySelector('#explainer')!
          .shadowRoot!.querySelector('[role=tabpanel] [role=heading]')!
          .getAttribute('aria-level'),
      ),
    ).toBe('3');
    await exerciseWidgets(page);
    // The bare tag's onkc-breath-start prop is a React 19 custom-event listener.
    await page.locator('#bare-timer [part~=toggle]').click();
    await page.locator('#practised', { hasText: 'started (bare tag)' }).waitFor();
    // A theme change in React state reaches both clinics and their widgets.
    await page.getByRole('button', { name: /^Theme/ }).click();
    await page.waitForFunction(
      () => document.querySelector('#explainer')!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme') === 'dark',
    );
    expect(await renderedTheme(page, '#bare-timer')).toBe('dark');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('examples/vue (Vue 3)', () => {
  it('renders the tags as custom elements, binds attributes and listens with v-on', async () => {
    const { page, errors } = await open('/examples/vue/dist/index.html');
    expect(await renderedTheme(page, '#clinic')).toBe('light');
    await exerciseWidgets(page);
    await page.getByRole('button', { name: /^Theme/ }).click();
    await page.waitForFunction(
      () => document.querySelector('#explainer')!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme') === 'dark',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('examples/html (one script tag from dist/cdn)', () => {
  it('upgrades the pasted tags, and a few lines of script hear their events', async () => {
    const { page, errors } = await open('/examples/html/index.html');
    const settings = await page.evaluate(
      () => (document.querySelector('kc-clinic') as HTMLElement & { settings: object }).settings,
    );
    expect(settings).toMatchObject({ name: 'Calm Harbor Ketamine Clinic', regions: ['US-CA', 'US-NY'] });
    await screenAsMinor(page);
    await page.locator('#events li', { hasText: 'kc-result: ineligible' }).waitFor({ timeout: 15_000 });
    await page.locator('#explainer [role=tab]', { hasText: 'Integration' }).click();
    await page.locator('#events li', { hasText: 'kc-section-change: integration' }).waitFor();
    await page.locator('#timer [part~=toggle]').click();
    await page.locator('#events li', { hasText: 'kc-breath-start' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
