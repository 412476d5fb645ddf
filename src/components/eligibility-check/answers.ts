/**
 * The answers of `<kc-eligibility-check>`: their shape and paths (answer-paths.ts, re-exported here), the questions
 * of each step, and the check of answers given from outside (the `answers` property, a saved draft). All but
 * answer-paths.ts loads with the later steps.
 */
import { parseRegions } from '../../shared/clinic-settings.js';
import { readableEntries, UNREADABLE } from '../../shared/readable-entries.js';
import {
  answerAt,
  GAD7_LENGTH,
  isYears,
  PHQ9_LENGTH,
  SELF_HARM_INDEX,
  type EligibilityAnswers,
  type FlowOptions,
  type Step,
} from './answer-paths.js';

export * from './answer-paths.js';

/** The answer scale of the GAD-7 and PHQ-9: Not at all (0), Several days (1), More than half the days (2), Nearly every day (3). */
export const ANSWER_VALUES = [0, 1, 2, 3] as const;
export type Answer = (typeof ANSWER_VALUES)[number];

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
