// The CDN bundle under the strict CSP in Firefox (csp.node.test.ts does the same in Chromium): every element from
// its own dist/cdn entry and all together from all.js renders, works by real mouse and keyboard input (the table's
// interactions), and the page sees no securitypolicyviolation, console error or warning, or uncaught exception.
// Firefox ESR is driven over WebDriver BiDi by puppeteer-core (no geckodriver).
import { join } from 'node:path';
import { launch, type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath } from '../../scripts/engines.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { discovered, markup, page, root, STRICT_CSP } from './harness.js';
import type { Widget, WidgetSpec } from './widgets.mjs';

const widgets = discovered();
const pages: Record<string, string> = {};
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const [tag] of widgets) pages[`/${tag}.html`] = page([`/cdn/${tag}.js`], markup(tag));
  pages['/all.html'] = page(['/cdn/all.js'], widgets.map(([tag]) => markup(tag)).join('\n'));
  server = await serveStatic({ root: join(root, 'dist'), headers: { 'Content-Security-Policy': STRICT_CSP }, pages });
  browser = await launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  const console: { type: string; text: string }[] = [];
  const errors: string[] = [];
  tab.on('console', (m) => console.push({ type: m.type(), text: m.text() }));
  tab.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  await tab.evaluateOnNewDocument(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(server.url + path);
  await tab.bringToFront();
  const violations = () => tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { tab, console, errors, violations };
}

async function ready(tab: Page, tag: string, spec: WidgetSpec): Promise<ElementHandle<Widget>> {
  await tab.waitForFunction((t) => !!customElements.get(t), {}, tag);
  const el = (await tab.waitForSelector(tag)) as unknown as ElementHandle<Widget>;
  await tab.waitForFunction(spec.ready, { timeout: 10_000 }, el);
  return el;
}

const shows = (tab: Page, el: ElementHandle<Widget>, selector: string) =>
  tab.waitForFunction((e, s) => !!(e as Widget).shadowRoot.querySelector(s), { timeout: 5000 }, el, selector);

async function clickWorks(tab: Page, el: ElementHandle<Widget>, spec: WidgetSpec) {
  const click = await el.evaluate(spec.click!);
  const target = (await el.evaluateHandle((e, s) => (e as Widget).shadowRoot.querySelector(s), click.target)).asElement();
  expect(target, `${click.label}: ${click.target}`).toBeTruthy();
  await (target as ElementHandle<Element>).click();
  await shows(tab, el, click.expect);
}

async function keyboardWorks(tab: Page, el: ElementHandle<Widget>, spec: WidgetSpec) {
  const key = await el.evaluate(spec.keyboard!);
  await tab.focus('#before');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await tab.keyboard.press('Tab');
    reached = await el.evaluate((e, s) => !!(e as Widget).shadowRoot.activeElement?.matches(s), key.reach);
  }
  expect(reached, `Tab reaches ${key.reach}`).toBe(true);
  // The table names keys as Playwright does; over BiDi the space bar is the character itself.
  await tab.keyboard.press((key.press === 'Space' ? ' ' : key.press) as never);
  await shows(tab, el, key.expect);
}

describe('in Firefox, under a strict CSP', () => {
  it.each(widgets)('<%s> from its own entry renders and works, with no violation, error or warning', async (tag, spec) => {
    const { tab, console, errors, violations } = await open(`/${tag}.html`);
    const el = await ready(tab, tag, spec);
    if (spec.works) expect(await el.evaluate(spec.works)).toBe(true);
    if (spec.click) await clickWorks(tab, el, spec);
    if (spec.keyboard) {
      await tab.reload();
      await keyboardWorks(tab, await ready(tab, tag, spec), spec);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.type === 'error' || m.type === 'warn' || m.type === 'warning')).toEqual([]);
    await tab.close();
  });

  it('every element together from all.js renders and works', async () => {
    const { tab, console, errors, violations } = await open('/all.html');
    for (const [tag, spec] of widgets) {
      const el = await ready(tab, tag, spec);
      if (spec.works) expect(await el.evaluate(spec.works), tag).toBe(true);
      if (spec.click) await clickWorks(tab, el, spec);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.type === 'error' || m.type === 'warn' || m.type === 'warning')).toEqual([]);
    await tab.close();
  });
});
