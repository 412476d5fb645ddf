import { fixture, html } from '@open-wc/testing-helpers';
import type { TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canEmulateMedia, emulateMedia, resetMedia } from '../../helpers/emulate-media.js';
import type { KcBreathworkTimer } from '../../../src/components/breathwork-timer/breathwork-timer.js';
import { manualClock, type ManualClock } from '../../../src/components/breathwork-timer/clock.js';
import { TONES } from '../../../src/components/breathwork-timer/sound.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { Unreadable } from '../../hardening/hostile-objects.js';
import { FakeAudioContext, fakeNavigator, type Recorded } from './fakes.js';

const START = 10_000;

/** A timer on a manual clock (time starts at 10 s, so session time is `clock.time - START`). */
async function timer(template: TemplateResult) {
  const el = await fixture<KcBreathworkTimer>(template);
  const clock = manualClock(START);
  el.clock = clock;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
  const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const events: { type: string; at: number; detail: Record<string, unknown> }[] = [];
  for (const type of ['start', 'phase', 'pause', 'resume', 'complete', 'stop', 'reflection'])
    el.addEventListener(`kc-breath-${type}`, (e) =>
      events.push({ type, at: clock.time - START, detail: (e as CustomEvent<Record<string, unknown>>).detail }),
    );
  const phases = () => events.filter((e) => e.type === 'phase');
  /** Advances the manual clock and lets Lit render what changed. */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await el.updateComplete;
  };
  return { el, clock, root, $, text, events, phases, advance };
}

const toggle = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part~=toggle]')!;

describe('<kc-breathwork-timer>: the start screen', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('renders the shape, the phase, progress, a Start button and the box safety note', async () => {
    const { $, text, el } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    expect(el.state).toBe('idle');
    expect(el.running).toBe(false);
    expect($('[part~=timer]')!.getAttribute('role')).toBe('timer');
    expect($('[part~=timer]')!.tabIndex).toBe(0);
    expect(text('[part~=phase]')).toBe('Ready');
    expect(text('[part~=toggle]')).toBe('Start');
    expect($('[part~=stop]')).toBeNull();
    expect($<HTMLProgressElement>('progress')!.value).toBe(0);
    expect(text('[part~=safety]')).toMatch(/dizzy or lightheaded, stop and breathe normally/);
    expect($('[part~=config-error]')).toBeNull();
    expect(console.error).not.toHaveBeenCalled();
    await expectNoAxeViolations(el);
  });

  it('shows "stop and breathe normally" for every pattern, and the caution about holds only for patterns that hold the breath', async () => {
    for (const [pattern, holds] of [
      ['box', true],
      ['478', true],
      ['coherent', false],
      ['sigh', false],
      ['4-0-6-0', false],
      ['4-0-6-2', true],
    ] as const) {
      const { text } = await timer(html`<kc-breathwork-timer pattern=${pattern}></kc-breathwork-timer>`);
      expect(text('[part~=safety]'), pattern).toMatch(/^If you feel dizzy or lightheaded, stop and breathe normally\./);
      expect(text('[part~=safety]').includes('ask your clinician before holding your breath'), pattern).toBe(holds);
    }
  });

  it('says both in Spanish too (usted): the dizziness note always, the caution about holds with holds', async () => {
    const coherent = await timer(html`<kc-breathwork-timer lang="es" pattern="coherent"></kc-breathwork-timer>`);
    await vi.waitFor(() => expect(coherent.text('[part~=toggle]')).toBe('Empezar'));
    expect(coherent.text('[part~=safety]')).toBe('Si se marea o siente la cabeza ligera, pare y respire con normalidad.');
    const box = await timer(html`<kc-breathwork-timer lang="es" pattern="box"></kc-breathwork-timer>`);
    await vi.waitFor(() => expect(box.text('[part~=toggle]')).toBe('Empezar'));
    expect(box.text('[part~=safety]')).toMatch(
      /pare y respire con normalidad\. Si tiene una enfermedad .* consulte a su clínico antes de contener la respiración\./,
    );
  });

  it('lets a clinic replace the safety note through the `safety` slot', async () => {
    const { $ } = await timer(
      html`<kc-breathwork-timer pattern="478"><span slot="safety">Ask Dr Lee first.</span></kc-breathwork-timer>`,
    );
    const slot = $<HTMLSlotElement>('slot[name=safety]')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).toEqual(['Ask Dr Lee first.']);
  });

  it('says cyclic sighing is self-paced, the timing only a guide', async () => {
    const { text } = await timer(html`<kc-breathwork-timer pattern="sigh"></kc-breathwork-timer>`);
    expect(text('[part~=note]')).toMatch(/At your own pace.*only a guide/);
  });

  it('speaks Spanish, first render included', async () => {
    const { text, el } = await timer(html`<kc-breathwork-timer lang="es" pattern="box"></kc-breathwork-timer>`);
    expect(text('[part~=toggle]')).toBe('Empezar');
    // Usted, as in every other widget.
    expect(text('[part~=safety]')).toMatch(/^Si se marea o siente la cabeza ligera, pare y respire/);
    el.start();
    await el.updateComplete;
    expect(text('[part~=phase]')).toBe('Tome aire');
    await expectNoAxeViolations(el);
    el.stop();
  });

  it('is axe-clean in the dark theme, running', async () => {
    const { el } = await timer(html`<kc-breathwork-timer theme="dark" sound show-picker></kc-breathwork-timer>`);
    await expectNoAxeViolations(el);
    el.start();
    await el.updateComplete;
    await expectNoAxeViolations(el);
    el.stop();
  });
});

describe('<kc-breathwork-timer>: bad input never blanks it', () => {
  let error: ReturnType<typeof vi.spyOn>;
  beforeEach(() => (error = vi.spyOn(console, 'error').mockImplementation(() => {})));
  afterEach(() => vi.restoreAllMocks());

  it('shows an invalid pattern by name, logs it, and falls back to box', async () => {
    const { $, text, el, phases, advance } = await timer(html`<kc-breathwork-timer pattern="4-x-6"></kc-breathwork-timer>`);
    expect(text('[part~=config-error]')).toContain('pattern');
    expect(text('[part~=config-error]')).toContain('the hold "x" in "4-x-6" is not a number of seconds');
    expect(text('[part~=config-error]')).toContain('Using "box"');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-breathwork-timer> pattern:'));
    expect($('[part~=timer]')).not.toBeNull();
    el.start();
    await advance(16_000);
    expect(phases().map((e) => e.detail.durationMs)).toEqual([4000, 4000, 4000, 4000, 4000]);
    await expectNoAxeViolations(el);
    el.stop();
  });

  it.each([
    ['duration', 'forever', /"forever" is not a length/],
    ['cycles', '2.5', /"2.5" is not a whole number of breaths/],
    ['volume', '7', /"7" is not a volume from 0 to 1/],
  ])('names an invalid %s and keeps working', async (attribute, value, message) => {
    const el = await fixture<KcBreathworkTimer>(html`<kc-breathwork-timer sound></kc-breathwork-timer>`);
    el.setAttribute(attribute, value);
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part~=config-error]')!.textContent!;
    expect(notice).toContain(attribute);
    expect(notice).toMatch(message);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-breathwork-timer> ${attribute}:`));
    expect(el.shadowRoot!.querySelector('[part~=toggle]')).not.toBeNull();
  });

  it('refuses a custom pattern faster than calm resting breathing (a breath under 4 s), naming `pattern`, and runs box', async () => {
    const { $, text, el, phases, advance } = await timer(html`<kc-breathwork-timer pattern="1-0-1-0"></kc-breathwork-timer>`);
    expect(text('[part~=config-error]')).toContain('pattern');
    expect(text('[part~=config-error]')).toContain('"1-0-1-0" makes one breath last 2 s, faster than calm resting breathing');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-breathwork-timer> pattern:'));
    expect($('[part~=timer]')).not.toBeNull();
    el.start();
    await advance(4000);
    expect(phases().map((e) => e.detail.durationMs)).toEqual([4000, 4000]);
    el.stop();
  });

  it('renders hostile input as text', async () => {
    const { $ } = await timer(html`<kc-breathwork-timer pattern=${'<img src=x onerror=alert(1)>'}></kc-breathwork-timer>`);
    expect($('[part~=config-error] img')).toBeNull();
    expect($('[part~=config-error]')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

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

describe('<kc-breathwork-timer>: keyboard and screen readers', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('Space on the focused timer starts, pauses and resumes; buttons work by keyboard too', async () => {
    const { el, root, $, events } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    $('[part~=timer]')!.focus();
    await userEvent.keyboard(' ');
    expect(el.state).toBe('running');
    await userEvent.keyboard(' ');
    expect(el.state).toBe('paused');
    await userEvent.keyboard(' ');
    expect(el.state).toBe('running');
    expect(events.map((e) => e.type)).toEqual(['start', 'phase', 'pause', 'resume']);
    await el.updateComplete;
    toggle(root).focus();
    await userEvent.keyboard('{Enter}');
    expect(el.state).toBe('paused');
    $('[part~=stop]')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.state).toBe('idle');
    expect(root.activeElement).toBe(toggle(root));
  });

  it('holding Space toggles once, not on every repeat', async () => {
    const { el, $, events } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    const target = $('[part~=timer]')!;
    target.focus();
    const space = (repeat: boolean) => {
      const key = new KeyboardEvent('keydown', { key: ' ', repeat, bubbles: true, composed: true, cancelable: true });
      target.dispatchEvent(key);
      return key.defaultPrevented;
    };
    space(false);
    // The repeats still keep the page from scrolling.
    expect([space(true), space(true), space(true)]).toEqual([true, true, true]);
    expect(el.state).toBe('running');
    // Released and pressed again: a new press.
    space(false);
    expect(el.state).toBe('paused');
    expect(events.map((e) => e.type)).toEqual(['start', 'phase', 'pause']);
    el.stop();
  });

  it('Space elsewhere does not toggle', async () => {
    const { el, root } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.focus();
    await userEvent.keyboard(' ');
    expect(el.state).toBe('idle');
  });

  it.each([
    ['a number', () => 0],
    ['a list', () => []],
    ['an object', () => new Unreadable('proxy').make()],
    ['a value that cannot be read', () => new Unreadable('revoked').make()],
  ])('shows and logs announce set from script to %s, and keeps announcing (its default)', async (kind, value) => {
    const { el, text, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.announce = value() as unknown as boolean;
    await el.updateComplete;
    expect(text('[part=config-error]')).toContain(`announce: was set to ${kind}, not true or false; announcements stay on.`);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-breathwork-timer> announce: was set to'));
    expect($<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    el.start();
    await el.updateComplete;
    expect(text('[role=status]')).toBe('Breathe in');
    // The patient's switch still works, and sets a real true or false.
    $<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(el.announce).toBe(false);
    expect(text('[role=status]')).toBe('');
    expect($('[part=config-error]')).toBeNull();
  });

  it('announces each phase word (only) in a polite live region, and can be switched off', async () => {
    const { el, text, advance, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    const status = $('[role=status]')!;
    expect(status.textContent).toBe('');
    el.start();
    await el.updateComplete;
    expect(text('[role=status]')).toBe('Breathe in');
    await advance(1000);
    expect(text('[role=status]')).toBe('Breathe in');
    await advance(3000);
    expect(text('[role=status]')).toBe('Hold');
    const box = $<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(true);
    box.click();
    await el.updateComplete;
    expect(el.announce).toBe(false);
    expect(text('[role=status]')).toBe('');
    await advance(4000);
    expect(text('[role=status]')).toBe('');
    expect(text('[part~=phase]')).toBe('Breathe out');
    box.click();
    await el.updateComplete;
    expect(text('[role=status]')).toBe('Breathe out');
    el.stop();
  });
});

describe('<kc-breathwork-timer>: visuals', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scales the shape on the compositor: grows on inhale, rests on hold, shrinks on exhale', async () => {
    const { el, advance, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.start();
    await el.updateComplete;
    const frames = () =>
      ($('[part~=shape]')!.getAnimations()[0]!.effect as KeyframeEffect).getKeyframes().map((k) => k.transform);
    expect(frames()).toEqual(['scale(0.5)', 'scale(1)']);
    await advance(4000);
    expect(frames()).toEqual(['scale(1)', 'scale(1)']);
    await advance(4000);
    expect(frames()).toEqual(['scale(1)', 'scale(0.5)']);
    expect($('[part~=shape]')!.getAnimations()).toHaveLength(1);
    el.pause();
    await el.updateComplete;
    expect($('[part~=shape]')!.getAnimations()[0]!.playState).toBe('paused');
    el.stop();
    await el.updateComplete;
    expect($('[part~=shape]')!.getAnimations()).toHaveLength(0);
  });

  afterEach(() => resetMedia());

  // The media feature is switched through Chromium's DevTools protocol: Chromium only.
  it.runIf(canEmulateMedia)(
    'with prefers-reduced-motion: no scaling; a slow fill (opacity) carries the phase with the words',
    async () => {
      const motion = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
      const shape = () => motion.$('[part~=shape]')!;
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(shape()).transform).toBe('matrix(0.5, 0, 0, 0.5, 0, 0)');
      expect(getComputedStyle(shape()).opacity).toBe('1');
      // The media feature itself, emulated in Chromium: the stylesheet's rule and the animation both follow it.
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      expect(getComputedStyle(shape()).transform).toBe('none');
      expect(getComputedStyle(shape()).opacity).toBe('0.25');
      const { el, advance, $, text } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
      el.start();
      await el.updateComplete;
      const keyframes = () => ($('[part~=shape]')!.getAnimations()[0]!.effect as KeyframeEffect).getKeyframes();
      expect(keyframes().map((k) => Number(k.opacity))).toEqual([0.25, 1]);
      expect(keyframes().every((k) => k.transform === undefined)).toBe(true);
      expect(text('[part~=phase]')).toBe('Breathe in');
      await advance(8000);
      expect(keyframes().map((k) => Number(k.opacity))).toEqual([1, 0.25]);
      expect(text('[part~=phase]')).toBe('Breathe out');
      el.stop();
    },
  );
});

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

describe('<kc-breathwork-timer>: picker and remembered choice', () => {
  const KEY = 'kc-breathwork-timer';
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => {
    localStorage.removeItem(KEY);
    vi.restoreAllMocks();
  });

  it('offers every pattern and a length, defaulting to the pattern’s own (4 breaths for 4-7-8)', async () => {
    const { $, el } = await timer(html`<kc-breathwork-timer show-picker pattern="478"></kc-breathwork-timer>`);
    const [pattern, length] = [$<HTMLSelectElement>('select[name=pattern]')!, $<HTMLSelectElement>('select[name=length]')!];
    expect([...pattern.options].map((o) => o.value)).toEqual(['box', '478', 'coherent', 'sigh']);
    expect(pattern.value).toBe('478');
    expect(length.value).toBe('4');
    // 4-7-8 by breaths, at most 4 for a first practice (Andrew Weil).
    expect([...length.options].map((o) => o.textContent)).toEqual(['2 breaths', '3 breaths', '4 breaths']);
    await expectNoAxeViolations(el);
  });

  it('offers the other patterns by breaths and minutes', async () => {
    const { $ } = await timer(html`<kc-breathwork-timer show-picker pattern="box"></kc-breathwork-timer>`);
    expect([...$<HTMLSelectElement>('select[name=length]')!.options].map((o) => o.textContent)).toEqual([
      '4 breaths',
      '8 breaths',
      '1 min',
      '3 min',
      '5 min',
      '10 min',
    ]);
  });

  it('does not carry a 10-minute length over to 4-7-8: choosing it starts from its 4 breaths', async () => {
    const { $, el, text, events, clock } = await timer(
      html`<kc-breathwork-timer show-picker pattern="box"></kc-breathwork-timer>`,
    );
    const length = $<HTMLSelectElement>('select[name=length]')!;
    length.value = '10m';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const pattern = $<HTMLSelectElement>('select[name=pattern]')!;
    pattern.value = '478';
    pattern.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect([el.pattern, el.cycles, el.duration]).toEqual(['478', undefined, undefined]);
    expect($<HTMLSelectElement>('select[name=length]')!.value).toBe('4');
    expect($('[part~=note]')).toBeNull();
    el.start();
    clock.advance(4 * 19_000);
    await el.updateComplete;
    expect(events.at(-1)).toMatchObject({ type: 'complete', detail: { elapsedMs: 76_000, cycles: 4 } });
    expect(text('[part~=complete]')).not.toBe('');
  });

  it('says so when a 4-7-8 session is longer than 4 breaths (a clinic’s length, or one kept from before), in both languages', async () => {
    for (const [template, note] of [
      [html`<kc-breathwork-timer pattern="478"></kc-breathwork-timer>`, false],
      [html`<kc-breathwork-timer pattern="478" cycles="4"></kc-breathwork-timer>`, false],
      [html`<kc-breathwork-timer pattern="478" cycles="8"></kc-breathwork-timer>`, true],
      [html`<kc-breathwork-timer pattern="478" duration="10m" show-picker></kc-breathwork-timer>`, true],
      [html`<kc-breathwork-timer pattern="box" duration="10m"></kc-breathwork-timer>`, false],
    ] as const) {
      const { text } = await timer(template);
      expect(
        text('[part~=note]').includes(
          'no more than 4 breaths at a time for the first month. This session is longer: stop sooner if you wish',
        ),
        String(template.values),
      ).toBe(note);
    }
    const es = await timer(html`<kc-breathwork-timer lang="es" pattern="478" cycles="6"></kc-breathwork-timer>`);
    await vi.waitFor(() =>
      expect(es.text('[part~=note]')).toContain(
        'no hacer más de 4 respiraciones seguidas durante el primer mes. Esta sesión es más larga: puede parar antes si lo desea',
      ),
    );
    const picker = await timer(html`<kc-breathwork-timer pattern="478" duration="10m" show-picker></kc-breathwork-timer>`);
    // The picker shows the longer length as it is, beside the 4-7-8 lengths it offers.
    expect([...picker.$<HTMLSelectElement>('select[name=length]')!.options].map((o) => o.value)).toEqual(['10m', '2', '3', '4']);
    await expectNoAxeViolations(picker.el);
  });

  it('sets the pattern and length it is given, shows a custom pattern and length, and hides while a session runs', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { $, el, text } = await timer(
      html`<kc-breathwork-timer show-picker pattern="4-2-6-0" duration="90s"></kc-breathwork-timer>`,
    );
    const pattern = $<HTMLSelectElement>('select[name=pattern]')!;
    const length = $<HTMLSelectElement>('select[name=length]')!;
    expect(pattern.value).toBe('4-2-6-0');
    expect(text('select[name=pattern] option:checked')).toBe('Your pattern (4-2-6-0)');
    expect(length.value).toBe('90s');
    expect(text('select[name=length] option:checked')).toBe('1 min 30 s');
    pattern.value = 'coherent';
    pattern.dispatchEvent(new Event('change', { bubbles: true }));
    length.value = '8';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect([el.pattern, el.cycles, el.duration]).toEqual(['coherent', '8', undefined]);
    expect(text('[part~=safety]')).not.toContain('holding your breath');
    expect(setItem).not.toHaveBeenCalled();
    el.start();
    await el.updateComplete;
    expect($('[part~=picker]')).toBeNull();
    el.stop();
  });

  it('with `remember`, keeps the choice in localStorage (a preference only) and restores it', async () => {
    const first = await timer(html`<kc-breathwork-timer show-picker remember></kc-breathwork-timer>`);
    const length = first.$<HTMLSelectElement>('select[name=length]')!;
    length.value = '3m';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    const pattern = first.$<HTMLSelectElement>('select[name=pattern]')!;
    pattern.value = 'sigh';
    pattern.dispatchEvent(new Event('change', { bubbles: true }));
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ pattern: 'sigh', duration: '3m' });
    first.el.start();
    first.clock.advance(5000);
    first.el.stop();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ pattern: 'sigh', duration: '3m' });

    const second = await timer(html`<kc-breathwork-timer show-picker remember pattern="box"></kc-breathwork-timer>`);
    expect([second.el.pattern, second.el.duration]).toEqual(['sigh', '3m']);
    expect(second.$<HTMLSelectElement>('select[name=pattern]')!.value).toBe('sigh');
  });

  it('restores a remembered custom pattern, and ignores a broken or blocked store', async () => {
    localStorage.setItem(KEY, JSON.stringify({ pattern: '3-0-6-0', cycles: '5' }));
    const { el, events, clock } = await timer(html`<kc-breathwork-timer remember></kc-breathwork-timer>`);
    el.start();
    clock.advance(45_000);
    expect(events.find((e) => e.type === 'start')!.detail).toEqual({ pattern: '3-0-6-0' });
    expect(events.at(-1)!.detail).toEqual({ elapsedMs: 45_000, cycles: 5 });

    localStorage.setItem(KEY, '{not json');
    const broken = await timer(html`<kc-breathwork-timer remember pattern="coherent"></kc-breathwork-timer>`);
    expect(broken.el.pattern).toBe('coherent');
    localStorage.setItem(KEY, JSON.stringify({ pattern: '<script>' }));
    const hostile = await timer(html`<kc-breathwork-timer remember></kc-breathwork-timer>`);
    expect(hostile.el.pattern).toBe('box');

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const blocked = await timer(html`<kc-breathwork-timer show-picker remember></kc-breathwork-timer>`);
    const select = blocked.$<HTMLSelectElement>('select[name=pattern]')!;
    select.value = 'coherent';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(blocked.el.pattern).toBe('coherent');
  });
});
