import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';

/**
 * Server rendering: each widget rendered by @lit-labs/ssr in Node (declarative shadow DOM),
 * then hydrated in Chromium by the npm package with Lit's hydration support, without a flash.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = mkdtempSync(join(tmpdir(), 'kc-ssr-client-'));
const serverHtml: Record<string, string> = {};
let server: StaticServer;
let browser: Browser;

function renderOnServer(lang: string): string {
  return execFileSync(process.execPath, [join(root, 'tests/ssr/render-on-server.mjs'), lang], { cwd: root, encoding: 'utf8' });
}

const page = (body: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>SSR</title></head><body>${body}<script type="module" src="/client/client.js"></script></body></html>`;

beforeAll(async () => {
  for (const lang of ['en', 'es']) serverHtml[lang] = renderOnServer(lang);
  await build({
    configFile: false,
    root,
    base: '/client/',
    logLevel: 'error',
    build: {
      outDir: clientDir,
      emptyOutDir: true,
      rolldownOptions: { input: join(root, 'tests/ssr/client.ts'), output: { entryFileNames: 'client.js', format: 'es' } },
    },
  });
  server = await serveStatic({
    root,
    mounts: { '/client/': clientDir },
    routes: Object.fromEntries(
      ['en', 'es'].map((lang) => [
        `/${lang}.html`,
        (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(serverHtml[lang]!, lang)),
      ]),
    ),
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('server rendering with @lit-labs/ssr', () => {
  it('renders each widget to declarative shadow DOM in Node', () => {
    const html = serverHtml.en!;
    expect(html).toMatch(/<kc-explainer[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(html).toContain('The treatment gap');
    expect(html).toMatch(/<kc-breathwork-timer[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(html).toMatch(/<kc-eligibility-check[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(html).toContain('How old are you');
    expect(serverHtml.es).toContain('La brecha en el tratamiento');
  });

  it('shows the content before any JavaScript runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/en.html`);
    const text = await tab.evaluate(() => document.querySelector('#explainer')?.shadowRoot?.textContent ?? '');
    expect(text).toContain('The treatment gap');
    await context.close();
  });

  it.each(['en', 'es'])('hydrates in Chromium without replacing what the server rendered (%s)', async (lang) => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => (m.type() === 'error' || /hydrat/i.test(m.text())) && problems.push(m.text()));
    // When parsing ends (before the module runs), remember the server-rendered nodes.
    await tab.addInitScript(() => {
      // The first section's own words (the citations list, hidden behind a disclosure, fills in later by design).
      const visibleText = (shadow: ShadowRoot) =>
        [...shadow.querySelectorAll('[part=section]:first-of-type :is([role=heading], slot, [part=takeaway])')]
          .map((n) => n.textContent)
          .join('|');
      (window as unknown as { visibleText: typeof visibleText }).visibleText = visibleText;
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const shadow = document.querySelector('#explainer')!.shadowRoot!;
        (window as unknown as { before: unknown }).before = {
          toggle: document.querySelector('#timer')!.shadowRoot!.querySelector('[part~=toggle]'),
          age: document.querySelector('#check')!.shadowRoot!.querySelector('input[name=age]'),
          section: shadow.querySelector('[part=section]'),
          tab: shadow.querySelector('[role=tab]'),
          text: visibleText(shadow),
        };
      });
    });
    await tab.goto(`${server.url}/${lang}.html`);
    await tab.waitForFunction(
      () =>
        customElements.get('kc-explainer') &&
        (document.querySelector('#explainer') as unknown as { hasUpdated: boolean }).hasUpdated,
    );
    const result = await tab.evaluate(async () => {
      const el = document.querySelector('#explainer') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const shadow = el.shadowRoot!;
      const { before, visibleText } = window as unknown as {
        before: { section: Element; tab: Element; text: string; toggle: Element; age: Element };
        visibleText: (shadow: ShadowRoot) => string;
      };
      const timer = document.querySelector('#timer') as HTMLElement & { updateComplete: Promise<unknown> };
      await timer.updateComplete;
      const check = document.querySelector('#check') as HTMLElement & { updateComplete: Promise<unknown> };
      await check.updateComplete;
      return {
        sameAgeField: check.shadowRoot!.querySelector('input[name=age]') === before.age,
        sameToggle: timer.shadowRoot!.querySelector('[part~=toggle]') === before.toggle,
        sameSection: shadow.querySelector('[part=section]') === before.section,
        sameTab: shadow.querySelector('[role=tab]') === before.tab,
        sameText: visibleText(shadow) === before.text,
      };
    });
    expect(result).toEqual({ sameAgeField: true, sameToggle: true, sameSection: true, sameTab: true, sameText: true });
    // Hydrated: the tabs respond to the keyboard.
    await tab.locator('#explainer [role=tab]').first().focus();
    await tab.keyboard.press('End');
    const selected = await tab.evaluate(
      () => document.querySelector('#explainer')!.shadowRoot!.querySelector('[aria-selected=true]')!.id,
    );
    expect(selected).toBe('kc-tab-window');
    // The hydrated timer starts on a click.
    await tab.locator('#timer [part~=toggle]').click();
    await tab.waitForFunction(() => (document.querySelector('#timer') as unknown as { running: boolean }).running);
    expect(problems).toEqual([]);
    await tab.close();
  });
});
