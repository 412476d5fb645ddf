import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, spyOn, userEvent, waitFor } from 'storybook/test';
import type { KcBreathworkTimer } from '../src/components/breathwork-timer/breathwork-timer.js';
import { manualClock } from '../src/components/breathwork-timer/clock.js';
import { forcedColors, forcedColorsActive, systemColor } from './forced-colors.js';

/**
 * The timer in the story, on a manual clock: play functions move time
 * themselves (a session is minutes long), exactly as the element's own tests do.
 */
async function timerIn(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector<KcBreathworkTimer>('kc-breathwork-timer')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part~=toggle]')).toBeTruthy());
  const clock = manualClock();
  el.clock = clock;
  const root = el.shadowRoot!;
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const advance = async (ms: number) => {
    clock.advance(ms);
    await el.updateComplete;
  };
  const start = async () => {
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~=toggle]')!);
    await el.updateComplete;
  };
  return { el, clock, root, text, advance, start };
}

const meta: Meta = {
  title: 'Elements/kc-breathwork-timer',
  component: 'kc-breathwork-timer',
  parameters: {
    docs: {
      description: {
        component:
          'Guided breathing for integration practice: a shape that grows, rests and shrinks with the breath, the phase in words, a countdown and overall progress. One clock and a pure schedule keep it exact; tones, vibration and screen-reader announcements let a patient follow it with eyes closed. See the **Guides / Breathwork timer** page for timing, sources and privacy.',
      },
    },
  },
  args: { pattern: 'box' },
  render: (args) =>
    html`<kc-breathwork-timer
      pattern=${ifDefined(args.pattern)}
      duration=${ifDefined(args.duration)}
      cycles=${ifDefined(args.cycles)}
      volume=${ifDefined(args.volume)}
      ?show-picker=${args['show-picker']}
      ?remember=${args.remember}
      ?sound=${args.sound}
      ?haptics=${args.haptics}
      >${args.safety ? html`<span slot="safety">${args.safety}</span>` : nothing}</kc-breathwork-timer
    >`,
};
export default meta;

type Story = StoryObj;

/** Box breathing, 4-4-4-4: in, hold, out, hold. Five minutes by default, ending at the end of a whole breath. */
export const Box: Story = {
  play: async ({ canvasElement }) => {
    const { el, text, advance, start } = await timerIn(canvasElement);
    await expect(text('[part~=safety]')).toMatch(/dizzy or lightheaded/);
    await start();
    await expect(el.state).toBe('running');
    await expect(text('[part~=phase]')).toBe('Breathe in');
    await expect(text('[part~=countdown]')).toBe('4');
    await advance(4000);
    await expect(text('[part~=phase]')).toBe('Hold');
    await advance(4000);
    await expect(text('[part~=phase]')).toBe('Breathe out');
    await expect(text('[role=status]')).toBe('Breathe out');
  },
};

/** 4-7-8 (Andrew Weil's relaxing breath): in 4, hold 7, out 8, and four breaths by default. */
export const FourSevenEight: Story = {
  name: '4-7-8',
  args: { pattern: '478' },
  play: async ({ canvasElement }) => {
    const { el, text, advance, start } = await timerIn(canvasElement);
    await expect(text('[part~=safety]')).toMatch(/holding your breath/);
    const done: number[] = [];
    el.addEventListener('kc-breath-complete', (e) => done.push(e.detail.cycles));
    await start();
    await advance(4000);
    await expect(text('[part~=countdown]')).toBe('7');
    await advance(76_000 - 4000);
    await expect(done).toEqual([4]);
  },
};

/**
 * 4-7-8 longer than Andrew Weil's 4 breaths for the first month (here `cycles="8"`, set by the clinic): a note says so.
 * The picker never offers more than 4 breaths of 4-7-8.
 */
export const FourSevenEightLonger: Story = {
  name: '4-7-8, longer than 4 breaths',
  args: { pattern: '478', cycles: '8' },
  play: async ({ canvasElement }) => {
    const { text } = await timerIn(canvasElement);
    await expect(text('[part~=note]')).toMatch(
      /no more than 4 breaths at a time for the first month\. This session is longer: stop sooner if you wish/,
    );
  },
};

/** Coherent (resonance) breathing: 5.5 s in, 5.5 s out, about 5.5 breaths a minute; no holds, so the safety note has no caution about holds. */
export const Coherent: Story = {
  args: { pattern: 'coherent' },
  play: async ({ canvasElement }) => {
    const { text, advance, start } = await timerIn(canvasElement);
    await expect(text('[part~=safety]')).toBe('If you feel dizzy or lightheaded, stop and breathe normally.');
    await start();
    await advance(5499);
    await expect(text('[part~=phase]')).toBe('Breathe in');
    await advance(2);
    await expect(text('[part~=phase]')).toBe('Breathe out');
  },
};

/** Cyclic sighing (Balban et al. 2023): a full inhale, a short top-up, a long exhale. Self-paced; the timing is only a guide. */
export const CyclicSighing: Story = {
  args: { pattern: 'sigh' },
  play: async ({ canvasElement }) => {
    const { text, advance, start } = await timerIn(canvasElement);
    await expect(text('[part~=note]')).toMatch(/own pace.*only a guide/);
    await start();
    await advance(2000);
    await expect(text('[part~=phase]')).toBe('A little more in');
    await advance(1000);
    await expect(text('[part~=phase]')).toBe('Breathe out');
  },
};

/** A custom pattern: seconds of inhale-hold-exhale-hold, decimals allowed, 0 skips a phase. */
export const Custom: Story = {
  args: { pattern: '4.5-0-6.5-2', cycles: '3', safety: 'Breathe gently; stop if you feel unwell. (Set by the clinic.)' },
  play: async ({ canvasElement }) => {
    const { el, text, advance, start } = await timerIn(canvasElement);
    const phases: string[] = [];
    el.addEventListener('kc-breath-phase', (e) => phases.push(`${e.detail.phase} ${e.detail.durationMs}`));
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=safety]')!;
    await expect(slot.assignedNodes()[0]!.textContent).toMatch(/Set by the clinic/);
    await start();
    await advance(13_000);
    await expect(phases).toEqual(['inhale 4500', 'exhale 6500', 'hold-out 2000', 'inhale 4500']);
    await expect(text('[part~=phase]')).toBe('Breathe in');
  },
};

/** With `show-picker`, the patient chooses the pattern and length before starting (`remember` keeps the choice). */
export const WithPicker: Story = {
  args: { 'show-picker': true },
  play: async ({ canvasElement }) => {
    const { el, root } = await timerIn(canvasElement);
    const length = root.querySelector<HTMLSelectElement>('select[name=length]')!;
    await expect(length.value).toBe('5m');
    await userEvent.selectOptions(length, '10m');
    await el.updateComplete;
    await expect(el.duration).toBe('10m');
  },
};

/**
 * Choosing 4-7-8 in the picker starts from its own 4 breaths (a 10-minute length is not carried over), and 4-7-8 is
 * offered by breaths, at most 4 for a first practice.
 */
export const WithPickerFourSevenEight: Story = {
  args: { 'show-picker': true, duration: '10m' },
  play: async ({ canvasElement }) => {
    const { el, root, text } = await timerIn(canvasElement);
    const pattern = root.querySelector<HTMLSelectElement>('select[name=pattern]')!;
    const length = root.querySelector<HTMLSelectElement>('select[name=length]')!;
    await expect(length.value).toBe('10m');
    await userEvent.selectOptions(pattern, '478');
    await el.updateComplete;
    await expect(el.pattern).toBe('478');
    await expect(el.duration).toBeUndefined();
    await expect(length.value).toBe('4');
    await expect([...length.options].map((o) => o.value)).toEqual(['2', '3', '4']);
    await expect(text('select[name=length] option:checked')).toBe('4 breaths');
  },
};

/** With `sound`: soft synthesised tones, distinct for in, hold and out, scheduled on the audio clock after Start; a volume control. */
export const WithSound: Story = {
  args: { sound: true, volume: '0.4' },
  // The play function's click is synthetic: it carries no user activation, so the browser would keep audio off.
  // Here it stands in for a patient's real press of Start: a gesture in progress, and the audio clock allowed to run.
  beforeEach: () => {
    Object.defineProperty(navigator, 'userActivation', { value: { isActive: true, hasBeenActive: true }, configurable: true });
    const resume = spyOn(AudioContext.prototype, 'resume').mockResolvedValue(undefined);
    return () => {
      resume.mockRestore();
      delete (navigator as unknown as Record<string, unknown>).userActivation;
    };
  },
  play: async ({ canvasElement }) => {
    const { root, advance, start } = await timerIn(canvasElement);
    const slider = root.querySelector<HTMLInputElement>('input[type=range]')!;
    await expect(slider.value).toBe('0.4');
    const tones = spyOn(OscillatorNode.prototype, 'start');
    try {
      await start();
      await advance(1000);
      await expect(tones).toHaveBeenCalled();
      const frequencies = tones.mock.contexts.map((osc) => (osc as OscillatorNode).frequency.value);
      await expect(frequencies[0]).toBe(396);
    } finally {
      tones.mockRestore();
    }
  },
};

/** With `prefers-reduced-motion`, the shape does not scale: its fill fades in and out, and the words guide. */
export const ReducedMotion: Story = {
  beforeEach: () => {
    const real = window.matchMedia.bind(window);
    const stub = spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      query.includes('prefers-reduced-motion') ? ({ matches: true, media: query } as MediaQueryList) : real(query),
    );
    return () => stub.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const { root, text, start } = await timerIn(canvasElement);
    await start();
    const [anim] = root.querySelector('[part~=shape]')!.getAnimations();
    const keyframes = (anim!.effect as KeyframeEffect).getKeyframes();
    await expect(keyframes.map((k) => Number(k.opacity))).toEqual([0.25, 1]);
    await expect(keyframes.some((k) => k.transform !== undefined)).toBe(false);
    await expect(text('[part~=phase]')).toBe('Breathe in');
  },
};

/**
 * Forced colours (Windows High Contrast): the shape is drawn in the text colour inside its ring, so it never
 * disappears into the page (turn on forced-colors emulation in DevTools → Rendering to see it).
 */
export const ForcedColors: Story = {
  // Forced colours are turned on through Chromium's DevTools protocol: run as a test in Chromium only.
  tags: ['chromium-only'],
  beforeEach: forcedColors,
  play: async ({ canvasElement }) => {
    const { root, start, advance } = await timerIn(canvasElement);
    await start();
    await advance(2000);
    if (!forcedColorsActive()) return; // in Storybook without emulation there is nothing to check
    const shape = getComputedStyle(root.querySelector('[part~=shape]')!);
    await expect(shape.backgroundColor).not.toBe(systemColor('Canvas'));
    await expect(shape.backgroundColor).toBe(systemColor('CanvasText'));
    await expect(getComputedStyle(root.querySelector('.ring')!).borderTopColor).toBe(systemColor('CanvasText'));
  },
};

/** The dark theme (from the surrounding `<kc-clinic theme="dark">`). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { 'show-picker': true, sound: true },
  play: async ({ canvasElement }) => {
    const { root, start } = await timerIn(canvasElement);
    await expect(root.querySelector('[part~=base]')!.getAttribute('data-theme')).toBe('dark');
    await start();
  },
};

/** In Spanish (from the surrounding `<kc-clinic lang="es">`), first render included. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { pattern: 'sigh', 'show-picker': true },
  play: async ({ canvasElement }) => {
    const { text, start, advance } = await timerIn(canvasElement);
    await waitFor(() => expect(text('[part~=toggle]')).toBe('Empezar'));
    await expect(text('[part~=note]')).toMatch(/^A su ritmo/);
    await start();
    await expect(text('[part~=phase]')).toBe('Tome aire');
    await advance(3000);
    await expect(text('[part~=phase]')).toBe('Suelte el aire');
  },
};

/** The completion view: time practised, breaths taken, and an optional reflection that is never stored. */
export const Complete: Story = {
  args: { pattern: 'coherent', cycles: '2' },
  play: async ({ canvasElement }) => {
    const { el, root, text, advance, start } = await timerIn(canvasElement);
    const reflections: string[] = [];
    el.addEventListener('kc-breath-reflection', (e) => reflections.push(e.detail.text));
    await start();
    await advance(22_000);
    await expect(el.state).toBe('complete');
    await expect(text('[part~=complete]')).toContain('You practised for 22 s and took 2 breaths.');
    await expect(root.activeElement).toBe(root.querySelector('[part~=complete]'));
    await userEvent.type(root.querySelector<HTMLInputElement>('[part~=reflection] input')!, 'Lighter');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~=reflection] button')!);
    await expect(reflections).toEqual(['Lighter']);
    await waitFor(() => expect(text('[part~=complete]')).toContain('Thank you.'));
  },
};

/** A custom pattern faster than calm resting breathing (one breath under 4 s) is refused like any invalid pattern: box runs. */
export const TooFastPattern: Story = {
  args: { pattern: '1-0-1-0' },
  play: async ({ canvasElement }) => {
    const { text } = await timerIn(canvasElement);
    await expect(text('[part~=config-error]')).toContain('pattern');
    await expect(text('[part~=config-error]')).toContain('faster than calm resting breathing');
  },
};

/** An invalid pattern shows a notice naming `pattern` (and logs it), and the timer falls back to box. */
export const InvalidPattern: Story = {
  args: { pattern: '4-7-eight' },
  play: async ({ canvasElement }) => {
    const { el, text, start, advance } = await timerIn(canvasElement);
    await expect(text('[part~=config-error]')).toContain('pattern');
    await expect(text('[part~=config-error]')).toContain('the exhale "eight" in "4-7-eight" is not a number of seconds');
    const lengths: number[] = [];
    el.addEventListener('kc-breath-phase', (e) => lengths.push(e.detail.durationMs));
    await start();
    await advance(4000);
    await expect(lengths).toEqual([4000, 4000]);
  },
};
