import type { BreathStep } from '../patterns.js';

/**
 * Animates the breathing shape through one phase on the compositor: scale, or with reduced motion opacity (a slow
 * fill) and no scaling; seeked `intoMs` into the phase, so it matches the schedule however late it starts.
 */
export function animatePhase(shape: Element, { from, to, ms }: BreathStep, intoMs: number, paused: boolean): Animation {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const frame = (fullness: number): Keyframe =>
    reduce ? { opacity: 0.25 + 0.75 * fullness } : { transform: `scale(${0.5 + 0.5 * fullness})` };
  const animation = shape.animate([frame(from), frame(to)], { duration: ms, easing: 'ease-in-out', fill: 'both' });
  animation.currentTime = intoMs;
  if (paused) animation.pause();
  return animation;
}
