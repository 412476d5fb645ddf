import { isRegionServed } from '../../shared/clinic-settings.js';
import { HEALTH_ITEMS, type EligibilityAnswers, type HealthItem, type Trials } from './answers.js';
import {
  GAD7_BANDS,
  GAD7_LENGTH,
  PHQ9_LENGTH,
  SELF_HARM_INDEX,
  scoreGad7,
  scorePhq9,
  type Gad7Band,
  type Gad7Score,
  type Phq9Score,
} from './instruments.js';

/** The four outcomes, from the most to the least urgent: crisis outranks ineligible, which outranks review. */
export const OUTCOMES = ['crisis', 'ineligible', 'review', 'eligible'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a rule does when it applies: end as not eligible now, ask a clinician to discuss it, or nothing. */
export const RULE_ACTIONS = ['exclude', 'review', 'ignore'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** Every rule a clinic can set. `severity` applies below `candidateBand`; `trials` below `minTrials`. */
export const RULE_IDS = ['age', 'region', 'pregnancy', ...HEALTH_ITEMS, 'severity', 'trials'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A complete rule set. Clinics pass a partial one; it is merged over {@link DEFAULT_RULES}. */
export interface EligibilityRules {
  /** Youngest age the clinic treats. */
  minAge: number;
  /** ISO 3166-2 regions (or countries) served; when absent, the clinic's `regions`; empty serves everywhere. */
  regions?: string[];
  /** The lowest GAD-7 band that counts as a candidate; lower scores trigger the `severity` rule. */
  candidateBand: Gad7Band;
  /** Medicines the clinic asks patients to have tried for an adequate time (2 = two or more); fewer triggers `trials`. */
  minTrials: Trials;
  actions: Record<RuleId, RuleAction>;
}

/**
 * The default rules, from ../shared/clinical/contraindications.md. Sources:
 * [C] Sanacora G, Frye MA, McDonald W, et al. A Consensus Statement on the Use of Ketamine in the Treatment of
 *     Mood Disorders. JAMA Psychiatry. 2017;74(4):399-405. doi:10.1001/jamapsychiatry.2017.0080. Cited for the
 *     general approach only (screen, then a clinician decides): its detailed selection criteria could not be read,
 *     so no single rule below is credited to it.
 * [L] SPRAVATO (esketamine) nasal spray, US prescribing information (FDA label): contraindications and warnings.
 * [I] Clinics' published intake and eligibility lists, as contraindications.md names them (Field Trip, Numinus,
 *     Mindspace, Mindbloom).
 */
export const DEFAULT_RULES: EligibilityRules = {
  // Adult-only evidence and clinic practice; clinics set `min-age`.
  minAge: 18,
  // A GAD-7 of 10 or more (moderate) is the usual threshold for further evaluation (Spitzer 2006, instruments.ts).
  candidateBand: 'moderate',
  // "Treatment-resistant" usually means 2+ failed adequate trials; not required by default, clinics may require it.
  minTrials: 0,
  actions: {
    age: 'exclude', // adult-only evidence; configurable min-age
    region: 'exclude', // telehealth and clinic licensure are by state; the result gives the clinic's contact
    pregnancy: 'exclude', // [L] warns of embryo-fetal toxicity; safety in pregnancy not established
    psychosis: 'exclude', // ketamine can provoke psychotic symptoms ([L]: dissociative and perceptual effects); asked by intakes [I]
    psychosisFamily: 'review', // first-degree family history, asked by many intakes [I]
    bipolar: 'review', // studied in bipolar depression but risk of switching: a prescriber's judgement; asked by intakes [I]
    hypertension: 'review', // [L] blood pressure rises after a dose (peak about 40 minutes): a prescriber checks it first
    aneurysm: 'exclude', // [L] contraindication: aneurysmal vascular disease or arteriovenous malformation
    brainBleed: 'exclude', // [L] contraindication: history of intracerebral haemorrhage
    heart: 'review', // [L] blood pressure rises after a dose, a risk with heart or blood-vessel disease: a prescriber assesses it
    liver: 'review', // metabolised in the liver; [L] advises caution
    substance: 'exclude', // [L] abuse and misuse potential; intakes exclude recent substance use (Field Trip: the past 3 months) [I]
    ketamineReaction: 'exclude', // [L] contraindication: hypersensitivity to ketamine or esketamine
    seizures: 'review', // excluded by several clinics (Numinus, Mindspace) [I]; a prescriber's judgement
    breathingEyeThyroid: 'review', // Mindbloom's public eligibility page lists these among reasons not to proceed [I]
    bladder: 'review', // [L] warning: ulcerative or interstitial cystitis
    // Higher daily doses may blunt ketamine's effect: Andrashko V et al. Front Psychiatry. 2020;11:844.
    // doi:10.3389/fpsyt.2020.00844; Feeney A et al. J Clin Psychiatry. 2023;84(1):22m14491.
    benzodiazepines: 'review',
    lamotrigine: 'review', // a prescriber should know; its effect on response is not known (Andrade C. J Clin Psychiatry. 2017;78(7):e858-e861)
    maoi: 'review', // [L] monitor blood pressure with MAO inhibitors
    stimulants: 'review', // [L] blood pressure with psychostimulants
    severity: 'review', // below the candidate band: clinics decide
    trials: 'review', // fewer adequate trials than the clinic asks for
  },
};

/** Why an outcome was reached: the rule, the answer behind it (`health.liver`, `phq9.9`) and what it does. */
export interface EligibilityReason {
  rule: RuleId | 'selfHarm';
  answer: string;
  action: 'crisis' | 'exclude' | 'review';
}

export interface EligibilityScores {
  /** Absent only when the screening ended before the GAD-7 (age or region). */
  gad7?: Gad7Score;
  /** Present when all nine PHQ-9 items were answered. */
  phq9?: Phq9Score;
}

export interface EligibilityResult {
  outcome: Outcome;
  reasons: EligibilityReason[];
  scores: EligibilityScores;
}

const complete = (items: readonly (number | null)[] | undefined, length: number): items is number[] =>
  !!items && items.length === length && items.every((v) => v !== null && v !== undefined);

/** A clinic's rule set as given: any part of {@link EligibilityRules}, merged over the defaults. */
export type EligibilityRulesInput = Partial<Omit<EligibilityRules, 'actions'>> & {
  actions?: Partial<Record<RuleId, RuleAction>>;
};

/**
 * Screens a patient's answers against a rule set. A positive PHQ-9 item 9 makes the outcome `crisis`,
 * whatever else applies; then any `exclude` makes it `ineligible`; then any `review` makes it `review`.
 * Instruments are scored when complete (invalid values throw the scorers' `RangeError`).
 *
 * `options.selfHarmEndorsed`: item 9 was answered above "Not at all" at some point, even if the answer was
 * later changed back. The outcome stays `crisis` and the reason stays, so a clinician still follows it up.
 */
export function evaluateEligibility(
  answers: EligibilityAnswers,
  rules: EligibilityRules = DEFAULT_RULES,
  options: { selfHarmEndorsed?: boolean } = {},
): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  const scores: EligibilityScores = {};
  const apply = (rule: RuleId, answer: string) => {
    const action = rules.actions[rule];
    if (action !== 'ignore') reasons.push({ rule, answer, action });
  };
  if ((answers.phq9?.[SELF_HARM_INDEX] ?? 0) > 0 || options.selfHarmEndorsed)
    reasons.push({ rule: 'selfHarm', answer: `phq9.${SELF_HARM_INDEX + 1}`, action: 'crisis' });
  if (answers.age !== undefined && answers.age < rules.minAge) apply('age', 'age');
  if (answers.region !== undefined && (answers.region === 'other' || !isRegionServed(answers.region, rules.regions)))
    apply('region', 'region');
  if (answers.pregnant) apply('pregnancy', 'pregnant');
  for (const item of HEALTH_ITEMS) if (answers.health?.[item]) apply(item as HealthItem, `health.${item}`);
  if (complete(answers.gad7, GAD7_LENGTH)) {
    scores.gad7 = scoreGad7(answers.gad7);
    if (GAD7_BANDS.indexOf(scores.gad7.band) < GAD7_BANDS.indexOf(rules.candidateBand)) apply('severity', 'gad7');
  }
  if (complete(answers.phq9, PHQ9_LENGTH)) scores.phq9 = scorePhq9(answers.phq9);
  if (answers.trials !== undefined && answers.trials < rules.minTrials) apply('trials', 'trials');
  const outcome = (['crisis', 'exclude', 'review'] as const).find((a) => reasons.some((r) => r.action === a));
  return {
    outcome: outcome === 'crisis' ? 'crisis' : outcome === 'exclude' ? 'ineligible' : (outcome ?? 'eligible'),
    reasons,
    scores,
  };
}

/** Whether the first step's answers already end the screening: under the minimum age, or outside the area served. */
export const endsEarly = (answers: EligibilityAnswers, rules: EligibilityRules): boolean =>
  evaluateEligibility(answers, rules).reasons.some((r) => r.action === 'exclude' && (r.rule === 'age' || r.rule === 'region'));
