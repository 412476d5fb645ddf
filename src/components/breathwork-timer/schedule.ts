/**
 * The breathing schedule: pure functions from a pattern and the milliseconds
 * since the session started to where the breath is. Every boundary is computed
 * as start + the sum of the phase lengths, never by counting ticks, so nothing
 * drifts: whoever asks (visuals, sound, announcements) gets the same answer
 * from the same clock.
 */
import { DEFAULT_DURATION_MS, type BreathPattern, type BreathPhase } from './patterns.js';

/** Where a breath is at a moment of the session. */
export interface BreathState {
  readonly phase: BreathPhase;
  /** Index of the phase in `pattern.steps` (phases of 0 s are not counted). */
  readonly phaseIndex: number;
  /** How far into the phase, from 0 (its start) to just under 1. */
  readonly phaseProgress: number;
  /** The breath in progress, counting from 1. */
  readonly cycle: number;
  /** Milliseconds left in the phase. */
  readonly remainingMs: number;
}

/**
 * Where the breath is `elapsedMs` after the session started. At a boundary the
 * new phase has begun (progress 0). Negative or non-finite times count as 0.
 */
export function breathPhaseAt(pattern: BreathPattern, elapsedMs: number): BreathState {
  const t = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const done = Math.floor(t / pattern.cycleMs);
  const within = t - done * pattern.cycleMs;
  const { steps } = pattern;
  let phaseIndex = steps.length - 1;
  while (phaseIndex > 0 && steps[phaseIndex]!.startMs > within) phaseIndex--;
  const step = steps[phaseIndex]!;
  const into = within - step.startMs;
  return {
    phase: step.phase,
    phaseIndex,
    phaseProgress: into / step.ms,
    cycle: done + 1,
    remainingMs: step.ms - into,
  };
}

/** How long a session lasts: a number of whole breaths, or a duration rounded up to whole breaths. */
export type SessionLength = { readonly cycles: number } | { readonly durationMs: number };

/**
 * The whole breaths in a session. A duration is rounded up, so a session ends
 * at the end of the breath during which the duration runs out (never in the
 * middle of a breath, and never with a breath cut short). At least one breath.
 */
export function sessionCycles(pattern: BreathPattern, length?: SessionLength): number {
  const len = length ?? (pattern.cycles ? { cycles: pattern.cycles } : { durationMs: DEFAULT_DURATION_MS });
  const n = 'cycles' in len ? Math.floor(len.cycles) : Math.ceil(len.durationMs / pattern.cycleMs - 1e-9);
  return Math.max(1, n);
}

/** The length of a session of `cycles` whole breaths, in milliseconds. */
export function sessionMs(pattern: BreathPattern, cycles: number): number {
  return cycles * pattern.cycleMs;
}

/** The breaths completed `elapsedMs` into a session. */
export function completedCycles(pattern: BreathPattern, elapsedMs: number): number {
  return Math.max(0, Math.floor(elapsedMs / pattern.cycleMs));
}
