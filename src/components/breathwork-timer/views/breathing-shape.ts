import type { BreathPattern, BreathStep } from '../patterns.js';
import { breathPhaseAt } from '../schedule.js';

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

/** Animates the shape through the phase in progress `elapsedMs` into a session of `pattern`, seeked to the schedule. */
export function animatePhaseAt(shape: Element, pattern: BreathPattern, elapsedMs: number, paused: boolean): Animation {
  const at = breathPhaseAt(pattern, elapsedMs);
  const step = pattern.steps[at.phaseIndex]!;
  return animatePhase(shape, step, step.ms - at.remainingMs, paused);
}
