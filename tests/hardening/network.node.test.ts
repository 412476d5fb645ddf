// Every request a widget's page makes, intercepted: only the page's own files, and the configured endpoint for
// an element that has an `endpoint` attribute. A patient's words (the timer's reflection line; later the
// eligibility answers) never reach a URL, localStorage, a cookie or the console; sessionStorage only where the
// table allows it (the eligibility draft).
import type { Request } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickWorks, discovered, keyboardWorks, markup, open, page, ready, startHarness, type Harness } from './harness.js';
import { attributesOf } from './manifest.js';

const widgets = discovered();
const SECRET = 'Felt-calmer-Q7x2-secret';
let h: Harness;
const posted: string[] = [];

beforeAll(async () => {
  h = await startHarness({
    routes: {
      '/endpoint': async (req, res) => {
        let body = '';
        for await (const chunk of req) body += chunk;
        posted.push(body);
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
      },
    },
  });
  for (const [tag, spec] of widgets) {
    const endpoint = `${h.server.url}/endpoint`;
    const attributes = { ...spec.session?.attributes, ...spec.patientInput?.attributes };
    // Inside a clinic that configures an endpoint and a booking link: a widget without an `endpoint` of its own must not use them to send anything.
    const body = `<kc-clinic name="Calm Harbor" endpoint="${endpoint}" booking-url="https://calm-harbor.example/book">${markup(tag, attributes, endpoint)}</kc-clinic>`;
    h.pages[`/${tag}.html`] = page(
      tag === 'kc-clinic' ? ['/cdn/kc-clinic.js'] : [`/cdn/${tag}.js`],
      tag === 'kc-clinic' ? markup(tag) : body,
    );
  }
});

afterAll(() => h?.close());

describe('network and privacy', () => {
  it.each(widgets)(
    '<%s> requests only its own files (and its endpoint), and keeps what a patient types to itself',
    async (tag, spec) => {
      posted.length = 0;
      const { tab, console } = await open(h, `/${tag}.html`);
      const seen: Request[] = [];
      await tab.route('**/*', (route) => {
        seen.push(route.request());
        return new URL(route.request().url()).origin === h.server.url ? route.continue() : route.abort('blockedbyclient');
      });
      await tab.reload();
      const el = await ready(tab, tag, spec);
      if (spec.click) await clickWorks(tab, el, spec);
      if (spec.keyboard) await keyboardWorks(tab, el, spec);
      if (spec.patientInput) expect(await el.evaluate(spec.patientInput.type, SECRET), 'the widget took the input').toBe(true);
      await tab.waitForTimeout(300);

      expect(
        seen.filter((r) => r.url().includes('/cdn/')).length,
        'the interception saw the page load its scripts',
      ).toBeGreaterThan(0);
      const ownFiles = /^\/(cdn\/[\w./-]+\.js|kc-[\w-]+\.html|favicon\.ico)$/;
      const sends = attributesOf(tag).some((a) => a.name === 'endpoint');
      for (const request of seen) {
        const url = new URL(request.url());
        expect(url.origin, request.url()).toBe(h.server.url);
        if (url.pathname === '/endpoint')
          expect(sends, `<${tag}> has no endpoint of its own, yet sent to the clinic's`).toBe(true);
        else expect(url.pathname, request.url()).toMatch(ownFiles);
        expect(request.url()).not.toContain(SECRET);
        if (url.pathname !== '/endpoint') expect(request.postData() ?? '').not.toContain(SECRET);
      }
      if (!sends) expect(posted).toEqual([]);
      const stored = await tab.evaluate(() => ({
        local: Object.entries(localStorage),
        session: Object.entries(sessionStorage),
        cookie: document.cookie,
        url: location.href,
      }));
      expect(stored.local, 'localStorage').toEqual([]);
      expect(stored.cookie, 'document.cookie').toBe('');
      expect(await tab.context().cookies()).toEqual([]);
      expect(stored.url).toBe(`${h.server.url}/${tag}.html`);
      if (!spec.patientInput?.sessionStorage) expect(JSON.stringify(stored.session)).not.toContain(SECRET);
      expect(console.filter((m) => m.text.includes(SECRET))).toEqual([]);
      await tab.close();
    },
  );
});
