/**
 * Breathing patterns: the named ones, and how any pattern becomes timed steps.
 * Pure data and functions, no DOM. Reading custom patterns from text is in `parse.ts`.
 */

/** The phases of a breath, in order. `hold` follows the inhale, `hold-out` the exhale. */
export const BREATH_PHASES = ['inhale', 'hold', 'exhale', 'hold-out'] as const;
export type BreathPhase = (typeof BREATH_PHASES)[number];

/** Most breaths of 4-7-8 at one time for the first month (Andrew Weil's guidance): its default and the picker's longest. */
export const FIRST_PRACTICE_478 = 4;

/**
 * The named patterns, in seconds: `[inhale, hold, exhale, hold-out]`, plus a
 * short second "top-up" inhale for cyclic sighing and a default length in
 * whole breaths where the pattern's author gives one. `PATTERN_NAMES` is the
 * one list the types, the validation, the picker and the tests loop over.
 *
 * - `box`: 4-4-4-4.
 * - `478`: in 4, hold 7, out 8; 4 breaths by default (Andrew Weil: no more than
 *   four breaths at one time for the first month).
 * - `coherent`: in 5.5, out 5.5, about 5.5 breaths a minute (resonance breathing,
 *   Lehrer & Gevirtz 2014, doi:10.3389/fpsyg.2014.00756).
 * - `sigh`: cyclic sighing (Balban et al. 2023, doi:10.1016/j.xcrm.2022.100895):
 *   a full inhale, a short top-up inhale, a long slow exhale. The study's practice
 *   is self-paced; 2 + 1 s in and 6 s out (the exhale twice the inhales) is only a guide.
 */
export const PATTERN_NAMES = ['box', '478', 'coherent', 'sigh'] as const;
export type PatternName = (typeof PATTERN_NAMES)[number];
export const NAMED_PATTERNS: Readonly<Record<PatternName, { seconds: readonly number[]; topUp?: number; cycles?: number }>> = {
  box: { seconds: [4, 4, 4, 4] },
  '478': { seconds: [4, 7, 8, 0], cycles: FIRST_PRACTICE_478 },
  coherent: { seconds: [5.5, 0, 5.5, 0] },
  sigh: { seconds: [2, 0, 6, 0], topUp: 1 },
};

/** One phase of a breath, as the schedule plays it. */
export interface BreathStep {
  readonly phase: BreathPhase;
  /** Length in milliseconds (always more than 0: zero phases are skipped). */
  readonly ms: number;
  /** Start within the breath, in milliseconds. */
  readonly startMs: number;
  /** The short second inhale of cyclic sighing. */
  readonly topUp: boolean;
  /** How full the lungs are at the start and end of the step, 0 (empty) to 1 (full): drives the visual. */
  readonly from: number;
  readonly to: number;
}

/** A pattern ready to schedule. */
export interface BreathPattern {
  /** `box`, `478`, `coherent`, `sigh`, or the normalised custom string such as `4-2-6-0`. */
  readonly id: string;
  readonly name: PatternName | 'custom';
  /** The phases with a length, in order (phases of 0 s are left out). */
  readonly steps: readonly BreathStep[];
  /** One breath, in milliseconds. */
  readonly cycleMs: number;
  /** Whether the breath is held at any point (then a safety note is shown). */
  readonly hasHold: boolean;
  /** The default length in whole breaths, if the pattern has one. */
  readonly cycles?: number | undefined;
}

/** Shortest and longest phase a custom pattern may have, in seconds. */
export const MIN_PHASE_S = 0.5;
export const MAX_PHASE_S = 60;
/**
 * Shortest breath a custom pattern may have, in seconds: faster than calm resting breathing (a cycle under 4 s, over
 * 15 breaths a minute) is out of scope (../shared/clinical/breathwork.md).
 */
export const MIN_CYCLE_S = 4;
/** Longest session, in milliseconds (one hour), and most breaths. */
export const MAX_SESSION_MS = 3_600_000;
export const MAX_CYCLES = 500;
/** The default session length when a pattern has no default in breaths: 5 minutes. */
export const DEFAULT_DURATION_MS = 300_000;

/** Builds a pattern from seconds `[inhale, hold, exhale, hold-out]` (0 skips a phase) and an optional top-up inhale. */
export function buildPattern(
  id: string,
  name: PatternName | 'custom',
  seconds: readonly number[],
  topUp = 0,
  cycles?: number,
): BreathPattern {
  const [inhale = 0, hold = 0, exhale = 0, holdOut = 0] = seconds;
  const plan: [BreathPhase, number, boolean?][] = [
    ['inhale', inhale],
    ['inhale', topUp, true],
    ['hold', hold],
    ['exhale', exhale],
    ['hold-out', holdOut],
  ];
  const inMs = Math.round((inhale + topUp) * 1000);
  const steps: BreathStep[] = [];
  let startMs = 0;
  let level = 0;
  for (const [phase, s, isTopUp] of plan) {
    const ms = Math.round(s * 1000);
    if (ms <= 0) continue;
    const from = level;
    if (phase === 'inhale') level = Math.min(1, from + ms / inMs);
    if (phase === 'exhale') level = 0;
    steps.push({ phase, ms, startMs, topUp: !!isTopUp, from, to: level });
    startMs += ms;
  }
  return { id, name, steps, cycleMs: startMs, hasHold: hold > 0 || holdOut > 0, cycles };
}

/** A named pattern, ready to schedule. */
export function namedPattern(name: PatternName): BreathPattern {
  const p = NAMED_PATTERNS[name];
  return buildPattern(name, name, p.seconds, p.topUp, p.cycles);
}
