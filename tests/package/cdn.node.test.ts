import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { components } from '../../scripts/components.mjs';
import { serveStatic, type StaticServer } from '../helpers/static-server.js';
import { clickWorks, ready } from '../hardening/harness.js';
import { markup, specsFor } from '../hardening/widgets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

function page(title: string, body: string, scripts: string[] = ['/cdn/all.js']): string {
  return `<!doctype html><html lang="en"><title>${title}</title>${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}${body}`;
}

const widgets = specsFor(components(root).map((c) => c.tag));
const entries = ['all.js', ...widgets.map(([tag]) => `${tag}.js`)];

/** Pages served beside the bundle. `/copy/` serves the same files again, as a second copy of the library. */
const pages: Record<string, string> = {
  '/all.html': page('CDN', `<kc-clinic name="Calm Harbor" phone="+1 555 010 2000"><p>inside</p></kc-clinic>`),
  // Every entry pasted twice (e.g. kc-explainer.js in one CMS block, all.js in another), then a second copy of each.
  '/twice.html': page(
    'Twice',
    `<kc-clinic name="Calm Harbor"></kc-clinic>${widgets.map(([tag]) => markup(tag)).join('')}`,
    [...entries, ...entries, ...entries].map((file, i) => (i < entries.length * 2 ? `/cdn/${file}` : `/copy/${file}`)),
  ),
  '/invalid.html': page('Invalid', `<kc-clinic endpoint="http://evil.example/collect"></kc-clinic>`),
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({
    root: join(root, 'dist'),
    mounts: { '/copy/': cdn },
    headers: { 'Content-Security-Policy': STRICT_CSP },
    routes: Object.fromEntries(
      Object.entries(pages).map(([path, body]) => [
        path,
        (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html' }).end(body),
      ]),
    ),
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const tab = await browser.newPage();
  const messages: { type: string; text: string }[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  tab.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(server.url + path);
  await tab.waitForFunction(() => customElements.get('kc-clinic') !== undefined);
  await tab.evaluate(() => (document.querySelector('kc-clinic') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
  const violations = await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { tab, messages, errors, violations, requests };
}

describe('dist/cdn under a strict Content-Security-Policy', () => {
  it('has an entry per element folder, plus all.js', async () => {
    for (const file of ['all.js', ...components(root).map((c) => `${c.tag}.js`)]) {
      await expect(readFile(join(cdn, file)), file).resolves.toBeDefined();
    }
  });

  it('loads all.js, registers every element, with no console errors or CSP violations', async () => {
    const { tab, messages, errors, violations, requests } = await open('/all.html');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(messages.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
    const defined = await tab.evaluate((tags) => tags.map((t) => !!customElements.get(t)), components(root).map((c) => c.tag));
    expect(defined.every(Boolean)).toBe(true);
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
    // Lit runs in production mode in the CDN bundle.
    expect(messages.some((m) => m.text.includes('dev mode'))).toBe(false);
    await tab.close();
  });

  it('survives every entry pasted twice and a second copy of each: a warning, never an exception, every widget works', async () => {
    const { tab, messages, errors, violations } = await open('/twice.html');
    for (const [tag, spec] of widgets) {
      const el = await ready(tab, tag, spec);
      if (spec.click) await clickWorks(tab, el, spec);
    }
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    // The second copy skips each tag, saying so.
    for (const [tag] of widgets)
      expect(messages.some((m) => m.type === 'warning' && m.text.includes(`<${tag}> is already registered`)), tag).toBe(true);
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    await tab.close();
  });

  it('shows an invalid setting on the page and logs it, without breaking the page', async () => {
    const { tab, messages, errors } = await open('/invalid.html');
    expect(errors).toEqual([]);
    expect(messages.some((m) => m.type === 'error' && m.text.includes('endpoint'))).toBe(true);
    const notice = await tab.evaluate(
      () => document.querySelector('kc-clinic')!.shadowRoot!.querySelector('[part=config-error]')?.textContent ?? '',
    );
    expect(notice).toContain('endpoint');
    await tab.close();
  });
});
