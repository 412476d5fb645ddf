import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { components } from '../../scripts/components.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/** Pages served beside the bundle. `/copy/` serves the same files again, as a second copy of the library. */
const pages: Record<string, string> = {
  '/all.html': `<!doctype html><html lang="en"><title>CDN</title>
    <script type="module" src="/cdn/all.js"></script>
    <kc-clinic name="Calm Harbor" phone="+1 555 010 2000"><p>inside</p></kc-clinic>`,
  '/twice.html': `<!doctype html><html lang="en"><title>Twice</title>
    <script type="module" src="/cdn/all.js"></script>
    <script type="module" src="/cdn/all.js"></script>
    <script type="module" src="/copy/all.js"></script>
    <kc-clinic name="Calm Harbor"></kc-clinic>`,
  '/invalid.html': `<!doctype html><html lang="en"><title>Invalid</title>
    <script type="module" src="/cdn/all.js"></script>
    <kc-clinic endpoint="http://evil.example/collect"></kc-clinic>`,
};

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' };
    if (pages[path]) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(pages[path]);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const match = /^\/(cdn|copy)\/(.+)$/.exec(path);
    if (match) {
      const file = normalize(join(cdn, match[2]!));
      if (file.startsWith(cdn)) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
          return;
        } catch {
          /* fall through to 404 */
        }
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(path: string) {
  const page = await browser.newPage();
  const messages: { type: string; text: string }[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(base + path);
  await page.waitForFunction(() => customElements.get('kc-clinic') !== undefined);
  await page.evaluate(() => (document.querySelector('kc-clinic') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, messages, errors, violations, requests };
}

describe('dist/cdn under a strict Content-Security-Policy', () => {
  it('has an entry per element folder, plus all.js', async () => {
    for (const file of ['all.js', ...components(root).map((c) => `${c.tag}.js`)]) {
      await expect(readFile(join(cdn, file)), file).resolves.toBeDefined();
    }
  });

  it('loads all.js, registers every element, with no console errors or CSP violations', async () => {
    const { page, messages, errors, violations, requests } = await open('/all.html');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(messages.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
    const defined = await page.evaluate((tags) => tags.map((t) => !!customElements.get(t)), components(root).map((c) => c.tag));
    expect(defined.every(Boolean)).toBe(true);
    expect(requests.every((url) => url.startsWith(base))).toBe(true);
    // Lit runs in production mode in the CDN bundle.
    expect(messages.some((m) => m.text.includes('dev mode'))).toBe(false);
    await page.close();
  });

  it('survives the script pasted twice and a second copy of the library: a warning, never an exception', async () => {
    const { page, messages, errors } = await open('/twice.html');
    expect(errors).toEqual([]);
    expect(messages.some((m) => m.type === 'warning' && m.text.includes('already registered'))).toBe(true);
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    await page.close();
  });

  it('shows an invalid setting on the page and logs it, without breaking the page', async () => {
    const { page, messages, errors } = await open('/invalid.html');
    expect(errors).toEqual([]);
    expect(messages.some((m) => m.type === 'error' && m.text.includes('endpoint'))).toBe(true);
    const notice = await page.evaluate(
      () => document.querySelector('kc-clinic')!.shadowRoot!.querySelector('[part=config-error]')?.textContent ?? '',
    );
    expect(notice).toContain('endpoint');
    await page.close();
  });
});
