/**
 * The two screening instruments, as data and pure scoring functions.
 *
 * GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety
 * disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. doi:10.1001/archinte.166.10.1092
 * PHQ-9: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure.
 * J Gen Intern Med. 2001;16(9):606-613. doi:10.1046/j.1525-1497.2001.016009606.x
 * Both: developed with an educational grant from Pfizer; no permission required to reproduce, translate,
 * display or distribute. The wording of every item is in the locale files, verbatim.
 */

/** The answer scale of the GAD-7 and PHQ-9: Not at all (0), Several days (1), More than half the days (2), Nearly every day (3). */
export const ANSWER_VALUES = [0, 1, 2, 3] as const;
export type Answer = (typeof ANSWER_VALUES)[number];

/** Number of items of each instrument. */
export const GAD7_LENGTH = 7;
export const PHQ9_LENGTH = 9;
/** Index of PHQ-9 item 9 (thoughts of being better off dead or of self-harm). */
export const SELF_HARM_INDEX = 8;

/** GAD-7 severity bands, lowest first: 0–4, 5–9, 10–14, 15–21. */
export const GAD7_BANDS = ['minimal', 'mild', 'moderate', 'severe'] as const;
export type Gad7Band = (typeof GAD7_BANDS)[number];

/** PHQ-9 severity bands, lowest first: 0–4, 5–9, 10–14, 15–19, 20–27. */
export const PHQ9_BANDS = ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'] as const;
export type Phq9Band = (typeof PHQ9_BANDS)[number];

export interface Gad7Score {
  score: number;
  band: Gad7Band;
}

export interface Phq9Score {
  score: number;
  band: Phq9Band;
  /** PHQ-9 item 9 answered above "Not at all": a positive screen that needs a clinician's follow-up. */
  selfHarm: boolean;
}

/** A value as text for an error message, even one with no text form (a symbol, a null-prototype object). */
function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `a ${typeof value} with no text form`;
  }
}

function sum(name: string, items: readonly number[], length: number): number {
  if (!Array.isArray(items)) throw new RangeError(`${name} needs an array of ${length} answers; got ${typeof items}.`);
  if (items.length !== length) throw new RangeError(`${name} needs ${length} answers; got ${items.length}.`);
  let total = 0;
  items.forEach((value, i) => {
    if (!Number.isInteger(value) || value < 0 || value > 3)
      throw new RangeError(`${name} answer ${i + 1} is ${describe(value)}; each answer must be a whole number from 0 to 3.`);
    total += value;
  });
  return total;
}

/** Every band starts 5 points above the one before: minimal 0–4, mild 5–9, and so on. */
const band = <B>(bands: readonly B[], score: number): B => bands[Math.min(Math.floor(score / 5), bands.length - 1)] as B;

/**
 * Scores the GAD-7: seven answers, each a whole number 0–3.
 * @throws RangeError naming what was wrong (wrong length, a non-integer, a value out of range).
 */
export function scoreGad7(items: readonly number[]): Gad7Score {
  const score = sum('GAD-7', items, GAD7_LENGTH);
  return { score, band: band(GAD7_BANDS, score) };
}

/**
 * Scores the PHQ-9: nine answers, each a whole number 0–3. `selfHarm` is true when item 9 is above 0.
 * @throws RangeError naming what was wrong (wrong length, a non-integer, a value out of range).
 */
export function scorePhq9(items: readonly number[]): Phq9Score {
  const score = sum('PHQ-9', items, PHQ9_LENGTH);
  return { score, band: band(PHQ9_BANDS, score), selfHarm: (items[SELF_HARM_INDEX] ?? 0) > 0 };
}
