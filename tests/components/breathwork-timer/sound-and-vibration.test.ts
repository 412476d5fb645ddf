// Cues for eyes closed: tones on the audio clock (only after a user gesture), vibration, and the screen wake lock.
import { html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcBreathworkTimer } from '../../../src/components/breathwork-timer/breathwork-timer.js';
import { type ManualClock } from '../../../src/components/breathwork-timer/clock.js';
import { TONES } from '../../../src/components/breathwork-timer/sound.js';
import { FakeAudioContext, fakeNavigator, type Recorded } from './fakes.js';
import { START, timer, toggle } from './helpers.js';

describe('<kc-breathwork-timer>: sound', () => {
  let audio: Recorded;
  let activation: { isActive: boolean };
  beforeEach(() => {
    audio = FakeAudioContext.install();
    // The patient's press of Start: a user gesture in progress.
    activation = fakeNavigator.userActivation(true);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    fakeNavigator.restore();
    vi.restoreAllMocks();
  });

  /** Waits until the AudioContext's clock runs (its `resume()` settled) and the first tones are scheduled. */
  const audioClockRuns = () => vi.waitFor(() => expect(audio.tones.length).toBeGreaterThan(0));

  /** Runs the session clock and the 1-second top-up timer together, as a browser would. */
  const run = async (clock: ManualClock, el: KcBreathworkTimer, ms: number) => {
    for (let done = 0; done < ms; done += 500) {
      clock.advance(500);
      vi.advanceTimersByTime(500);
      await el.updateComplete;
    }
  };

  it('creates no AudioContext before the Start gesture, then schedules distinct tones on the audio clock at each boundary', async () => {
    const { el, clock, $ } = await timer(html`<kc-breathwork-timer sound></kc-breathwork-timer>`);
    audio.now = () => (clock.time - START) / 1000;
    expect(audio.contexts).toHaveLength(0);
    expect($('input[type=range]')).not.toBeNull();
    el.start();
    expect(audio.contexts).toHaveLength(1);
    expect(audio.contexts[0]!.resumed).toBe(1);
    await audioClockRuns();
    await run(clock, el, 20_000);
    const tones = audio.tones.filter((t) => t.at < 20);
    expect(tones.map((t) => [t.at, t.frequency])).toEqual([
      [0, TONES.inhale[0]],
      [4, TONES.hold[0]],
      [8, TONES.exhale[0]],
      [12, TONES['hold-out'][0]],
      [16, TONES.inhale[0]],
    ]);
    expect(new Set([TONES.inhale[0], TONES.hold[0], TONES.exhale[0]]).size).toBe(3);
    // Scheduled ahead, never twice.
    expect(new Set(audio.tones.map((t) => t.at)).size).toBe(audio.tones.length);
    el.stop();
  });

  it('marks the sigh top-up with its own tone and rings a closing tone at the end', async () => {
    const { el, clock } = await timer(html`<kc-breathwork-timer sound pattern="sigh" cycles="1"></kc-breathwork-timer>`);
    audio.now = () => (clock.time - START) / 1000;
    el.start();
    await audioClockRuns();
    await run(clock, el, 10_000);
    expect(audio.tones.map((t) => [t.at, t.frequency])).toEqual([
      [0, TONES.inhale[0]],
      [2, TONES['top-up'][0]],
      [3, TONES.exhale[0]],
      [9, TONES.done[0]],
    ]);
    expect(el.state).toBe('complete');
  });

  it('follows the volume control at once, and silences on pause and resumes on resume', async () => {
    const { el, clock, $ } = await timer(html`<kc-breathwork-timer sound volume="0.3"></kc-breathwork-timer>`);
    audio.now = () => (clock.time - START) / 1000;
    el.start();
    await el.updateComplete;
    const ctx = audio.contexts[0]!;
    expect(ctx.master!.gain.value).toBe(0.3);
    const slider = $<HTMLInputElement>('input[type=range]')!;
    slider.value = '0.8';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.volume).toBe(0.8);
    expect(ctx.master!.gain.value).toBe(0.8);
    await run(clock, el, 2000);
    const scheduled = audio.tones.length;
    el.pause();
    vi.advanceTimersByTime(10);
    expect(ctx.suspended).toBe(1);
    expect(audio.tones.every((t) => t.stoppedNow)).toBe(true);
    await run(clock, el, 10_000);
    expect(audio.tones).toHaveLength(scheduled);
    el.resume();
    expect(ctx.resumed).toBe(2);
    await run(clock, el, 3000);
    expect(audio.tones.length).toBeGreaterThan(scheduled);
    el.stop();
  });

  it('on resume, times the tones from the moment the audio clock runs again, however long resuming takes', async () => {
    const { el, clock } = await timer(html`<kc-breathwork-timer sound></kc-breathwork-timer>`);
    audio.now = () => (clock.time - START) / 1000;
    audio.resumeMs = 300;
    el.start();
    await run(clock, el, 2000);
    el.pause();
    await run(clock, el, 10_000); // suspended: the audio clock stands still at 2 s
    const ctx = audio.contexts[0]!;
    expect(ctx.state).toBe('suspended');
    const before = audio.tones.length;
    const resumedAt = clock.time - START;
    el.resume();
    await run(clock, el, 8000);
    expect(ctx.state).toBe('running');
    // When each new tone sounds, in session time (2 s were done before the pause).
    const sounds = audio.tones.slice(before).map((t) => Math.round((t.at + ctx.lag) * 1000 - resumedAt + 2000));
    expect(sounds.filter((ms) => ms < 10_000)).toEqual([4000, 8000]);
  });

  it('creates no AudioContext for a start() without a user gesture; the next Pause or Resume press does', async () => {
    activation.isActive = false;
    const { el, clock, root } = await timer(html`<kc-breathwork-timer sound></kc-breathwork-timer>`);
    audio.now = () => (clock.time - START) / 1000;
    el.start();
    await run(clock, el, 1000);
    expect(el.state).toBe('running');
    expect(audio.contexts).toHaveLength(0);
    el.pause();
    el.resume();
    expect(audio.contexts).toHaveLength(0);
    activation.isActive = true; // the patient presses Pause
    toggle(root).click();
    expect(el.state).toBe('paused');
    expect(audio.contexts).toHaveLength(1);
    toggle(root).click();
    await run(clock, el, 4000);
    expect(audio.tones.map((t) => t.frequency)).toContain(TONES.hold[0]);
    el.stop();
  });

  it('removed mid-session: says it paused; re-attached and resumed, it sounds again', async () => {
    const { el, clock, events } = await timer(html`<kc-breathwork-timer sound></kc-breathwork-timer>`);
    audio.now = () => (clock.time - START) / 1000;
    el.start();
    await run(clock, el, 2000);
    const parent = el.parentElement!;
    el.remove();
    expect(events.at(-1)).toMatchObject({ type: 'pause', detail: { elapsedMs: 2000 } });
    expect(audio.contexts[0]!.closed).toBe(true);
    parent.append(el);
    await el.updateComplete;
    const before = audio.tones.length;
    el.resume();
    expect(audio.contexts).toHaveLength(2);
    await run(clock, el, 3000);
    // The hold begins 2 s after resuming (4 s into the session), on the new context's clock.
    expect(audio.tones.slice(before).map((t) => [t.at - audio.contexts[1]!.currentTime, t.frequency])[0]).toEqual([
      -1,
      TONES.hold[0],
    ]);
    el.stop();
  });

  it('never creates audio without `sound`', async () => {
    const { el, clock } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    await run(clock, el, 5000);
    expect(audio.contexts).toHaveLength(0);
    el.stop();
  });

  it('keeps working when the device has no audio output', async () => {
    audio.failToConstruct = true;
    const { el, clock, phases } = await timer(html`<kc-breathwork-timer sound></kc-breathwork-timer>`);
    el.start();
    await run(clock, el, 4500);
    expect(phases()).toHaveLength(2);
    el.stop();
  });
});

describe('<kc-breathwork-timer>: vibration and wake lock, feature-detected', () => {
  afterEach(() => {
    fakeNavigator.restore();
    vi.restoreAllMocks();
  });

  it('vibrates at each phase change, distinct for in, hold and out', async () => {
    const vibrate = fakeNavigator.vibrate();
    const { el, clock } = await timer(html`<kc-breathwork-timer haptics></kc-breathwork-timer>`);
    el.start();
    clock.advance(12_000);
    expect(vibrate.mock.calls.map((c) => c[0])).toEqual([60, [20, 60, 20], 160, [20, 60, 20]]);
    el.stop();
  });

  it('does not vibrate without `haptics`, and runs where vibration is missing', async () => {
    const vibrate = fakeNavigator.vibrate();
    const plain = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    plain.el.start();
    plain.clock.advance(8000);
    expect(vibrate).not.toHaveBeenCalled();
    plain.el.stop();
    fakeNavigator.remove('vibrate');
    const { el, clock, phases } = await timer(html`<kc-breathwork-timer haptics></kc-breathwork-timer>`);
    el.start();
    clock.advance(8000);
    expect(phases()).toHaveLength(3);
    el.stop();
  });

  it('holds a screen wake lock while running: released on pause and stop, asked again on resume and when the page is shown', async () => {
    const lock = fakeNavigator.wakeLock();
    const { el, clock } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    expect(lock.request).not.toHaveBeenCalled();
    el.start();
    expect(lock.request).toHaveBeenCalledWith('screen');
    await Promise.resolve();
    el.pause();
    await vi.waitFor(() => expect(lock.released).toBe(1));
    el.resume();
    expect(lock.request).toHaveBeenCalledTimes(2);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lock.request).toHaveBeenCalledTimes(3);
    await vi.waitFor(() => expect(lock.released).toBe(2));
    clock.advance(1000);
    el.stop();
    await vi.waitFor(() => expect(lock.released).toBe(3));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lock.request).toHaveBeenCalledTimes(3);
  });

  it('runs where the Wake Lock API is missing or refuses', async () => {
    fakeNavigator.remove('wakeLock');
    const { el, clock, phases } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    clock.advance(4000);
    expect(phases()).toHaveLength(2);
    el.stop();
    fakeNavigator.restore();
    fakeNavigator.wakeLock({ refuse: true });
    const refused = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    refused.el.start();
    refused.clock.advance(4000);
    expect(refused.phases()).toHaveLength(2);
    refused.el.stop();
  });
});
