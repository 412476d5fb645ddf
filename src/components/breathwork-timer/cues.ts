/**
 * Which phases begin in a window of session time: what the sound schedules
 * ahead on the audio clock. Pure, no DOM.
 */
import type { BreathPattern, BreathPhase } from './patterns.js';

/** A phase boundary: when a phase begins, in session milliseconds. */
export interface PhaseBoundary {
  readonly atMs: number;
  readonly phase: BreathPhase;
  readonly phaseIndex: number;
  readonly cycle: number;
  readonly topUp: boolean;
}

/**
 * Every phase that begins in `[fromMs, toMs)`, in order: what the sound
 * schedules ahead on the audio clock.
 */
export function boundariesBetween(pattern: BreathPattern, fromMs: number, toMs: number): PhaseBoundary[] {
  const out: PhaseBoundary[] = [];
  const from = Math.max(0, fromMs);
  for (let c = Math.floor(from / pattern.cycleMs); c * pattern.cycleMs < toMs; c++)
    pattern.steps.forEach((step, phaseIndex) => {
      const atMs = c * pattern.cycleMs + step.startMs;
      if (atMs >= from && atMs < toMs) out.push({ atMs, phase: step.phase, phaseIndex, cycle: c + 1, topUp: step.topUp });
    });
  return out;
}
