/**
 * Node-side plumbing for the hardening tests that need whole pages: the built dist/ served with headers
 * (a strict CSP by default), the system Chromium, and the table's interactions driven with real input.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'playwright';
import { launchChromium } from '../../scripts/chromium.mjs';
import { components } from '../../scripts/components.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { markup, specsFor, type Widget, type WidgetSpec } from './widgets.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Every element folder's tag with its table entry (fails for a folder with no entry). */
export function discovered(): [string, WidgetSpec][] {
  return specsFor(components(root).map((c) => c.tag));
}

/** A clinic page: text, a link to Tab from, the widgets, more text. No inline style or script (CSP). */
export function page(scripts: string[], body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Hardening</title>${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}</head><body><main><h1>Calm Harbor Ketamine Clinic</h1><p>Text the clinic wrote around the widget.</p>
<a id="before" href="#before">A link before the widget</a>${body}<p>More of the clinic's text.</p></main></body></html>`;
}

/** The markup of one widget from the table, plus `extra` attributes. */
export { markup };

export interface Harness {
  server: StaticServer;
  browser: Browser;
  /** Pages served at their path; set before opening. */
  pages: Record<string, string>;
  close(): Promise<void>;
}

/** Serves dist/ (and `pages`) with `headers` (a strict CSP unless given others) and launches Chromium. */
export async function startHarness(
  options: {
    /** The folder served at `/` (default dist/). */
    root?: string;
    headers?: Record<string, string>;
    routes?: Parameters<typeof serveStatic>[0]['routes'];
    mounts?: Record<string, string>;
  } = {},
): Promise<Harness> {
  const pages: Record<string, string> = {};
  const server = await serveStatic({
    root: options.root ?? join(root, 'dist'),
    mounts: options.mounts,
    headers: options.headers ?? { 'Content-Security-Policy': STRICT_CSP },
    routes: options.routes,
    pages,
  });
  const browser = await launchChromium();
  return {
    server,
    browser,
    pages,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Opened {
  tab: Page;
  /** Console messages, `type: text`. */
  console: { type: string; text: string }[];
  /** Uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  violations(): Promise<string[]>;
}

/** Opens `path` with CSP violations, console messages, uncaught errors and requests recorded; `init` runs first in the page. */
export async function open(h: Harness, path: string, init?: () => void): Promise<Opened> {
  const tab = await h.browser.newPage({ viewport: { width: 1000, height: 800 } });
  const console: Opened['console'] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  tab.on('console', (m) => console.push({ type: m.type(), text: m.text() }));
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await tab.addInitScript(init);
  await tab.goto(h.server.url + path);
  return {
    tab,
    console,
    errors,
    requests,
    violations: () => tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** The `index`th `tag` on the page, once its table entry says it is ready. */
export async function ready(tab: Page, tag: string, spec: WidgetSpec, index = 0): Promise<ElementHandle<Widget>> {
  await tab.waitForFunction((t) => !!customElements.get(t), tag);
  const el = (await tab.locator(tag).nth(index).elementHandle()) as ElementHandle<Widget>;
  await tab.waitForFunction(spec.ready, el, { timeout: 10_000 });
  return el;
}

/** Waits until `selector` matches in the widget's shadow root. */
export function shows(tab: Page, el: ElementHandle<Widget>, selector: string, timeout = 5000) {
  return tab.waitForFunction(([el, s]) => !!(el as Widget).shadowRoot.querySelector(s as string), [el, selector] as const, {
    timeout,
  });
}

let marks = 0;

/**
 * A locator for `selector` in the widget's shadow root. A locator, not a handle: Playwright finds the control
 * again if the widget re-renders it (the explainer swaps its accordion for tabs once it knows its width).
 */
export async function inWidget(tab: Page, el: ElementHandle<Widget>, selector: string) {
  const mark = await el.evaluate((e, n) => (e.dataset.hardening ??= String(n)), ++marks);
  return tab.locator(`[data-hardening="${mark}"]`).locator(selector).first();
}

/** Clicks the table's control with the mouse and waits for what proves it worked. */
export async function clickWorks(tab: Page, el: ElementHandle<Widget>, spec: WidgetSpec): Promise<void> {
  const click = await el.evaluate(spec.click!);
  await (await inWidget(tab, el, click.target)).click();
  await shows(tab, el, click.expect);
}

/** Tabs from the link before the widget until the table's control has focus, presses its key, waits for the result. */
export async function keyboardWorks(tab: Page, el: ElementHandle<Widget>, spec: WidgetSpec): Promise<void> {
  const key = await el.evaluate(spec.keyboard!);
  await tab.focus('#before');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await tab.keyboard.press('Tab');
    reached = await el.evaluate((el, s) => !!el.shadowRoot.activeElement?.matches(s), key.reach);
  }
  if (!reached) throw new Error(`Tab never reached ${key.reach} in <${await el.evaluate((e) => e.localName)}>`);
  await tab.keyboard.press(key.press);
  await shows(tab, el, key.expect);
}
