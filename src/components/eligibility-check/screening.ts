/**
 * One patient's screening, with no DOM: the answers, the steps of this patient's flow, the step they are on, what is
 * still missing on it, whether self-harm was reported, the result and the draft to keep. `<kc-eligibility-check>`
 * renders it, and turns what its methods return into events, announcements and focus moves.
 */
import {
  flowSteps,
  missingAnswers,
  QUESTION_STEPS,
  validateAnswers,
  withAnswer,
  type AnswerError,
  type EligibilityAnswers,
  type FlowOptions,
  type Instrument,
  type Step,
} from './answers.js';
import type { Draft } from './drafts.js';
import { SELF_HARM_INDEX } from './instruments.js';
import { endsEarly, evaluateEligibility, type EligibilityResult, type EligibilityRules } from './rules.js';

/** What the screening depends on, read from the widget's settings whenever it is needed. */
export interface ScreeningSettings {
  /** The steps offered, in order: every step, without `handoff` when the clinic has no endpoint. */
  steps: readonly Step[];
  /** The instruments asked. */
  instruments: readonly Instrument[];
  /** The regions served; the region question is asked only when there are some. */
  regions: readonly string[];
  /**
   * The rule set in effect, with `min-age` and the regions served applied; `undefined` when the widget does not screen
   * (an invalid rule set or `min-age`).
   */
  rules: EligibilityRules | undefined;
}

/** A move to another step: the step, and its place (from 0) among the `total` steps of this patient's flow. */
export interface StepChange {
  step: Step;
  index: number;
  total: number;
}

/** What Next did: moved to the next step, or stayed, listing the questions still missing an answer. */
export type NextOutcome = { moved: StepChange } | { missing: readonly string[] };

/** The path of PHQ-9 item 9, the self-harm question. */
const SELF_HARM_PATH = `phq9.${SELF_HARM_INDEX + 1}`;

export class Screening {
  #answers: EligibilityAnswers = {};
  /** The current step, as an index of the steps offered. */
  #index = 0;
  #missing: readonly string[] = [];
  #selfHarmReported = false;
  #handedOff = false;

  constructor(private readonly settings: () => ScreeningSettings) {}

  /** The answers so far (not a copy: never change it; `answer` and `setAnswers` make a new object). */
  get answers(): EligibilityAnswers {
    return this.#answers;
  }

  /** The current step. */
  get step(): Step {
    return this.#steps[this.#index] ?? 'about';
  }

  /** The questions of the current step still missing an answer, after a Next that could not move on. */
  get missing(): readonly string[] {
    return this.#missing;
  }

  /**
   * Self-harm was reported (PHQ-9 item 9 above "Not at all"): the crisis resources show on every step from then on,
   * and the outcome stays `crisis` even if the answer is changed back, so a clinician still follows it up.
   */
  get crisis(): boolean {
    return this.#selfHarmReported;
  }

  /** The answers were handed off to the clinic: no draft is kept from then on. */
  get handedOff(): boolean {
    return this.#handedOff;
  }

  /** The rule set in effect; `undefined` when the widget does not screen (an invalid rule set or `min-age`). */
  get rules(): EligibilityRules | undefined {
    return this.settings().rules;
  }

  /** Whether the widget screens at all (its rule set and `min-age` are valid). */
  get screens(): boolean {
    return this.rules !== undefined;
  }

  /** Whether the first step's answers already end the screening (under the minimum age, or outside the area served). */
  get endsEarly(): boolean {
    const { rules } = this.settings();
    return !!rules && endsEarly(this.#answers, rules);
  }

  /**
   * The steps this patient goes through: every step offered, or, when the first step ends the screening, the first
   * step, the self-harm question alone, and the result (and hand-off): the crisis resources reach everyone.
   */
  get flow(): Step[] {
    return flowSteps(this.#steps, this.endsEarly);
  }

  /** What the questions of each step depend on. */
  get flowOptions(): FlowOptions {
    const { instruments, regions } = this.settings();
    return { instruments, regions, endsEarly: this.endsEarly };
  }

  /** "Step N of M" for a question step: its place among the question steps of this patient's flow (0 when not one). */
  progressOf(step: Step): [position: number, total: number] {
    const questions = this.flow.filter((s) => (QUESTION_STEPS as readonly Step[]).includes(s));
    return [questions.indexOf(step) + 1, questions.length];
  }

  /** On the result and hand-off steps of a screening: the outcome of the answers, with its reasons and scores. */
  get result(): EligibilityResult | undefined {
    const { rules } = this.settings();
    if (!rules || (this.step !== 'result' && this.step !== 'handoff')) return undefined;
    return evaluateEligibility(this.#answers, rules, { selfHarmEndorsed: this.#selfHarmReported });
  }

  /** What to keep so a reload resumes here; nothing once handed off, at a result with nowhere to send it, or with no answer. */
  get draft(): Draft | undefined {
    const atTheEnd = this.step === 'result' && !this.#steps.includes('handoff');
    if (this.#handedOff || atTheEnd || !Object.keys(this.#answers).length) return undefined;
    return { answers: this.#answers, step: this.step, crisis: this.#selfHarmReported };
  }

  /** Sets one answer by its path (`gad7.3`), or removes it with `undefined`. Says whether it reported self-harm for the first time. */
  answer(path: string, value: unknown): { crisisStarted: boolean } {
    this.#answers = withAnswer(this.#answers, path, value);
    if (value !== undefined) this.#missing = this.#missing.filter((p) => p !== path);
    return { crisisStarted: path === SELF_HARM_PATH && typeof value === 'number' && value > 0 && this.#reportSelfHarm() };
  }

  /**
   * Replaces the answers with ones given from outside (a host's prefill, a draft): each is checked, and the invalid
   * ones are left out and returned.
   */
  setAnswers(value: unknown): { errors: AnswerError[]; crisisStarted: boolean } {
    const { answers, errors } = validateAnswers(value ?? {});
    this.#answers = answers;
    const selfHarm = (answers.phq9?.[SELF_HARM_INDEX] ?? 0) > 0;
    return { errors, crisisStarted: selfHarm && this.#reportSelfHarm() };
  }

  /** Restores a checked draft: its answers, whether self-harm was reported, and the step reached (as `goTo` allows). */
  restore(draft: Draft): { crisisStarted: boolean } {
    const { crisisStarted } = this.setAnswers(draft.answers);
    const reported = draft.crisis && this.#reportSelfHarm();
    this.goTo(draft.step);
    return { crisisStarted: crisisStarted || reported };
  }

  /**
   * Moves to `step` when every earlier step of this patient's flow is complete, else to the first incomplete one.
   * A step the flow skips (the anxiety questions of a screening that ended after the first step) leads to the next
   * step of the flow. An unknown or unoffered step is ignored.
   */
  goTo(step: Step): void {
    const steps = this.#steps;
    const i = steps.indexOf(step);
    if (i < 0) return;
    const target = this.flow.find((s) => steps.indexOf(s) >= i);
    this.#moveTo(Math.min(target ? steps.indexOf(target) : i, this.#furthest()));
  }

  /**
   * Next: on a step with questions still missing an answer, stays and lists them; else moves to the following step of
   * this patient's flow (after a first step that ends the screening: the self-harm question).
   */
  next(): NextOutcome {
    this.#missing = missingAnswers(this.#answers, this.step, this.flowOptions);
    if (this.#missing.length) return { missing: this.#missing };
    return { moved: this.#moveTo(this.#neighbour(1)) };
  }

  /** Back: the previous step of this patient's flow. */
  back(): StepChange {
    return this.#moveTo(this.#neighbour(-1));
  }

  /** The hand-off step, from the result (when the clinic has an endpoint). */
  toHandoff(): StepChange | undefined {
    const i = this.#steps.indexOf('handoff');
    return i < 0 ? undefined : this.#moveTo(i);
  }

  /** The clinic confirmed it has the answers: nothing is kept from now on. */
  markHandedOff(): void {
    this.#handedOff = true;
  }

  /** Starts again: no answers, no crisis, nothing handed off, the first step. */
  reset(): StepChange {
    this.#answers = {};
    this.#selfHarmReported = false;
    this.#handedOff = false;
    return this.#moveTo(0);
  }

  get #steps(): readonly Step[] {
    return this.settings().steps;
  }

  /** Reports self-harm; true the first time. */
  #reportSelfHarm(): boolean {
    if (this.#selfHarmReported) return false;
    this.#selfHarmReported = true;
    return true;
  }

  #moveTo(index: number): StepChange {
    this.#index = index;
    this.#missing = [];
    const flow = this.flow;
    return { step: this.step, index: flow.indexOf(this.step), total: flow.length };
  }

  /** The index of the next (or previous) step of this patient's flow after (or before) the current one. */
  #neighbour(by: 1 | -1): number {
    const steps = this.#steps;
    const indices = this.flow.map((s) => steps.indexOf(s));
    const index = this.#index;
    return (by > 0 ? indices.find((i) => i > index) : indices.findLast((i) => i < index)) ?? index;
  }

  /** The furthest step the answers allow, as an index of the steps offered: the first with a question unanswered. */
  #furthest(): number {
    const options = this.flowOptions;
    const steps = this.#steps;
    for (const step of this.flow) {
      if (step === 'result') break;
      if (missingAnswers(this.#answers, step, options).length) return steps.indexOf(step);
    }
    return steps.length - 1;
  }
}
