/**
 * The answers of `<kc-eligibility-check>`: their shape, the steps and the questions of each, reading and writing one
 * answer by its path (`gad7.3`), and the check of answers given from outside (the `answers` property, a saved draft).
 */
import { parseRegions } from '../../shared/clinic-settings.js';
import { readableEntries, UNREADABLE } from '../../shared/readable-entries.js';
import { ANSWER_VALUES, GAD7_LENGTH, PHQ9_LENGTH, SELF_HARM_INDEX, type Answer } from './instruments.js';

/**
 * The steps of the flow, in order. `mood` always asks PHQ-9 item 9, on every path (see `flowSteps`);
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

export const DIAGNOSES = ['gad', 'social', 'panic', 'ptsd', 'ocd', 'depression', 'other'] as const;
export type Diagnosis = (typeof DIAGNOSES)[number];
export const TREATMENTS = ['ssri', 'medication', 'therapy'] as const;
export type Treatment = (typeof TREATMENTS)[number];
/** Medicines tried for an adequate time: 0, 1, or 2 meaning "2 or more". */
export const TRIALS = [0, 1, 2] as const;
export type Trials = (typeof TRIALS)[number];

/** Health-screen conditions (see rules.ts for the source of each default rule). */
export const HEALTH_CONDITIONS = [
  'psychosis',
  'psychosisFamily',
  'bipolar',
  'hypertension',
  'aneurysm',
  'brainBleed',
  'heart',
  'liver',
  'substance',
  'ketamineReaction',
  'seizures',
  'breathingEyeThyroid',
  'bladder',
] as const;
/** Current medicines that change ketamine's effect or safety. */
export const HEALTH_MEDICINES = ['benzodiazepines', 'lamotrigine', 'maoi', 'stimulants'] as const;
export const HEALTH_ITEMS = [...HEALTH_CONDITIONS, ...HEALTH_MEDICINES] as const;
export type HealthItem = (typeof HEALTH_ITEMS)[number];

const range = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);

/**
 * The required questions of a step, as answer paths (`age`, `gad7.3`, `health.liver`), in display order.
 * The difficulty item and the two "choose all that apply" lists are optional.
 */
export function questionsOf(step: Step, options: FlowOptions): string[] {
  switch (step) {
    case 'about':
      return ['age', ...(options.regions.length ? ['region'] : []), 'pregnant'];
    case 'anxiety':
      return range(GAD7_LENGTH, 'gad7');
    case 'mood':
      return options.instruments.includes('phq9') && !options.endsEarly
        ? range(PHQ9_LENGTH, 'phq9')
        : [`phq9.${SELF_HARM_INDEX + 1}`];
    case 'history':
      return ['trials', 'prescriber'];
    case 'health':
      return HEALTH_ITEMS.map((item) => `health.${item}`);
    default:
      return [];
  }
}

/**
 * The steps a patient goes through, in order, out of the element's `steps`. When the first step's answers end the
 * screening (under the minimum age, or outside the area served), the questions about anxiety, treatment history
 * and health are skipped, but not the self-harm question: the mood step (PHQ-9 item 9 only) comes before the
 * result, so the crisis resources reach everyone who needs them.
 */
export function flowSteps(steps: readonly Step[], endsEarly: boolean): Step[] {
  return endsEarly ? steps.filter((s) => s !== 'anxiety' && s !== 'history' && s !== 'health') : [...steps];
}

/** The required questions of a step that have no answer yet. */
export function missingAnswers(answers: EligibilityAnswers, step: Step, options: FlowOptions): string[] {
  return questionsOf(step, options).filter((path) => {
    const value = answerAt(answers, path);
    return value === undefined || value === null;
  });
}

/** A setting or answer that could not be used: where (`answers.gad7[2]`) and why. */
export interface AnswerError {
  path: string;
  message: string;
}

const isAnswer = (v: unknown): v is Answer => (ANSWER_VALUES as readonly unknown[]).includes(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';

/** The single-valued answers: how to check each, and what is expected. */
const CHECKS: Record<string, [(v: unknown) => boolean, string]> = {
  age: [isYears, 'an age in whole years (0–120)'],
  region: [
    (v) => v === 'other' || (typeof v === 'string' && parseRegions(v).regions.join() === v),
    'an ISO 3166-2 code such as US-CA, or "other"',
  ],
  pregnant: [isBoolean, 'true or false'],
  prescriber: [isBoolean, 'true or false'],
  difficulty: [isAnswer, 'an answer from 0 to 3'],
  trials: [(v) => (TRIALS as readonly unknown[]).includes(v), '0, 1 or 2 (2 meaning two or more)'],
};
const LISTS: Record<string, readonly string[]> = { diagnoses: DIAGNOSES, treatments: TREATMENTS };
const SCALES: Record<string, number> = { gad7: GAD7_LENGTH, phq9: PHQ9_LENGTH };

/**
 * Checks answers given from outside (the `answers` property, or a saved draft). Valid answers are kept;
 * each invalid one is left out and described, so a prefill with one mistake loses nothing else.
 * Messages name the answer and what is expected, never the value given: they are logged, and answers
 * must never reach the console. Never throws: an answer that cannot be read (a getter or Proxy that throws)
 * is left out and described like any other, and the answers kept are plain copies.
 */
export function validateAnswers(input: unknown): { answers: EligibilityAnswers; errors: AnswerError[] } {
  try {
    return checkAnswers(input);
  } catch {
    return { answers: {}, errors: [{ path: 'answers', message: UNREADABLE }] };
  }
}

function checkAnswers(input: unknown): { answers: EligibilityAnswers; errors: AnswerError[] } {
  const errors: AnswerError[] = [];
  const answers: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      answers,
      errors: [{ path: 'answers', message: 'must be an object such as { "age": 34, "gad7": [1, 2, 0, 1, 1, 0, 2] }.' }],
    };
  }
  const fail = (path: string, message: string) => errors.push({ path: `answers.${path}`, message });
  for (const [key, value] of readableEntries(input, (key) => fail(key, UNREADABLE))) {
    if (value === undefined) continue;
    const reported = errors.length;
    try {
      checkAnswer(answers, key, value, fail);
    } catch {
      // Half-read: what was said about its parts is replaced by one error, and none of it is kept.
      errors.length = reported;
      delete answers[key];
      fail(key, UNREADABLE);
    }
  }
  return { answers: answers as EligibilityAnswers, errors };
}

/** Checks one answer and, when valid, puts a plain copy of it into `answers`. */
function checkAnswer(
  answers: Record<string, unknown>,
  key: string,
  value: unknown,
  fail: (path: string, message: string) => void,
): void {
  // Own keys only: "toString" or "__proto__" in a host's object must not find Object.prototype's.
  const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
  const list = Object.hasOwn(LISTS, key) ? LISTS[key] : undefined;
  const length = Object.hasOwn(SCALES, key) ? SCALES[key] : undefined;
  if (check) {
    if (check[0](value)) answers[key] = value;
    else fail(key, `must be ${check[1]}.`);
  } else if (list) {
    if (!Array.isArray(value)) fail(key, `must be an array of ${list.join(', ')}.`);
    else {
      if (value.some((v) => !list.includes(v))) fail(key, `may hold only ${list.join(', ')}.`);
      answers[key] = list.filter((v) => value.includes(v));
    }
  } else if (length) {
    if (!Array.isArray(value) || value.length !== length)
      fail(key, `must be an array of ${length} answers (each 0–3, or null when not answered yet).`);
    else
      // A plain array, whatever the host's was (an Array subclass's `map` would build another of its kind); a hole is not answered yet.
      answers[key] = Array.from({ length }, (_, i) => {
        const v: unknown = i in value ? value[i] : null;
        if (v === null || isAnswer(v)) return v;
        fail(`${key}[${i}]`, 'must be an answer from 0 to 3, or null.');
        return null;
      });
  } else if (key === 'health') {
    if (typeof value !== 'object' || value === null) {
      fail(key, 'must be an object of yes/no answers, e.g. { "liver": false }.');
      return;
    }
    const health: Record<string, boolean> = {};
    for (const [item, v] of readableEntries(value, (item) => fail(`health.${item}`, UNREADABLE))) {
      if (!(HEALTH_ITEMS as readonly string[]).includes(item))
        fail(`health.${item}`, `is not a health item; known: ${HEALTH_ITEMS.join(', ')}.`);
      else if (!isBoolean(v)) fail(`health.${item}`, 'must be true or false.');
      else health[item] = v;
    }
    answers.health = health;
  } else fail(key, 'is not an answer of this screening.');
}
