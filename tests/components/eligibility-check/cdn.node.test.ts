import type { IncomingHttpHeaders } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../hardening/harness.js';
import { eligibleAnswers } from './fixtures.js';

// <kc-eligibility-check> from the built CDN bundle, under the strict CSP a clinic page may use: every lazily
// loaded part (Spanish, the rule-set schema, region names, the hand-off) and the POST itself.

let h: Harness;
let base: string;
let browser: Browser;
const posts: { headers: IncomingHttpHeaders; body: string }[] = [];

const page = (lang: string) => `<!doctype html><html lang="${lang}"><title>Eligibility</title>
  <script type="module" src="/cdn/kc-eligibility-check.js"></script>
  <kc-clinic name="Calm Harbor" phone="+1 555 010 2000" regions="US-CA" endpoint="/intake-placeholder">
    <kc-eligibility-check id="check" retry-delay="0">
      <script type="application/json">{ "actions": { "lamotrigine": "ignore" } }</script>
    </kc-eligibility-check>
  </kc-clinic>`;

beforeAll(async () => {
  h = await startHarness({
    routes: {
      // The clinic's endpoint, on the same origin as the page.
      '/intake': async (req, res) => {
        let body = '';
        for await (const chunk of req) body += chunk;
        posts.push({ headers: req.headers, body });
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
      },
    },
  });
  base = h.server.url;
  browser = h.browser;
  for (const lang of ['en', 'es']) h.pages[`/${lang}.html`] = page(lang).replace('/intake-placeholder', `${base}/intake`);
});

afterAll(() => h?.close());

describe('<kc-eligibility-check> from dist/cdn under a strict Content-Security-Policy', () => {
  it.each(['en', 'es'])('screens and hands off (%s) with no CSP violation, console error or foreign request', async (lang) => {
    posts.length = 0;
    const tab = await browser.newPage();
    const messages: string[] = [];
    const requests: string[] = [];
    tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && messages.push(m.text()));
    tab.on('pageerror', (e) => messages.push(e.message));
    tab.on('request', (r) => requests.push(r.url()));
    await tab.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await tab.goto(`${base}/${lang}.html`);
    await tab.waitForFunction(() => customElements.get('kc-eligibility-check'));
    const options = await tab.waitForFunction(() => {
      const el = document.querySelector('kc-eligibility-check')!;
      const names = [...el.shadowRoot!.querySelectorAll('#region option')].map((o) => o.textContent!.trim());
      return names.includes('California') && names;
    });
    expect(await options.jsonValue()).toContain('California');
    // Eligible, taking a medicine (lamotrigine) that the clinic's rule set ignores.
    const eligible = eligibleAnswers();
    const answers = { ...eligible, region: 'US-CA', health: { ...eligible.health, lamotrigine: true } };
    const outcome = await tab.evaluate(async (answers) => {
      type Widget = HTMLElement & { answers: unknown; step: string; updateComplete: Promise<unknown> };
      const el = document.querySelector<Widget>('kc-eligibility-check')!;
      el.answers = answers;
      el.step = 'result';
      await el.updateComplete;
      return el.shadowRoot!.querySelector('h2')!.textContent;
    }, answers);
    expect(outcome).toBe(lang === 'en' ? 'You may be a good candidate' : 'Puede ser un buen candidato o candidata');
    await tab.evaluate(() => {
      const el = document.querySelector('kc-eligibility-check') as HTMLElement & { step: string };
      el.step = 'handoff';
    });
    await tab.waitForFunction(() => document.querySelector('kc-eligibility-check')!.shadowRoot!.querySelector('[part=handoff]'));
    await tab.evaluate(() => {
      const form = document.querySelector('kc-eligibility-check')!.shadowRoot!.querySelector('[part=handoff]')!;
      const set = (name: string, value: string | boolean) => {
        const input = form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
        if (typeof value === 'boolean') input.checked = value;
        else input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      set('name', 'Ana');
      set('email', 'ana@example.com');
      set('consent', true);
      form.querySelector('button')!.click();
    });
    await tab.waitForFunction(() =>
      document
        .querySelector('kc-eligibility-check')!
        .shadowRoot!.querySelector('[part=handoff-status]')
        ?.textContent?.includes(document.documentElement.lang === 'es' ? 'Enviado' : 'Sent'),
    );
    expect(posts).toHaveLength(1);
    const body = JSON.parse(posts[0]!.body);
    expect(posts[0]!.headers['idempotency-key']).toBe(body.id);
    expect(body).toMatchObject({ locale: lang, outcome: 'eligible', clinic: 'Calm Harbor', contact: { name: 'Ana' } });
    expect(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(messages).toEqual([]);
    expect(requests.every((url) => url.startsWith(base))).toBe(true);
    expect(await tab.evaluate(() => [localStorage.length, document.cookie, location.search])).toEqual([0, '', '']);
    await tab.close();
  });

  it('keeps the first step and its answers when the later steps cannot load (offline), and moves on once they can', async () => {
    const tab = await browser.newPage();
    let blocked = 0;
    // Offline for the later steps: the prefetch after the first paint and the first Next both fail.
    await tab.route(/step-views-[\w-]+\.js$/, (route) =>
      ++blocked <= 2 ? route.abort('internetdisconnected') : route.continue(),
    );
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${base}/en.html`);
    await tab.waitForFunction(() => document.querySelector('kc-eligibility-check')?.shadowRoot?.querySelector('#age'));
    const inWidget = <T>(fn: (root: ShadowRoot) => T) =>
      tab.evaluate(`(${fn})(document.querySelector('kc-eligibility-check').shadowRoot)`) as Promise<T>;
    await inWidget((root) => {
      const set = (selector: string, value: string) => {
        const field = root.querySelector<HTMLInputElement>(selector)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      set('#age', '40');
      set('#region', 'US-CA');
      root.querySelector<HTMLInputElement>('input[name=pregnant][value=false]')!.click();
    });
    const next = () => inWidget((root) => root.querySelector<HTMLButtonElement>('.nav .kc-button--primary')!.click());
    await expect.poll(() => blocked).toBe(1);
    await next();
    await tab.waitForFunction(() => document.querySelector('kc-eligibility-check')!.shadowRoot!.querySelector('[role=alert]'));
    expect(blocked).toBe(2);
    expect(await inWidget((root) => root.querySelector('[role=alert]')!.textContent)).toContain('not available right now');
    expect(await inWidget((root) => root.querySelector('h2')!.textContent)).toBe('About you');
    expect(
      await tab.evaluate(() => (document.querySelector('kc-eligibility-check') as HTMLElement & { answers: unknown }).answers),
    ).toEqual({
      age: 40,
      region: 'US-CA',
      pregnant: false,
    });
    await next();
    await tab.waitForFunction(
      () => document.querySelector('kc-eligibility-check')!.shadowRoot!.querySelector('h2')!.textContent === 'Anxiety',
    );
    expect(blocked).toBe(3);
    expect(await inWidget((root) => root.querySelector('[role=alert]'))).toBeNull();
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('says so when the hand-off form cannot load (offline), keeps the answers, and loads it on the next try', async () => {
    const tab = await browser.newPage();
    let blocked = 0;
    await tab.route(/handoff-form-[\w-]+\.js$/, (route) =>
      ++blocked <= 1 ? route.abort('internetdisconnected') : route.continue(),
    );
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${base}/en.html`);
    await tab.waitForFunction(() => document.querySelector('kc-eligibility-check')?.shadowRoot?.querySelector('#age'));
    const widget = tab.locator('kc-eligibility-check');
    const answers = { ...eligibleAnswers(), age: 40, region: 'US-CA' };
    await tab.evaluate((answers) => {
      const el = document.querySelector('kc-eligibility-check') as HTMLElement & { answers: unknown; step: string };
      el.answers = answers;
      el.step = 'result';
    }, answers);
    await widget.getByRole('button', { name: 'Send my answers' }).click();
    await widget.getByRole('alert').filter({ hasText: 'not available right now' }).waitFor();
    expect(blocked).toBe(1);
    await widget.getByRole('button', { name: 'Back' }).click();
    await widget.getByRole('button', { name: 'Send my answers' }).click();
    await tab.locator('kc-eligibility-check [part=handoff]').waitFor();
    expect(
      await tab.evaluate(
        () => (document.querySelector('kc-eligibility-check') as HTMLElement & { answers: { age: number } }).answers.age,
      ),
    ).toBe(40);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
