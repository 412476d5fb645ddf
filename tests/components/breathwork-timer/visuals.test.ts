// The breathing shape: scaled on the compositor, or a slow fill under reduced motion.
import { html } from '@open-wc/testing-helpers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canEmulateMedia, emulateMedia, resetMedia } from '../../helpers/emulate-media.js';
import { timer } from './helpers.js';

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
