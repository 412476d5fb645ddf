// The built <kc-breathwork-timer> CDN entry under a strict CSP with Trusted Types: every lazily loaded
// part (custom pattern reader, picker, tones, the completion view) loads from
// 'self' only, the shape animates, and nothing is blocked. Time is driven by a clock the test injects.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../hardening/harness.js';

const PAGE = `<!doctype html><html lang="en"><title>Breathwork under CSP</title>
  <script type="module" src="/cdn/kc-breathwork-timer.js"></script>
  <kc-clinic theme="dark"><kc-breathwork-timer pattern="3-1-4-0" cycles="2" show-picker sound haptics></kc-breathwork-timer></kc-clinic>`;

let h: Harness;
let base: string;
let browser: Browser;

beforeAll(async () => {
  h = await startHarness();
  h.pages['/timer.html'] = PAGE;
  base = h.server.url;
  browser = h.browser;
});

afterAll(() => h?.close());

describe('dist/cdn/kc-breathwork-timer.js under a strict CSP', () => {
  it('runs a whole session with every lazy part, no violation, no error, no foreign request', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${base}/timer.html`);
    const toggle = page.locator('kc-breathwork-timer [part~="toggle"]');
    await toggle.waitFor();
    expect(await page.locator('kc-breathwork-timer select[name="pattern"]').inputValue()).toBe('3-1-4-0');
    expect(await page.locator('kc-breathwork-timer input[type="range"]').count()).toBe(1);

    // A clock the test moves (the element reads only this), so the session takes no wall time.
    await page.evaluate(() => {
      const w = window as unknown as { t: number; due: { at: number; cb: () => void }[]; events: string[] };
      w.t = 0;
      w.due = [];
      w.events = [];
      const el = document.querySelector('kc-breathwork-timer') as HTMLElement & { clock: unknown };
      el.clock = {
        now: () => w.t,
        wake: (cb: () => void, after = 0) => {
          const entry = { at: w.t + Math.max(after, 1), cb };
          w.due.push(entry);
          return () => (w.due = w.due.filter((d) => d !== entry));
        },
      };
      for (const type of ['start', 'phase', 'complete'])
        el.addEventListener(`kc-breath-${type}`, (e) => w.events.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`));
    });
    await toggle.click();
    const advance = (ms: number) =>
      page.evaluate((ms) => {
        const w = window as unknown as { t: number; due: { at: number; cb: () => void }[] };
        for (const end = w.t + ms; w.t < end;) {
          w.t = Math.min(end, w.t + 16);
          const now = w.due.filter((d) => d.at <= w.t);
          w.due = w.due.filter((d) => d.at > w.t);
          now.forEach((d) => d.cb());
        }
      }, ms);
    await advance(3000);
    await page.waitForFunction(() => {
      const shape = document.querySelector('kc-breathwork-timer')!.shadowRoot!.querySelector('[part~=shape]')!;
      return shape.getAnimations().length === 1;
    });
    await advance(13_000);
    await page.locator('kc-breathwork-timer [part~="complete"]').waitFor();
    const events = await page.evaluate(() => (window as unknown as { events: string[] }).events);
    expect(events[0]).toBe('start {"pattern":"3-1-4-0"}');
    expect(events.filter((e) => e.startsWith('phase'))).toHaveLength(6);
    expect(events.at(-1)).toBe('complete {"elapsedMs":16000,"cycles":2}');
    expect(await page.locator('kc-breathwork-timer [part~="complete"]').textContent()).toContain('16 s');
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith(base))).toBe(true);
    const chunks = requests
      .filter((url) => url.includes('/cdn/chunks/'))
      .map((url) => url.replace(/.*\/chunks\/([a-z]+)-.*/, '$1'));
    expect(chunks).toEqual(expect.arrayContaining(['parse', 'picker', 'sound', 'completion']));
    await page.close();
  });

  it.each(['sound', 'parse', 'picker', 'completion'])(
    'keeps the page responsive and the timer usable when its %s chunk cannot load',
    async (chunk) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.route(new RegExp(`/cdn/chunks/${chunk}-`), (route) => route.abort());
      await page.goto(`${base}/timer.html`);
      await page.locator('kc-breathwork-timer [part~=toggle]').waitFor({ timeout: 10_000 });
      // The page's own timers still fire (a failed chunk once made the timer re-await it forever).
      expect(await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve('alive'), 50)))).toBe('alive');
      await page.locator('kc-breathwork-timer [part~=toggle]').click();
      await page.waitForFunction(
        () => (document.querySelector('kc-breathwork-timer') as unknown as { running: boolean }).running,
      );
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('says a session is complete even when the completion view cannot load, and loads that view at the next start', async () => {
    const page = await browser.newPage();
    let refused = 0;
    // Offline for the first request of the completion view only.
    await page.route(/\/cdn\/chunks\/completion-/, (route) => (refused++ ? route.continue() : route.abort()));
    await page.goto(`${base}/timer.html`);
    const timer = page.locator('kc-breathwork-timer');
    await timer.locator('[part~=toggle]').waitFor();
    // A clock the test moves: each call to finish() runs the session to its end at once.
    await page.evaluate(() => {
      const el = document.querySelector('kc-breathwork-timer') as HTMLElement & { clock: unknown; start(): void };
      let t = 0;
      let due: { at: number; cb: () => void }[] = [];
      el.clock = {
        now: () => t,
        wake: (cb: () => void, after = 0) => {
          const entry = { at: t + Math.max(after, 1), cb };
          due.push(entry);
          return () => (due = due.filter((d) => d !== entry));
        },
      };
      (window as unknown as { finish: () => void }).finish = () => {
        for (let end = t + 60_000; t < end;) {
          t += 16;
          const now = due.filter((d) => d.at <= t);
          due = due.filter((d) => d.at > t);
          now.forEach((d) => d.cb());
        }
      };
    });
    await timer.locator('[part~=toggle]').click();
    await page.evaluate(() => (window as unknown as { finish: () => void }).finish());
    // Without its view, the end is still said, and the way back offered.
    await timer.locator('[part~=complete]').waitFor();
    expect(refused).toBe(1);
    expect(await timer.locator('[part~=complete]').textContent()).toContain('Session complete');
    expect(await timer.locator('[part~=reflection]').count()).toBe(0);
    await timer.locator('[part~=complete] [part~=toggle]').click();
    await timer.locator('[part~=timer] + progress').waitFor();
    await timer.locator('[part~=toggle]').click();
    await page.evaluate(() => (window as unknown as { finish: () => void }).finish());
    await timer.locator('[part~=reflection]').waitFor();
    expect(await timer.locator('[part~=complete]').textContent()).toContain('You practised for 16 s and took 2 breaths.');
    await page.close();
  });
});
