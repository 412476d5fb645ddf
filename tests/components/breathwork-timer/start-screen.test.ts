// The start screen: what a patient sees before a session, in both languages, and settings that cannot be used.
import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcBreathworkTimer } from '../../../src/components/breathwork-timer/breathwork-timer.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { timer } from './helpers.js';

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
