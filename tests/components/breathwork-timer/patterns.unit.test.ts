import { describe, expect, it } from 'vitest';
import {
  BREATH_PHASES,
  NAMED_PATTERNS,
  PATTERN_NAMES,
  buildPattern,
  namedPattern,
  type BreathPattern,
} from '../../../src/components/breathwork-timer/patterns.js';

/** The pattern as `[phase, seconds]` pairs, top-up marked, for readable expectations. */
const shape = (p: BreathPattern) => p.steps.map((s) => [s.topUp ? 'top-up' : s.phase, s.ms / 1000]);

describe('named patterns', () => {
  it('are exactly box, 478, coherent and sigh, from one as-const list', () => {
    expect(PATTERN_NAMES).toEqual(['box', '478', 'coherent', 'sigh']);
    expect(Object.keys(NAMED_PATTERNS).sort()).toEqual([...PATTERN_NAMES].sort());
    expect(BREATH_PHASES).toEqual(['inhale', 'hold', 'exhale', 'hold-out']);
  });

  it('box is 4-4-4-4: 16 s a breath, 3.75 breaths a minute, with holds', () => {
    const box = namedPattern('box');
    expect(shape(box)).toEqual([
      ['inhale', 4],
      ['hold', 4],
      ['exhale', 4],
      ['hold-out', 4],
    ]);
    expect(box.cycleMs).toBe(16_000);
    expect(60_000 / box.cycleMs).toBe(3.75);
    expect(box.hasHold).toBe(true);
    expect(box.cycles).toBeUndefined();
  });

  it('478 is in 4, hold 7, out 8 (no hold after the exhale), 4 breaths by default (Weil)', () => {
    const p = namedPattern('478');
    expect(shape(p)).toEqual([
      ['inhale', 4],
      ['hold', 7],
      ['exhale', 8],
    ]);
    expect(p.cycleMs).toBe(19_000);
    expect(p.hasHold).toBe(true);
    expect(p.cycles).toBe(4);
  });

  it('coherent is 5.5 in, 5.5 out: about 5.5 breaths a minute, no holds', () => {
    const p = namedPattern('coherent');
    expect(shape(p)).toEqual([
      ['inhale', 5.5],
      ['exhale', 5.5],
    ]);
    expect(p.cycleMs).toBe(11_000);
    expect(60_000 / p.cycleMs).toBeCloseTo(5.45, 2);
    expect(p.hasHold).toBe(false);
  });

  it('sigh is a full inhale, a short top-up inhale and a long exhale (twice the inhales), no holds', () => {
    const p = namedPattern('sigh');
    expect(shape(p)).toEqual([
      ['inhale', 2],
      ['top-up', 1],
      ['exhale', 6],
    ]);
    expect(p.steps.map((s) => s.phase)).toEqual(['inhale', 'inhale', 'exhale']);
    const inhales = p.steps.filter((s) => s.phase === 'inhale').reduce((sum, s) => sum + s.ms, 0);
    expect(p.steps.at(-1)!.ms).toBe(2 * inhales);
    expect(p.hasHold).toBe(false);
  });

  it.each(PATTERN_NAMES)('%s: steps are back to back from 0 and add up to the breath', (name) => {
    const p = namedPattern(name);
    let at = 0;
    for (const step of p.steps) {
      expect(step.startMs).toBe(at);
      expect(step.ms).toBeGreaterThan(0);
      at += step.ms;
    }
    expect(at).toBe(p.cycleMs);
    expect(p.id).toBe(name);
    expect(p.name).toBe(name);
  });

  it.each(PATTERN_NAMES)(
    '%s: the lungs fill on inhales, stay on holds, empty on the exhale, and end where they began',
    (name) => {
      const p = namedPattern(name);
      for (const [i, step] of p.steps.entries()) {
        const before = i === 0 ? p.steps.at(-1)!.to : p.steps[i - 1]!.to;
        expect(step.from).toBe(before);
        if (step.phase === 'inhale') expect(step.to).toBeGreaterThan(step.from);
        if (step.phase === 'exhale') expect([step.from, step.to]).toEqual([1, 0]);
        if (step.phase === 'hold') expect([step.from, step.to]).toEqual([1, 1]);
        if (step.phase === 'hold-out') expect([step.from, step.to]).toEqual([0, 0]);
      }
    },
  );

  it('sigh fills in proportion to the time breathed in: 2 of 3 s, then the top-up to full', () => {
    const [first, topUp] = namedPattern('sigh').steps;
    expect(first!.to).toBeCloseTo(2 / 3, 10);
    expect(topUp!.to).toBe(1);
  });
});

describe('buildPattern', () => {
  it('skips zero phases and rounds seconds to whole milliseconds', () => {
    const p = buildPattern('x', 'custom', [3.3333, 0, 4.0004, 0]);
    expect(shape(p)).toEqual([
      ['inhale', 3.333],
      ['exhale', 4],
    ]);
    expect(p.hasHold).toBe(false);
  });

  it('counts a hold-out alone as a hold', () => {
    expect(buildPattern('x', 'custom', [4, 0, 4, 2]).hasHold).toBe(true);
  });
});
