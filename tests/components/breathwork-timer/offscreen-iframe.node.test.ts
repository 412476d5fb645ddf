// The built timer in an off-screen cross-origin iframe: Chromium stops running its animation frames there while
// `document.hidden` stays false. The session must keep time all the same: phase events, the live region and the
// end of the session come on time, on the real clock (nothing injected).
import type { Frame } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../hardening/harness.js';

/** How late an event may be on a busy test machine. */
const SLACK_MS = 300;

const FRAME = `<!doctype html><html lang="en"><title>Timer in a frame</title>
  <script type="module" src="/cdn/kc-breathwork-timer.js"></script>
  <kc-breathwork-timer pattern="1-1-1-1" cycles="1"></kc-breathwork-timer>`;

let h: Harness;

beforeAll(async () => {
  // No CSP here: the page embeds a frame from another origin (the same server under another host name).
  h = await startHarness({ headers: {} });
  h.pages['/frame.html'] = FRAME;
});

afterAll(() => h?.close());

/** Frames run in the frame in one second (a handful or none when throttled). */
const framesInOneSecond = (frame: Frame) =>
  frame.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const loop = () => {
          count++;
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        setTimeout(() => resolve(count), 1000);
      }),
  );

describe('<kc-breathwork-timer> in an off-screen cross-origin iframe', () => {
  it('fires every phase on time, updates the live region and ends the session, with no animation frames', async () => {
    const tab = await h.browser.newPage();
    const crossOrigin = h.server.url.replace('127.0.0.1', 'localhost');
    h.pages['/outer.html'] = `<!doctype html><html lang="en"><title>Host page</title>
      <p style="block-size: 300vh">A long page; the timer is far below.</p>
      <iframe src="${crossOrigin}/frame.html" title="Timer" style="inline-size: 400px; block-size: 500px"></iframe>`;
    await tab.goto(`${h.server.url}/outer.html`);
    const frame = tab.frames().find((f) => f.url().startsWith(crossOrigin))!;
    expect(frame, 'the cross-origin frame').toBeTruthy();
    // Polling on a timer: Playwright's default polls on animation frames, which do not come here.
    await frame.waitForFunction(
      () => !!document.querySelector('kc-breathwork-timer')?.shadowRoot?.querySelector('[part~=toggle]'),
      null,
      {
        polling: 100,
      },
    );

    // The condition under test: the frame is not hidden, yet draws (almost) no frames.
    expect(await frame.evaluate(() => document.hidden)).toBe(false);
    expect(await framesInOneSecond(frame), 'animation frames in the off-screen frame').toBeLessThan(5);

    const result = await frame.evaluate(
      () =>
        new Promise<{ phases: { at: number; phase: string; said: string }[]; endedAt: number; state: string }>((resolve) => {
          const el = document.querySelector('kc-breathwork-timer') as HTMLElement & {
            start(): void;
            state: string;
            updateComplete: Promise<unknown>;
          };
          const live = el.shadowRoot!.querySelector('[role=status]')!;
          const phases: { at: number; phase: string; said: string }[] = [];
          let started = 0;
          el.addEventListener('kc-breath-phase', (e) => {
            const at = performance.now() - started;
            const { phase } = (e as CustomEvent<{ phase: string }>).detail;
            void el.updateComplete.then(() => phases.push({ at, phase, said: live.textContent!.trim() }));
          });
          const giveUp = setTimeout(() => resolve({ phases, endedAt: -1, state: el.state }), 4000 + 3000);
          el.addEventListener('kc-breath-complete', () => {
            clearTimeout(giveUp);
            const endedAt = performance.now() - started;
            void el.updateComplete.then(() => resolve({ phases, endedAt, state: el.state }));
          });
          started = performance.now();
          el.start();
        }),
    );

    expect(result.state).toBe('complete');
    expect(result.endedAt).toBeGreaterThanOrEqual(4000);
    expect(result.endedAt).toBeLessThan(4000 + SLACK_MS);
    // One 4 s cycle (the shortest a custom pattern may have): a phase each second.
    expect(result.phases.map((p) => [p.phase, p.said])).toEqual([
      ['inhale', 'Breathe in'],
      ['hold', 'Hold'],
      ['exhale', 'Breathe out'],
      ['hold-out', 'Hold'],
    ]);
    result.phases.forEach(({ at }, i) => {
      expect(at, `phase ${i}`).toBeGreaterThanOrEqual(i * 1000);
      expect(at, `phase ${i}`).toBeLessThan(i * 1000 + SLACK_MS);
    });
    await tab.close();
  });
});
