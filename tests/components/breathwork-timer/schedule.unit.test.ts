import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundariesBetween } from '../../../src/components/breathwork-timer/cues.js';
import { formatDuration, parsePattern } from '../../../src/components/breathwork-timer/parse.js';
import {
  PATTERN_NAMES,
  buildPattern,
  namedPattern,
  type BreathPattern,
} from '../../../src/components/breathwork-timer/patterns.js';
import { breathPhaseAt, completedCycles, sessionCycles, sessionMs } from '../../../src/components/breathwork-timer/schedule.js';

/**
 * A custom pattern as `parsePattern` reads it. The schedule keeps time for any pattern: one faster than the element
 * accepts (a breath under 4 s) is built directly, so short phases stay covered here.
 */
const custom = (value: string): BreathPattern => {
  const result = parsePattern(value);
  if ('pattern' in result) return result.pattern;
  if (!result.error.includes('faster than calm resting breathing')) throw new Error(result.error);
  return buildPattern(value, 'custom', value.split('-').map(Number));
};

describe('breathPhaseAt: box, boundary by boundary', () => {
  const box = namedPattern('box');
  it.each([
    [0, 'inhale', 0, 1, 4000, 0],
    [1, 'inhale', 0, 1, 3999, 1 / 4000],
    [2000, 'inhale', 0, 1, 2000, 0.5],
    [3999, 'inhale', 0, 1, 1, 3999 / 4000],
    [4000, 'hold', 1, 1, 4000, 0],
    [8000, 'exhale', 2, 1, 4000, 0],
    [12_000, 'hold-out', 3, 1, 4000, 0],
    [15_999.5, 'hold-out', 3, 1, 0.5, 3999.5 / 4000],
    [16_000, 'inhale', 0, 2, 4000, 0],
    [16_000 * 10 + 9000, 'exhale', 2, 11, 3000, 0.25],
  ])('at %d ms: %s (index %d) of breath %d, %d ms left', (t, phase, phaseIndex, cycle, remainingMs, phaseProgress) => {
    const at = breathPhaseAt(box, t);
    expect(at).toEqual({ phase, phaseIndex, cycle, remainingMs, phaseProgress: expect.closeTo(phaseProgress, 12) });
  });

  it.each([-1, -16_000, Number.NaN, Number.NEGATIVE_INFINITY])('treats %d as the start', (t) => {
    expect(breathPhaseAt(box, t)).toEqual(breathPhaseAt(box, 0));
  });
});

describe('breathPhaseAt: every named pattern, at every boundary of the first 3 breaths', () => {
  it.each(PATTERN_NAMES)('%s', (name) => {
    const p = namedPattern(name);
    for (let c = 0; c < 3; c++)
      for (const [i, step] of p.steps.entries()) {
        const start = c * p.cycleMs + step.startMs;
        const atStart = breathPhaseAt(p, start);
        expect(atStart).toEqual({ phase: step.phase, phaseIndex: i, cycle: c + 1, remainingMs: step.ms, phaseProgress: 0 });
        const justBefore = breathPhaseAt(p, start - 0.001);
        if (start > 0) expect(justBefore.phaseIndex).toBe(i === 0 ? p.steps.length - 1 : i - 1);
        const justBeforeEnd = breathPhaseAt(p, start + step.ms - 0.001);
        expect(justBeforeEnd.phaseIndex).toBe(i);
        expect(justBeforeEnd.remainingMs).toBeCloseTo(0.001, 6);
      }
  });

  it('sigh: the top-up is an inhale with its own index, then the exhale', () => {
    const sigh = namedPattern('sigh');
    expect([0, 2000, 3000, 8999, 9000].map((t) => [breathPhaseAt(sigh, t).phase, breathPhaseAt(sigh, t).phaseIndex])).toEqual([
      ['inhale', 0],
      ['inhale', 1],
      ['exhale', 2],
      ['exhale', 2],
      ['inhale', 0],
    ]);
  });

  it('478: out 8 is followed by the next inhale, with no hold', () => {
    const p = namedPattern('478');
    expect(breathPhaseAt(p, 18_999).phase).toBe('exhale');
    expect(breathPhaseAt(p, 19_000)).toMatchObject({ phase: 'inhale', cycle: 2 });
  });
});

describe('breathPhaseAt: custom patterns, decimals and zero phases', () => {
  it('4-0-6-0 has only an inhale and an exhale, indexed 0 and 1', () => {
    const p = custom('4-0-6-0');
    expect(breathPhaseAt(p, 3999)).toMatchObject({ phase: 'inhale', phaseIndex: 0 });
    expect(breathPhaseAt(p, 4000)).toMatchObject({ phase: 'exhale', phaseIndex: 1, remainingMs: 6000 });
    expect(breathPhaseAt(p, 10_000)).toMatchObject({ phase: 'inhale', cycle: 2 });
  });

  it('5.5-0-5.5-0 turns at exactly 5.5 s and 11 s', () => {
    const p = custom('5.5-0-5.5-0');
    expect(breathPhaseAt(p, 5499.999).phase).toBe('inhale');
    expect(breathPhaseAt(p, 5500).phase).toBe('exhale');
    expect(breathPhaseAt(p, 11_000)).toMatchObject({ phase: 'inhale', cycle: 2, remainingMs: 5500 });
  });

  it('0.5-0-0.5-1.25: short decimal phases', () => {
    const p = custom('0.5-0-0.5-1.25');
    expect([0, 500, 1000, 2249, 2250].map((t) => breathPhaseAt(p, t).phase)).toEqual([
      'inhale',
      'exhale',
      'hold-out',
      'hold-out',
      'inhale',
    ]);
  });
});

describe('breathPhaseAt: properties over any pattern and time', () => {
  const phaseSeconds = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 500, max: 60_000 }).map((ms) => ms / 1000),
  );
  const patterns = fc
    .tuple(fc.integer({ min: 500, max: 60_000 }), phaseSeconds, fc.integer({ min: 500, max: 60_000 }), phaseSeconds)
    .map(([i, h, e, o]) => custom(`${i / 1000}-${h}-${e / 1000}-${o}`));
  const anyPattern = fc.oneof(fc.constantFrom(...PATTERN_NAMES).map(namedPattern), patterns);

  it('remaining time and progress agree with the step, and the breath count matches the time', () => {
    fc.assert(
      fc.property(anyPattern, fc.double({ min: 0, max: 3_600_000, noNaN: true }), (p, t) => {
        const at = breathPhaseAt(p, t);
        const step = p.steps[at.phaseIndex]!;
        expect(step.phase).toBe(at.phase);
        expect(at.remainingMs).toBeGreaterThan(0);
        expect(at.remainingMs).toBeLessThanOrEqual(step.ms);
        expect(at.phaseProgress).toBeGreaterThanOrEqual(0);
        expect(at.phaseProgress).toBeLessThan(1);
        expect(at.cycle).toBe(Math.floor(t / p.cycleMs) + 1);
        // The phase ends exactly at start + the sum of the lengths: no drift however late.
        const end = (at.cycle - 1) * p.cycleMs + step.startMs + step.ms;
        expect(t + at.remainingMs).toBeCloseTo(end, 3);
      }),
    );
  });
});

describe('session length', () => {
  const box = namedPattern('box');
  it('defaults to 5 minutes, rounded up to whole breaths', () => {
    expect(sessionCycles(box)).toBe(19); // 300 s / 16 s = 18.75
    expect(sessionMs(box, 19)).toBe(304_000);
    expect(sessionCycles(namedPattern('coherent'))).toBe(28); // 300 / 11 = 27.3
    expect(sessionCycles(namedPattern('sigh'))).toBe(34); // 300 / 9 = 33.3
  });

  it('478 defaults to 4 breaths (Weil)', () => {
    expect(sessionCycles(namedPattern('478'))).toBe(4);
    expect(sessionMs(namedPattern('478'), 4)).toBe(76_000);
  });

  it('ends a duration at the end of the breath in which it runs out, never cutting one short', () => {
    expect(sessionCycles(box, { durationMs: 16_000 })).toBe(1);
    expect(sessionCycles(box, { durationMs: 16_001 })).toBe(2);
    expect(sessionCycles(box, { durationMs: 90_000 })).toBe(6);
    expect(sessionCycles(box, { durationMs: 1 })).toBe(1);
    expect(sessionCycles(namedPattern('coherent'), { durationMs: 5 * 11_000 })).toBe(5);
  });

  it('uses whole breaths as given (at least one)', () => {
    expect(sessionCycles(box, { cycles: 3 })).toBe(3);
    expect(sessionCycles(box, { cycles: 2.7 })).toBe(2);
    expect(sessionCycles(box, { cycles: 0 })).toBe(1);
  });

  it('counts the breaths completed', () => {
    expect([0, 15_999, 16_000, 47_999, 48_000].map((t) => completedCycles(box, t))).toEqual([0, 0, 1, 2, 3]);
    expect(completedCycles(box, -5)).toBe(0);
  });

  it('formats a length for people', () => {
    expect([0, 400, 45_000, 60_000, 304_000, 3_600_000].map(formatDuration)).toEqual([
      '0 s',
      '0 s',
      '45 s',
      '1 min',
      '5 min 4 s',
      '60 min',
    ]);
  });
});

describe('boundariesBetween (the cues the sound schedules ahead)', () => {
  const box = namedPattern('box');
  it('lists every phase that begins in [from, to), in order', () => {
    expect(boundariesBetween(box, 0, 16_000).map((b) => [b.atMs, b.phase, b.cycle])).toEqual([
      [0, 'inhale', 1],
      [4000, 'hold', 1],
      [8000, 'exhale', 1],
      [12_000, 'hold-out', 1],
    ]);
    expect(boundariesBetween(box, 4000, 4001).map((b) => b.atMs)).toEqual([4000]);
    expect(boundariesBetween(box, 4001, 8000)).toEqual([]);
    expect(boundariesBetween(box, 15_000, 20_001).map((b) => [b.atMs, b.phaseIndex, b.cycle])).toEqual([
      [16_000, 0, 2],
      [20_000, 1, 2],
    ]);
  });

  it('marks the top-up of cyclic sighing', () => {
    expect(boundariesBetween(namedPattern('sigh'), 0, 9000).map((b) => [b.phase, b.topUp])).toEqual([
      ['inhale', false],
      ['inhale', true],
      ['exhale', false],
    ]);
  });

  it('agrees with breathPhaseAt for any window', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERN_NAMES),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        (name, from, span) => {
          const p = namedPattern(name);
          const list = boundariesBetween(p, from, from + span);
          for (const b of list) {
            expect(b.atMs).toBeGreaterThanOrEqual(from);
            expect(b.atMs).toBeLessThan(from + span);
            const at = breathPhaseAt(p, b.atMs);
            expect([at.phaseIndex, at.cycle, at.phaseProgress]).toEqual([b.phaseIndex, b.cycle, 0]);
          }
          const expected = Array.from({ length: span }, (_, k) => from + k).filter(
            (t) => breathPhaseAt(p, t).phaseProgress === 0,
          );
          expect(list.map((b) => b.atMs)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
