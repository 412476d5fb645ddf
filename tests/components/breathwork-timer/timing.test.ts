// Timing on one clock: phases on time for as long as a session lasts, pauses, hidden tabs, and the few renders it takes.
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcBreathworkTimer } from '../../../src/components/breathwork-timer/breathwork-timer.js';
import { START, timer, toggle } from './helpers.js';

describe('<kc-breathwork-timer>: timing on one clock', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('fires kc-breath-start, then kc-breath-phase at every boundary of the schedule, on time', async () => {
    const { el, events, phases, advance } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    expect(events[0]).toEqual({ type: 'start', at: 0, detail: { pattern: 'box' } });
    expect(el.state).toBe('running');
    expect(el.running).toBe(true);
    await advance(64_000 - 1);
    const got = phases();
    expect(got).toHaveLength(16);
    got.forEach((e, i) => {
      expect(e.at).toBe(i * 4000);
      expect(e.detail).toMatchObject({
        phase: ['inhale', 'hold', 'exhale', 'hold-out'][i % 4],
        phaseIndex: i % 4,
        cycle: Math.floor(i / 4) + 1,
        durationMs: 4000,
      });
    });
    el.stop();
  });

  it('sigh: the top-up inhale is its own phase (index 1) of 1 s, marked `topUp: true`', async () => {
    const { el, phases, advance } = await timer(html`<kc-breathwork-timer pattern="sigh"></kc-breathwork-timer>`);
    el.start();
    await advance(9000);
    expect(phases().map((e) => [e.at, e.detail.phase, e.detail.phaseIndex, e.detail.durationMs, e.detail.topUp])).toEqual([
      [0, 'inhale', 0, 2000, undefined],
      [2000, 'inhale', 1, 1000, true],
      [3000, 'exhale', 2, 6000, undefined],
      [9000, 'inhale', 0, 2000, undefined],
    ]);
    expect(phases().map((e) => 'topUp' in e.detail)).toEqual([false, true, false, false]);
    el.stop();
  });

  it('keeps exact time for an hour: boundaries never drift', async () => {
    const { el, phases, clock } = await timer(
      html`<kc-breathwork-timer pattern="coherent" duration="60m"></kc-breathwork-timer>`,
    );
    el.start();
    clock.advance(3_300_000 - 1);
    const lates = phases().map((e, i) => e.at - i * 5500);
    expect(lates).toHaveLength(600);
    expect(Math.max(...lates)).toBeLessThan(1);
    expect(Math.min(...lates)).toBeGreaterThanOrEqual(0);
    el.stop();
  });

  it('renders at phase boundaries and once a second, never once a frame, and counts down', async () => {
    const { el, text, advance, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    await el.updateComplete;
    expect(text('[part~=phase]')).toBe('Breathe in');
    expect(text('[part~=countdown]')).toBe('4');
    const requests = vi.spyOn(el, 'requestUpdate');
    const render = vi.spyOn(el as unknown as { render(): unknown }, 'render');
    await advance(1000);
    expect(text('[part~=countdown]')).toBe('3');
    await advance(2990);
    expect(text('[part~=countdown]')).toBe('1');
    // 249 frames; an update asked only when the second changed (3, 2, 1), and at most one render each.
    expect(requests).toHaveBeenCalledTimes(3);
    expect(render.mock.calls.length).toBeLessThanOrEqual(3);
    await advance(16);
    expect(text('[part~=phase]')).toBe('Hold');
    expect(text('[part~=countdown]')).toBe('4');
    expect($<HTMLProgressElement>('progress')!.value).toBeCloseTo(4000 / 304_000, 2);
    el.stop();
  });

  it('pause freezes time and frames; resume continues exactly where it stopped', async () => {
    const { el, clock, events, phases, advance, text, root } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    await advance(5000);
    el.pause();
    await el.updateComplete;
    expect(el.state).toBe('paused');
    expect(el.running).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'pause', at: 5000, detail: { elapsedMs: 5000 } });
    expect(text('[part~=phase]')).toBe('Paused');
    expect(text('[part~=toggle]')).toBe('Resume');
    expect(clock.pending).toBe(0);
    await advance(600_000);
    expect(phases()).toHaveLength(2);
    expect(text('[part~=countdown]')).toBe('3');
    const pausedAt = clock.time;
    el.resume();
    expect(events.at(-1)).toMatchObject({ type: 'resume', detail: { elapsedMs: 5000 } });
    await advance(4000);
    const exhale = phases()[2]!;
    expect(exhale.detail.phase).toBe('exhale');
    // 8000 - 5000 ms of running time after the resume, within a frame.
    const late = exhale.at + START - pausedAt - 3000;
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(16);
    expect(toggle(root).textContent!.trim()).toBe('Pause');
    el.stop();
  });

  it('after a jump (a hidden tab) it is right on the next frame and reports the phase in progress, not the skipped ones', async () => {
    const { el, clock, phases, text, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    clock.advance(1000);
    expect(phases()).toHaveLength(1);
    clock.jump(37_000); // 38 s in: breath 3, hold, 2 s of 4 done
    await el.updateComplete;
    expect(phases()).toHaveLength(2);
    expect(phases()[1]!.detail).toEqual({
      phase: 'hold',
      phaseIndex: 1,
      cycle: 3,
      phaseProgress: 0.5,
      remainingMs: 2000,
      durationMs: 4000,
    });
    expect(text('[part~=phase]')).toBe('Hold');
    expect(text('[part~=countdown]')).toBe('2');
    const [anim] = $('[part~=shape]')!.getAnimations();
    expect(Number(anim!.currentTime)).toBeGreaterThanOrEqual(2000);
    expect(Number(anim!.currentTime)).toBeLessThan(2100);
    expect((anim!.effect as KeyframeEffect).getTiming().duration).toBe(4000);
    el.stop();
  });

  it('sleeps between changes: it wakes once for each new second or boundary, never once a frame', async () => {
    const { el, clock, phases } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    let ran = 0;
    const wake = clock.wake.bind(clock);
    clock.wake = (callback, afterMs) => wake(() => (ran++, callback()), afterMs);
    el.start();
    clock.advance(60_000);
    expect(phases()).toHaveLength(16); // 0, 4, ... 60 s
    // Box breathing changes second on whole seconds: one wake-up a second.
    expect(ran).toBe(60);
    el.stop();
  });

  it('catches up the moment a hidden tab is shown again, before any frame', async () => {
    const { el, clock, phases, text } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    clock.advance(1000);
    clock.time += 37_000; // hidden: no frames, no timers ran
    document.dispatchEvent(new Event('visibilitychange'));
    expect(phases().map((e) => [e.at, e.detail.phase, e.detail.cycle])).toEqual([
      [0, 'inhale', 1],
      [38_000, 'hold', 3],
    ]);
    await el.updateComplete;
    expect(text('[part~=countdown]')).toBe('2');
    expect(clock.pending).toBe(1);
    el.stop();
  });
});

describe('<kc-breathwork-timer>: in a hidden tab, on the browser clock', () => {
  const own = document as unknown as Record<string, unknown>;
  afterEach(() => {
    delete own.hidden;
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('goes on on timers alone (frames do not run there): its phases and kc-breath-complete still fire on time', async () => {
    const el = await fixture<KcBreathworkTimer>(html`<kc-breathwork-timer cycles="1"></kc-breathwork-timer>`);
    const seen: string[] = [];
    el.addEventListener('kc-breath-phase', (e) => seen.push(`${Math.round(performance.now())} ${e.detail.phase}`));
    el.addEventListener('kc-breath-complete', (e) =>
      seen.push(`${Math.round(performance.now())} complete ${e.detail.elapsedMs}`),
    );
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    const frame = vi.fn(() => 0);
    vi.stubGlobal('requestAnimationFrame', frame);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'], now: 0 });
    el.start();
    vi.advanceTimersByTime(17_000);
    expect(seen).toEqual(['0 inhale', '4000 hold', '8000 exhale', '12000 hold-out', '16000 complete 16000']);
    expect(el.state).toBe('complete');
    expect(frame).not.toHaveBeenCalled();
  });
});
