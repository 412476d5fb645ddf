// Where the browser stops drawing frames but the page is not hidden (an off-screen cross-origin iframe in Chromium,
// a covered window), the session must still keep time: phase events, announcements, vibration and the end of the
// session run on the clock's timer, and frames only paint. Here `requestAnimationFrame` never calls back at all, and
// the timer runs on the real browser clock (`performance.now()` and timers).
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KcBreathworkTimer } from '../../../src/components/breathwork-timer/breathwork-timer.js';
import { fakeNavigator } from './fakes.js';

/** How late an event may be on a busy test machine (two cores shared by several test runs). */
const SLACK_MS = 250;

describe('<kc-breathwork-timer> with animation frames that never come', () => {
  afterEach(() => {
    fakeNavigator.restore();
    vi.unstubAllGlobals();
  });

  it('fires every phase on time, announces and vibrates each, and ends the session', async () => {
    const frames = vi.fn(() => 1);
    vi.stubGlobal('requestAnimationFrame', frames);
    const vibrate = fakeNavigator.vibrate();
    const el = await fixture<KcBreathworkTimer>(
      html`<kc-breathwork-timer pattern="1-1-1-1" cycles="2" haptics></kc-breathwork-timer>`,
    );
    // Vibration loads with the tones module; wait until it is there so each phase can buzz.
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part~=toggle]')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const live = el.shadowRoot!.querySelector('[role=status]')!;
    const seen: { at: number; phase: string; said: string }[] = [];
    let started = 0;
    el.addEventListener('kc-breath-start', () => (started = performance.now()));
    el.addEventListener(
      'kc-breath-phase',
      (e) =>
        // The announcement renders right after the event (Lit updates in a microtask).
        void el.updateComplete.then(() =>
          seen.push({ at: performance.now() - started, phase: e.detail.phase, said: live.textContent!.trim() }),
        ),
    );
    const completed = new Promise<number>((resolve) =>
      el.addEventListener('kc-breath-complete', () => resolve(performance.now() - started)),
    );

    el.start();
    const endedAt = await Promise.race([completed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 8000 + 2000))]);

    expect(endedAt, 'the session ended').toBeGreaterThanOrEqual(8000);
    expect(endedAt).toBeLessThan(8000 + SLACK_MS);
    expect(el.state).toBe('complete');
    // Two cycles of 1 s each: breathe in, hold, breathe out, hold (the shortest cycle a custom pattern may have is 4 s).
    const cycle = [
      ['inhale', 'Breathe in'],
      ['hold', 'Hold'],
      ['exhale', 'Breathe out'],
      ['hold-out', 'Hold'],
    ];
    expect(seen.map((s) => [s.phase, s.said])).toEqual([...cycle, ...cycle]);
    seen.forEach(({ at }, i) => {
      expect(at, `phase ${i}`).toBeGreaterThanOrEqual(i * 1000);
      expect(at, `phase ${i}`).toBeLessThan(i * 1000 + SLACK_MS);
    });
    expect(vibrate).toHaveBeenCalledTimes(8);
    // The live region says the session is done.
    await el.updateComplete;
    expect(live.textContent!.trim()).toBe('Session complete');
  });
});
