import { HEALTH_ITEMS, type EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';

/** A complete set of answers that screens as eligible under the default rules (GAD-7 12 moderate, PHQ-9 5 mild). */
export const eligibleAnswers = (): EligibilityAnswers => ({
  age: 34,
  pregnant: false,
  gad7: [2, 2, 2, 2, 2, 1, 1],
  difficulty: 2,
  phq9: [1, 1, 1, 1, 1, 0, 0, 0, 0],
  diagnoses: ['gad'],
  treatments: ['ssri', 'therapy'],
  trials: 2,
  prescriber: true,
  health: Object.fromEntries(HEALTH_ITEMS.map((i) => [i, false])),
});
