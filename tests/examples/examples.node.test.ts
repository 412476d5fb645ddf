import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../helpers/static-server.js';

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
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
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
  await page.waitForFunction(() => !!customElements.get('kc-clinic') && !!document.querySelector('kc-clinic')?.shadowRoot);
  return { page, errors };
}

/** The theme the element renders with (its own or its clinic's). */
function renderedTheme(page: Page, selector: string) {
  return page.evaluate(
    (s) => document.querySelector(s)!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme'),
    selector,
  );
}

describe('examples/react (React 19)', () => {
  it('renders the wrapped and the bare tags, and passes props as properties', async () => {
    const { page, errors } = await open('/examples/react/dist/index.html');
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('kc-clinic')].map((c) => (c as HTMLElement & { settings: { name?: string } }).settings.name),
    );
    expect(names).toEqual(['Calm Harbor Ketamine Clinic', 'Calm Harbor (bare tag)']);
    expect(await renderedTheme(page, '#clinic')).toBe('light');
    await page.getByRole('button', { name: /Theme/ }).click();
    await page.waitForFunction(() => document.querySelector('#clinic')!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme') === 'dark');
    expect(await renderedTheme(page, '#bare')).toBe('dark');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('examples/vue (Vue 3)', () => {
  it('renders the tags as custom elements and binds attributes', async () => {
    const { page, errors } = await open('/examples/vue/dist/index.html');
    expect(await renderedTheme(page, '#clinic')).toBe('light');
    await page.getByRole('button', { name: /Theme/ }).click();
    await page.waitForFunction(() => document.querySelector('#clinic')!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme') === 'dark');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('examples/html (one script tag from dist/cdn)', () => {
  it('upgrades the pasted tags with no errors', async () => {
    const { page, errors } = await open('/examples/html/index.html');
    const settings = await page.evaluate(() => (document.querySelector('kc-clinic') as HTMLElement & { settings: object }).settings);
    expect(settings).toMatchObject({ name: 'Calm Harbor Ketamine Clinic', regions: ['US-CA', 'US-NY'] });
    expect(errors).toEqual([]);
    await page.close();
  });
});
