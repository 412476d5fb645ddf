/**
 * The answers' shape, the steps, and reading or writing one answer: what the first step needs, so it loads with
 * the element. The questions of each step and the check of answers given from outside are in answers.ts, which
 * loads with the later steps.
 */
import type { Answer, Diagnosis, HealthItem, Treatment, Trials } from './answers.js';

/** Number of items of each instrument (see instruments.ts). */
export const GAD7_LENGTH = 7;
export const PHQ9_LENGTH = 9;
/** Index of PHQ-9 item 9 (thoughts of being better off dead or of self-harm). */
export const SELF_HARM_INDEX = 8;

/**
 * The steps of the flow, in order. `mood` always asks PHQ-9 item 9, on every path (see `flowSteps` in answers.ts);
 * `handoff` exists only with an endpoint.
 */
export const STEPS = ['about', 'anxiety', 'mood', 'history', 'health', 'result', 'handoff'] as const;
export type Step = (typeof STEPS)[number];
/** The steps that ask questions (shown as "Step N of 5"). */
export const QUESTION_STEPS = ['about', 'anxiety', 'mood', 'history', 'health'] as const satisfies readonly Step[];
export type QuestionStep = (typeof QUESTION_STEPS)[number];

/** Instruments a clinic may ask for (`instruments="gad7 phq9"`). The GAD-7 is always asked. */
export const INSTRUMENTS = ['gad7', 'phq9'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * A patient's answers. Every field is optional while the flow is in progress.
 * `gad7` and `phq9` hold one answer (0–3) or `null` per item, in the instruments' order.
 */
export interface EligibilityAnswers {
  /** Age in whole years. */
  age?: number;
  /** Where the patient lives: one of the clinic's ISO 3166-2 regions, or `other`. Asked only when the clinic sets `regions`. */
  region?: string;
  /** Pregnant or breastfeeding. */
  pregnant?: boolean;
  gad7?: (Answer | null)[];
  /** The unscored difficulty item (0 not difficult at all … 3 extremely difficult). */
  difficulty?: Answer;
  /** PHQ-9; when the clinic leaves it out, only item 9 (index 8) is asked. */
  phq9?: (Answer | null)[];
  diagnoses?: Diagnosis[];
  treatments?: Treatment[];
  trials?: Trials;
  /** Currently sees a prescriber for their mental health. */
  prescriber?: boolean;
  health?: Partial<Record<HealthItem, boolean>>;
}

/** Splits an `instruments` attribute (`gad7 phq9`) into the known instruments and the unknown tokens. */
export function parseInstruments(value: string): { instruments: Instrument[]; unknown: string[] } {
  const tokens = value.split(/[\s,]+/).filter(Boolean);
  return {
    instruments: INSTRUMENTS.filter((i) => tokens.includes(i)),
    unknown: tokens.filter((t) => !(INSTRUMENTS as readonly string[]).includes(t)),
  };
}

/** Whether a value is an age (or minimum age) in whole years, 0–120. */
export const isYears = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 120;

/** Reads whole years typed as text ("34"); anything else is `undefined`. */
export function parseYears(text: string | undefined): number | undefined {
  const value = text?.trim() ?? '';
  return /^\d+$/.test(value) && isYears(+value) ? +value : undefined;
}

/** What the questions of a step depend on. */
export interface FlowOptions {
  instruments: readonly Instrument[];
  /** Regions the clinic serves; the region question is asked only when there are some. */
  regions: readonly string[];
  /**
   * The first step's answers end the screening (under the minimum age, or outside the area served): the mood step
   * then asks only PHQ-9 item 9, the self-harm question, before the result.
   */
  endsEarly?: boolean;
}

/** Reads one answer by path (`gad7.3` is the third GAD-7 item). */
export function answerAt(answers: EligibilityAnswers, path: string): unknown {
  const [key, sub] = path.split('.') as [keyof EligibilityAnswers, string | undefined];
  const value = answers[key] as unknown;
  if (sub === undefined) return value;
  if (Array.isArray(value)) return value[Number(sub) - 1];
  return (value as Record<string, unknown> | undefined)?.[sub];
}

/** A copy of the answers with one answer set (or removed, with `undefined`). */
export function withAnswer(answers: EligibilityAnswers, path: string, value: unknown): EligibilityAnswers {
  const [key, sub] = path.split('.') as [keyof EligibilityAnswers, string | undefined];
  const next: Record<string, unknown> = { ...answers };
  if (sub === undefined) next[key] = value;
  else if (key === 'gad7' || key === 'phq9') {
    const list = [...(answers[key] ?? Array<null>(key === 'gad7' ? GAD7_LENGTH : PHQ9_LENGTH).fill(null))];
    list[Number(sub) - 1] = (value ?? null) as Answer | null;
    next[key] = list;
  } else next[key] = { ...(answers[key] as object), [sub]: value };
  if (value === undefined && sub === undefined) delete next[key];
  return next as EligibilityAnswers;
}
