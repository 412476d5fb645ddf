// Proof that nothing is lost and nothing is stored twice, with a real browser and the real receiver: the built CDN
// bundle in Chromium on a clinic page, the reference receiver (examples/receiver) as a child process on loopback, and
// faults on the way: the receiver killed mid-request and restarted, the connection dropped after storing, 500 and 503
// before success, a 400, a reload while retries wait, a redirect in front, and "Try again" or an edit after a send
// that was stored but never confirmed. Each receiver's faults come from its test-only RECEIVER_TEST_FAULTS.
import { rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ElementHandle, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiverProcess } from '../../bench/lib/receiver-process.mjs';
import { inWidget, markup, open, page, ready, startHarness, type Harness } from '../hardening/harness.js';
import { widgetSpec, type Widget } from '../hardening/widgets.mjs';
import { cli, newStore, receiver, stopEveryReceiver, storedIds } from './helpers.js';

const TAG = 'kc-eligibility-check';
const spec = widgetSpec(TAG);
let h: Harness;
let redirectTo = '';
const folders: string[] = [];
let pages = 0;

/**
 * A connection cut before the answer, twice. Chromium itself sends a request again, once, when a kept-alive
 * connection it reused (here the preflight's) closes before any answer: it cannot tell that from a connection the
 * server had closed while idle. Whether that replay or the widget's own retry meets the second cut, the next try is
 * the widget's, and every count below is the same either way.
 */
const DROPPED = ['drop-after-store', 'drop-after-store'];

beforeAll(async () => {
  h = await startHarness({
    // No CSP: the receiver is another origin (another port), as a clinic's receiver is.
    headers: {},
    routes: {
      // A tiny redirector in front of the receiver, as a misconfigured proxy or a moved endpoint would be.
      '/moved': async (req: IncomingMessage, res: ServerResponse) => {
        for await (const _ of req);
        res.writeHead(307, { Location: redirectTo, 'Access-Control-Allow-Origin': '*' }).end();
      },
    },
  });
  // What the tests below start, in the order they take them.
  const plans = [
    ['hang'],
    ['hang-after-store'],
    DROPPED,
    ['400', '500', '503'],
    ['503'],
    DROPPED,
    [],
    [...DROPPED, '503', '503'],
  ];
  for (const plan of [...plans, plans.at(-1)!]) {
    const started = startNow(plan);
    started.catch(() => undefined);
    prestarted.set(plan.join(','), [...(prestarted.get(plan.join(',')) ?? []), started]);
  }
});
afterAll(async () => {
  // Receivers started ahead and never taken (a test failed) are stopped too, once they are up.
  await stopEveryReceiver();
  await h?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A receiver for the harness page's origin, with `faults` (test-only), on a fresh store unless given one. */
async function startNow(faults: string[], store = newStore(), port = 0) {
  folders.push(store.folder);
  const r = await receiver({
    origin: h.server.url,
    ...store,
    port,
    env: faults.length ? { RECEIVER_TEST_FAULTS: faults.join(',') } : {},
  });
  return { r, store };
}

/** Receivers started together before the tests (one start costs most of a second on a busy 2-core machine), by faults. */
const prestarted = new Map<string, Promise<Awaited<ReturnType<typeof startNow>>>[]>();

/** A fresh receiver with `faults`: one started ahead for this file, else a new one. */
function start(faults: string[]) {
  return prestarted.get(faults.join(','))?.shift() ?? startNow(faults);
}

/**
 * What the receiver answered to POSTs, in order: `<status> <id>` (its log is the time, the status and the id; the
 * preflights, `204 -`, are left out).
 */
const answers = (r: ReceiverProcess) =>
  r.lines
    .filter((l) => /^\d{4}-/.test(l))
    .map((l) => l.split(' ').slice(1).join(' '))
    .filter((a) => a !== '204 -');

/** Opens a clinic page whose widget sends to `endpoint`, and records its submit events. */
async function openWidget(endpoint: string, retryDelay: number) {
  const path = `/faults-${++pages}.html`;
  h.pages[path] = page(
    [`/cdn/${TAG}.js`],
    markup(TAG, { ...spec.session!.attributes, 'retry-delay': String(retryDelay) }, endpoint),
  );
  const { tab } = await open(h, path);
  return { tab, el: await watch(tab) };
}

/** The widget once ready, with its `kc-submit-success` and `kc-submit-error` events recorded in the page. */
async function watch(tab: Page) {
  const el = await ready(tab, TAG, spec);
  await el.evaluate((el) => {
    const w = window as unknown as { __events: { type: string; detail: Record<string, unknown> }[] };
    w.__events = [];
    for (const type of ['kc-submit-success', 'kc-submit-error'])
      el.addEventListener(type, (e) => w.__events.push({ type, detail: (e as CustomEvent).detail }));
  });
  return el;
}

/** Fills the hand-off as a patient would (the table's session) and presses Send. */
async function fillAndSend(tab: Page, el: ElementHandle<Widget>) {
  await el.evaluate(spec.session!.prepare!);
  await (await inWidget(tab, el, spec.session!.click)).click();
}

/** Waits for the `count`th submit event, then returns the events and what the patient sees. */
async function outcome(tab: Page, el: ElementHandle<Widget>, count = 1, timeout = 15_000) {
  await tab.waitForFunction((n) => (window as unknown as { __events: unknown[] }).__events.length >= n, count, { timeout });
  return el.evaluate((el: Widget) => {
    const status = el.shadowRoot.querySelector<HTMLElement>('[part=handoff-status]');
    return {
      events: (window as unknown as { __events: { type: string; detail: Record<string, unknown> }[] }).__events,
      status: status?.textContent?.trim() ?? '',
      statusVisible: !!status && status.getBoundingClientRect().height > 0 && getComputedStyle(status).visibility === 'visible',
      button: el.shadowRoot.querySelector('[part=handoff] button')?.textContent?.trim() ?? '',
    };
  });
}

const SENT = 'Sent. Calm Harbor now has your answers.';

/** Waits until the receiver has answered `count` POSTs. */
async function waitForAnswers(r: ReceiverProcess, count: number) {
  for (let i = 0; i < 200 && answers(r).length < count; i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('the hand-off to the reference receiver under faults', () => {
  it.each([
    ['before it stores', 'hang', 201],
    ['after it stored', 'hang-after-store', 200],
  ] as const)(
    'the receiver killed (SIGKILL) mid-request %s, then restarted: the retry lands, exactly one record',
    async (_, fault, status) => {
      const { r, store } = await start([fault]);
      const { tab, el } = await openWidget(r.url, 1000);
      await fillAndSend(tab, el);
      const id = (await r.waitForLine(new RegExp(`^test-fault ${fault} `))).split(' ')[2]!;
      await r.stop('SIGKILL');
      // Restarted on the same port and store before the widget's retry (1 s later).
      const { r: again } = await startNow([], store, r.port);
      const result = await outcome(tab, el);
      expect(result.events.map((e) => e.type)).toEqual(['kc-submit-success']);
      expect(result.events[0]!.detail.id).toBe(id);
      expect(result.status).toBe(SENT);
      expect(answers(again)).toEqual([`${status} ${id}`]);
      expect(storedIds(store.data)).toEqual([id]);
      await tab.close();
    },
  );

  it('the receiver stores the submission and the connection drops before the answer: the retry is answered as a repeat, one record', async () => {
    const { r, store } = await start(DROPPED);
    const { tab, el } = await openWidget(r.url, 100);
    await fillAndSend(tab, el);
    const result = await outcome(tab, el);
    expect(result.events.map((e) => e.type)).toEqual(['kc-submit-success']);
    const id = result.events[0]!.detail.id as string;
    expect(answers(r)).toEqual([`dropped ${id}`, `dropped ${id}`, `200 ${id}`]);
    expect(result.status).toBe(SENT);
    expect(storedIds(store.data)).toEqual([id]);
    await tab.close();
  });

  it('a 400 is not retried and the patient is told; 500 and 503 are retried until the hand-off lands, once', async () => {
    const { r, store } = await start(['400', '500', '503']);
    const refused = await openWidget(r.url, 100);
    await fillAndSend(refused.tab, refused.el);
    const first = await outcome(refused.tab, refused.el);
    await refused.tab.waitForTimeout(300);
    expect(first.events).toEqual([{ type: 'kc-submit-error', detail: { error: 'HTTP 400', attempts: 1 } }]);
    expect(first.status).toBe('We could not send your answers. They are still here: please try again, or call the clinic.');
    expect(first.statusVisible).toBe(true);
    expect(answers(r)).toHaveLength(1);
    expect(storedIds(store.data)).toEqual([]);
    await refused.tab.close();

    const { tab, el } = await openWidget(r.url, 100);
    await fillAndSend(tab, el);
    const second = await outcome(tab, el);
    expect(second.events.map((e) => e.type)).toEqual(['kc-submit-success']);
    const id = second.events[0]!.detail.id as string;
    expect(answers(r).slice(1)).toEqual([`500 ${id}`, `503 ${id}`, `201 ${id}`]);
    expect(second.status).toBe(SENT);
    expect(storedIds(store.data)).toEqual([id]);
    await tab.close();
  });

  it.each([
    ['a 503', '503', 201],
    ['a send stored but never answered', 'dropped', 200],
  ] as const)(
    'after %s, the page is reloaded while the retry waits: the patient is back at the hand-off, "Finish sending" lands once',
    async (_, fault, status) => {
      const { r, store } = await start(fault === '503' ? ['503'] : DROPPED);
      // Long enough for the reload to come first: the widget's next try waits 2 s after the second cut, 10 s after the 503.
      const { tab, el } = await openWidget(r.url, fault === '503' ? 10_000 : 2_000);
      await fillAndSend(tab, el);
      const id = (await r.waitForLine(/^\S+ (503|dropped) /)).split(' ')[2]!;
      if (fault === 'dropped') await waitForAnswers(r, 2);
      await tab.reload();
      const back = await watch(tab);
      const before = await outcome(tab, back, 0);
      expect(before.button).toBe('Finish sending');
      expect(before.status).toMatch(/^Your answers may already have reached Calm Harbor/);
      await (await inWidget(tab, back, '[part=handoff] button')).click();
      const after = await outcome(tab, back);
      expect(after.events).toEqual([{ type: 'kc-submit-success', detail: { id } }]);
      expect(after.status).toBe(SENT);
      // The retry that waited died with the page: the receiver saw the first attempt and "Finish sending", nothing else.
      await tab.waitForTimeout(300);
      const first = fault === '503' ? [`503 ${id}`] : [`dropped ${id}`, `dropped ${id}`];
      expect(answers(r)).toEqual([...first, `${status} ${id}`]);
      expect(storedIds(store.data)).toEqual([id]);
      await tab.close();
    },
  );
});

describe('the hostile cases of issue 15, against the reference receiver', () => {
  it('a redirect in front of the receiver is not followed: the receiver gets nothing, the patient is told', async () => {
    const { r, store } = await start([]);
    redirectTo = r.url;
    const { tab, el } = await openWidget(`${h.server.url}/moved`, 100);
    await fillAndSend(tab, el);
    const result = await outcome(tab, el);
    await tab.waitForTimeout(300);
    expect(result.events.map((e) => e.type)).toEqual(['kc-submit-error']);
    expect(result.events[0]!.detail.error).toMatch(/^redirect: /);
    expect(result.status).toMatch(/^We could not confirm that Calm Harbor received your answers/);
    expect(answers(r)).toEqual([]);
    expect(storedIds(store.data)).toEqual([]);
    await tab.close();
  });

  it('one key, one body: "Try again" after a send stored but never confirmed resends the same bytes (a repeat, not a 422)', async () => {
    const { r, store } = await start([...DROPPED, '503', '503']);
    const { tab, el } = await openWidget(r.url, 100);
    await fillAndSend(tab, el);
    const failed = await outcome(tab, el);
    expect(failed.events.map((e) => e.type)).toEqual(['kc-submit-error']);
    expect(failed.button).toBe('Try again');
    await (await inWidget(tab, el, '[part=handoff] button')).click();
    const result = await outcome(tab, el, 2);
    expect(result.events[1]!.type).toBe('kc-submit-success');
    const id = result.events[1]!.detail.id as string;
    expect(answers(r)).toEqual([`dropped ${id}`, `dropped ${id}`, `503 ${id}`, `503 ${id}`, `200 ${id}`]);
    expect(storedIds(store.data)).toEqual([id]);
    await tab.close();
  });

  it('one key, one body: an edit after a send stored but never confirmed is a new submission under a new key, each stored once', async () => {
    const { r, store } = await start([...DROPPED, '503', '503']);
    const { tab, el } = await openWidget(r.url, 100);
    await fillAndSend(tab, el);
    expect((await outcome(tab, el)).events.map((e) => e.type)).toEqual(['kc-submit-error']);
    await (await inWidget(tab, el, '[name=phone]')).fill('555 0199');
    const note = await el.evaluate(
      (el: Widget) => el.shadowRoot.querySelector('[part=handoff] .hint[role=status]')?.textContent ?? '',
    );
    expect(note).toMatch(/Sending now sends a new copy, so Calm Harbor may get both/);
    await (await inWidget(tab, el, '[part=handoff] button')).click();
    const result = await outcome(tab, el, 2);
    expect(result.events[1]!.type).toBe('kc-submit-success');
    const [first, second] = storedIds(store.data);
    expect(result.events[1]!.detail.id).toBe(second);
    expect(first).not.toBe(second);
    expect(answers(r).every((a) => !a.startsWith('422'))).toBe(true);
    const show = async (id: string) =>
      JSON.parse((await cli(['show', id, `--data=${store.data}`], { RECEIVER_KEY: store.key })).stdout).body;
    expect((await show(first!)).contact.phone).toBe('');
    expect((await show(second!)).contact).toMatchObject({ name: 'Ana', phone: '555 0199' });
    await tab.close();
  });
});
