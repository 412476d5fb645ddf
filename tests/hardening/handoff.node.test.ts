// The eligibility hand-off against real, hostile endpoints: a redirect to another origin (301, 307, 308) and a
// sign-in page answered with 200. The built CDN bundle in Chromium, served without a CSP (a CSP would block the
// other origin by itself and hide what the widget does). The other origin answers CORS for anyone, as a hostile
// host would: it must still receive nothing, and the patient must not be told "Sent".
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { inWidget, markup, open, page, ready, startHarness, type Harness } from './harness.js';
import { widgetSpec, type Widget } from './widgets.mjs';

const TAG = 'kc-eligibility-check';
const spec = widgetSpec(TAG);
let h: Harness;
let elsewhere: StaticServer;
/** Every request the other origin received: method and body. */
const received: { method: string; body: string }[] = [];
/** Every hand-off the clinic's own endpoint received. */
const delivered: string[] = [];

async function bodyOf(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

beforeAll(async () => {
  elsewhere = await serveStatic({
    root: '/nonexistent',
    routes: {
      '/collect': async (req: IncomingMessage, res: ServerResponse) => {
        received.push({ method: req.method ?? '', body: await bodyOf(req) });
        res
          .writeHead(req.method === 'OPTIONS' ? 204 : 200, {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET, POST',
            'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
            'Content-Type': 'application/json',
          })
          .end(req.method === 'OPTIONS' ? '' : '{}');
      },
    },
  });
  const redirect = (status: number) => async (req: IncomingMessage, res: ServerResponse) => {
    await bodyOf(req);
    res.writeHead(status, { Location: `${elsewhere.url}/collect` }).end();
  };
  h = await startHarness({
    headers: {},
    routes: {
      '/moved-301': redirect(301),
      '/moved-307': redirect(307),
      '/moved-308': redirect(308),
      '/sign-in': async (req, res) => {
        await bodyOf(req);
        res
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Sign in</title><form>Sign in</form>');
      },
      '/intake': async (req, res) => {
        delivered.push(await bodyOf(req));
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"id":"lead-1"}');
      },
    },
  });
  for (const path of ['/moved-301', '/moved-307', '/moved-308', '/sign-in', '/intake'])
    h.pages[`/handoff${path}.html`] = page([`/cdn/${TAG}.js`], markup(TAG, spec.session!.attributes, `${h.server.url}${path}`));
});

afterAll(async () => {
  await h?.close();
  await elsewhere?.close();
});

/** Fills the hand-off as the table's session does, sends it with a real click, and waits for the outcome. */
async function handOff(path: string) {
  const opened = await open(h, `/handoff${path}.html`);
  const { tab } = opened;
  const el = await ready(tab, TAG, spec);
  await el.evaluate((el) => {
    const w = window as unknown as { __events: { type: string; detail: unknown }[] };
    w.__events = [];
    for (const type of ['kc-submit-success', 'kc-submit-error'])
      el.addEventListener(type, (e) => w.__events.push({ type, detail: (e as CustomEvent).detail }));
  });
  await el.evaluate(spec.session!.prepare!);
  await (await inWidget(tab, el, spec.session!.click)).click();
  await tab.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0, undefined, {
    timeout: 10_000,
  });
  const outcome = await el.evaluate((el: Widget) => ({
    events: (window as unknown as { __events: { type: string; detail: { error?: string } }[] }).__events,
    status: el.shadowRoot.querySelector('[part=handoff-status]')?.textContent ?? '',
    drafts: Object.keys(sessionStorage).length,
  }));
  return { ...opened, outcome };
}

describe('the hand-off against hostile endpoints', () => {
  it.each(['/moved-301', '/moved-307', '/moved-308'])(
    'a redirect (%s) to another origin is not followed: the other origin receives nothing, and the patient is told it was not confirmed',
    async (path) => {
      received.length = 0;
      const { tab, outcome } = await handOff(path);
      await tab.waitForTimeout(300);
      // What the other server saw is the truth: the browser reports the redirect's target as a request (Playwright's
      // `request` event) even when it is not followed.
      expect(received, 'requests the other origin received').toEqual([]);
      expect(outcome.events.map((e) => e.type)).toEqual(['kc-submit-error']);
      expect(outcome.events[0]!.detail.error).toMatch(/^redirect: /);
      expect(outcome.status).toMatch(/^We could not confirm that Calm Harbor received your answers/);
      expect(outcome.drafts, 'the draft is kept').toBeGreaterThan(0);
      await tab.close();
    },
  );

  it('a sign-in page answered with 200 is not a delivery', async () => {
    const { tab, outcome } = await handOff('/sign-in');
    expect(outcome.events.map((e) => e.type)).toEqual(['kc-submit-error']);
    expect(outcome.events[0]!.detail.error).toMatch(/^unexpected reply: HTTP 200 with text\/html/);
    expect(outcome.status).not.toContain('Sent.');
    expect(outcome.drafts).toBeGreaterThan(0);
    await tab.close();
  });

  it('the endpoint itself answering 201 with JSON is a delivery (so the cases above prove something)', async () => {
    delivered.length = 0;
    const { tab, outcome } = await handOff('/intake');
    expect(outcome.events.map((e) => e.type)).toEqual(['kc-submit-success']);
    expect(outcome.status).toBe('Sent. Calm Harbor now has your answers.');
    expect(delivered).toHaveLength(1);
    expect(JSON.parse(delivered[0]!)).toMatchObject({ contact: { name: 'Ana', email: 'ana@example.com' } });
    expect(outcome.drafts).toBe(0);
    await tab.close();
  });
});
