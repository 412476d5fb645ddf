import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreGad7, scorePhq9 } from '../../../src/components/eligibility-check/instruments.js';

/** Answers of a given length that add up to `total` (filled from the front, 3 at a time). */
function answersSumming(total: number, length: number): number[] {
  return Array.from({ length }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
}

// The published bands, written out by hand so a change to the code cannot change the expectation.
const GAD7_EXPECTED: [number, string][] = [
  [0, 'minimal'],
  [4, 'minimal'],
  [5, 'mild'],
  [9, 'mild'],
  [10, 'moderate'],
  [14, 'moderate'],
  [15, 'severe'],
  [21, 'severe'],
];
const PHQ9_EXPECTED: [number, string][] = [
  [0, 'minimal'],
  [4, 'minimal'],
  [5, 'mild'],
  [9, 'mild'],
  [10, 'moderate'],
  [14, 'moderate'],
  [15, 'moderately-severe'],
  [19, 'moderately-severe'],
  [20, 'severe'],
  [27, 'severe'],
];

describe('scoreGad7', () => {
  it.each(GAD7_EXPECTED)('scores %i as %s (every band boundary)', (total, band) => {
    expect(scoreGad7(answersSumming(total, 7))).toEqual({ score: total, band });
  });

  it('gives every score from 0 to 21 the band of its range', () => {
    for (let total = 0; total <= 21; total++) {
      const band = total <= 4 ? 'minimal' : total <= 9 ? 'mild' : total <= 14 ? 'moderate' : 'severe';
      expect(scoreGad7(answersSumming(total, 7))).toEqual({ score: total, band });
    }
  });

  it('adds up any seven valid answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }), (items) => {
        expect(scoreGad7(items).score).toBe(items.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it.each([
    [[], /needs 7 answers; got 0/],
    [[0, 0, 0, 0, 0, 0], /needs 7 answers; got 6/],
    [[0, 0, 0, 0, 0, 0, 0, 0], /needs 7 answers; got 8/],
    [[0, 0, 0, 4, 0, 0, 0], /answer 4 is 4; each answer must be a whole number from 0 to 3/],
    [[-1, 0, 0, 0, 0, 0, 0], /answer 1 is -1/],
    [[0, 1.5, 0, 0, 0, 0, 0], /answer 2 is 1.5/],
    [[0, 0, NaN, 0, 0, 0, 0], /answer 3 is NaN/],
    [[0, 0, 0, 0, 0, 0, Infinity], /answer 7 is Infinity/],
    [[0, 0, 0, 0, '2', 0, 0], /answer 5 is 2/],
    [[0, 0, 0, 0, 0, null, 0], /answer 6 is null/],
    ['0000000', /needs an array of 7 answers; got string/],
    [undefined, /needs an array of 7 answers; got undefined/],
  ])('throws a RangeError saying what is wrong with %j', (items, message) => {
    expect(() => scoreGad7(items as number[])).toThrow(RangeError);
    expect(() => scoreGad7(items as number[])).toThrow(message);
  });
});

describe('scorePhq9', () => {
  it.each(PHQ9_EXPECTED)('scores %i as %s (every band boundary)', (total, band) => {
    expect(scorePhq9(answersSumming(total, 9))).toMatchObject({ score: total, band });
  });

  it('flags self-harm exactly when item 9 is above 0, whatever the total', () => {
    for (const item9 of [0, 1, 2, 3]) {
      const items = [0, 0, 0, 0, 0, 0, 0, 0, item9];
      expect(scorePhq9(items)).toEqual({ score: item9, band: 'minimal', selfHarm: item9 > 0 });
    }
    expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3, 0]).selfHarm).toBe(false);
  });

  it('adds up any nine valid answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (items) => {
        const result = scorePhq9(items);
        expect(result.score).toBe(items.reduce((a, b) => a + b, 0));
        expect(result.selfHarm).toBe(items[8]! > 0);
      }),
    );
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], /PHQ-9 needs 9 answers; got 8/],
    [Array(10).fill(0), /needs 9 answers; got 10/],
    [[0, 0, 0, 0, 0, 0, 0, 0, 3.5], /answer 9 is 3.5/],
    [[0, 0, 0, 0, 0, 0, 0, 0, -2], /answer 9 is -2/],
    [[9, 0, 0, 0, 0, 0, 0, 0, 0], /answer 1 is 9/],
    [{ length: 9 }, /needs an array of 9 answers; got object/],
  ])('throws a RangeError saying what is wrong with %j', (items, message) => {
    expect(() => scorePhq9(items as number[])).toThrow(RangeError);
    expect(() => scorePhq9(items as number[])).toThrow(message);
  });
});

describe('answers with no text form', () => {
  it('still get a RangeError that says what was wrong', () => {
    const odd = Object.create(null);
    expect(() => scoreGad7([0, 0, 0, odd, 0, 0, 0])).toThrow(RangeError);
    expect(() => scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, Symbol('x') as unknown as number])).toThrow(/answer 9 is/);
  });
});
