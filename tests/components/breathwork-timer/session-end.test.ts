// How a session ends: at the end of a whole breath (the completion view and its reflection), stopped early, reset,
// or taken off the page.
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../../src/components/breathwork-timer/clock.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { FakeAudioContext, fakeNavigator } from './fakes.js';
import { START, timer, toggle } from './helpers.js';

describe('<kc-breathwork-timer>: how a session ends (completion, stop, reset)', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('ends at the end of a whole breath: duration rounds up, cycles count, 478 defaults to 4 breaths', async () => {
    for (const [markup, endsAt] of [
      [html`<kc-breathwork-timer duration="10s"></kc-breathwork-timer>`, 16_000],
      [html`<kc-breathwork-timer duration="1m"></kc-breathwork-timer>`, 64_000],
      [html`<kc-breathwork-timer cycles="2" duration="10m"></kc-breathwork-timer>`, 32_000],
      [html`<kc-breathwork-timer pattern="478"></kc-breathwork-timer>`, 76_000],
      [html`<kc-breathwork-timer pattern="4-0-6-0" cycles="3"></kc-breathwork-timer>`, 30_000],
    ] as const) {
      const { el, events, clock } = await timer(markup);
      el.start();
      clock.advance(endsAt - 1);
      expect(el.state).toBe('running');
      clock.advance(16);
      expect(el.state).toBe('complete');
      expect(events.at(-1)!.type).toBe('complete');
      expect(events.at(-1)!.detail.elapsedMs).toBe(endsAt);
    }
  });

  it('completes with the time practised and breaths taken, moves focus there from the timer, and offers an unsaved reflection', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { el, events, advance, root, text, $ } = await timer(html`<kc-breathwork-timer cycles="2"></kc-breathwork-timer>`);
    $('[part~=timer]')!.focus();
    el.start();
    await advance(32_000);
    expect(events.at(-1)).toEqual({ type: 'complete', at: 32_000, detail: { elapsedMs: 32_000, cycles: 2 } });
    expect(el.state).toBe('complete');
    expect(text('[part~=complete]')).toContain('Session complete');
    expect(text('[part~=complete]')).toContain('You practised for 32 s and took 2 breaths.');
    expect(root.activeElement).toBe($('[part~=complete]'));
    expect(text('[role=status]')).toBe('Session complete');
    await expectNoAxeViolations(el);

    const input = $<HTMLInputElement>('[part~=reflection] input')!;
    input.value = '  calmer, a bit sleepy  ';
    $<HTMLButtonElement>('[part~=reflection] button')!.click();
    await el.updateComplete;
    expect(events.at(-1)).toEqual({ type: 'reflection', at: 32_000, detail: { text: 'calmer, a bit sleepy' } });
    expect(text('[part~=complete]')).toContain('Thank you.');
    expect($('[part~=reflection]')).toBeNull();
    expect(setItem).not.toHaveBeenCalled();

    toggle(root).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.state).toBe('idle');
    expect(text('[part~=toggle]')).toBe('Start');
    expect(root.activeElement).toBe(toggle(root));
  });

  it('leaves focus where it is when the session ends while the patient is elsewhere on the page', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><input aria-label="Notes" /><kc-breathwork-timer cycles="1"></kc-breathwork-timer></div>`,
    );
    const el = page.querySelector('kc-breathwork-timer')!;
    const clock = manualClock(START);
    el.clock = clock;
    await el.updateComplete;
    const input = page.querySelector('input')!;
    el.shadowRoot!.querySelector<HTMLElement>('[part~=timer]')!.focus();
    el.start();
    input.focus();
    clock.advance(16_000);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.state).toBe('complete');
    expect(document.activeElement).toBe(input);
    expect(el.shadowRoot!.activeElement).toBeNull();
  });

  it('an empty reflection sends nothing', async () => {
    const { el, events, advance, $ } = await timer(html`<kc-breathwork-timer cycles="1"></kc-breathwork-timer>`);
    el.start();
    await advance(16_000);
    $<HTMLButtonElement>('[part~=reflection] button')!.click();
    await el.updateComplete;
    expect(events.some((e) => e.type === 'reflection')).toBe(false);
    expect($('[part~=reflection]')).not.toBeNull();
  });

  it('stop() ends early with the time and whole breaths done, back to the start screen', async () => {
    const { el, events, advance, text, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    await advance(20_000);
    el.stop();
    await el.updateComplete;
    expect(events.at(-1)).toEqual({ type: 'stop', at: 20_000, detail: { elapsedMs: 20_000, cycles: 1 } });
    expect(el.state).toBe('idle');
    expect(text('[part~=phase]')).toBe('Ready');
    expect(text('[part~=countdown]')).toBe('');
    expect($<HTMLProgressElement>('progress')!.value).toBe(0);
    el.stop();
    expect(events.filter((e) => e.type === 'stop')).toHaveLength(1);
  });

  it('reset() returns to the start screen from the completion view, and stops a running session first', async () => {
    const { el, events, advance } = await timer(html`<kc-breathwork-timer cycles="1"></kc-breathwork-timer>`);
    el.start();
    await advance(16_000);
    el.reset();
    await el.updateComplete;
    expect(el.state).toBe('idle');
    expect(events.some((e) => e.type === 'stop')).toBe(false);
    el.start();
    await advance(2000);
    el.reset();
    expect(el.state).toBe('idle');
    expect(events.at(-1)!.type).toBe('stop');
  });

  it('start() ignores a second call; pause() and resume() only act when they can', async () => {
    const { el, events, advance } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.pause();
    el.resume();
    el.start();
    await advance(100);
    el.start();
    el.resume();
    expect(events.map((e) => e.type)).toEqual(['start', 'phase']);
    el.stop();
  });
});

describe('<kc-breathwork-timer>: removed mid-session', () => {
  afterEach(() => {
    fakeNavigator.restore();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('leaves no frame, timer, listener, wake lock, animation or audio running', async () => {
    const audio = FakeAudioContext.install();
    const lock = fakeNavigator.wakeLock();
    const vibrate = fakeNavigator.vibrate();
    fakeNavigator.userActivation(true);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const { el, clock, $, phases, events } = await timer(html`<kc-breathwork-timer sound haptics></kc-breathwork-timer>`);
    el.start();
    clock.advance(2000);
    vi.advanceTimersByTime(2000);
    await el.updateComplete;
    const shape = $('[part~=shape]')!;
    expect(shape.getAnimations()).toHaveLength(1);
    // The tones' top-up timer, once the audio clock runs.
    await vi.waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(0));
    el.remove();
    expect(clock.pending).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(audio.contexts[0]!.closed).toBe(true);
    expect(shape.getAnimations()).toHaveLength(0);
    await vi.waitFor(() => expect(lock.released).toBe(1));
    const requests = lock.request.mock.calls.length;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lock.request).toHaveBeenCalledTimes(requests);
    clock.advance(60_000);
    expect(phases()).toHaveLength(1);
    expect(vibrate).toHaveBeenCalledTimes(1);
    expect(el.state).toBe('paused');
    expect(events.map((e) => e.type)).toEqual(['start', 'phase', 'pause']);
  });
});
