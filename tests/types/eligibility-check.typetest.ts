// Type-level tests for <kc-eligibility-check>: `npm run typecheck` fails if its public types regress. Nothing here runs.
import {
  evaluateEligibility,
  scoreGad7,
  type EligibilityResult,
  type KcEligibilityCheck,
  type Outcome,
} from '../../src/index.js';

export function eventsAreTyped(): KcEligibilityCheck {
  const el = document.createElement('kc-eligibility-check');
  el.addEventListener('kc-result', (e) => {
    const outcome: Outcome = e.detail.outcome;
    const gad7: number | undefined = e.detail.scores.gad7?.score;
    void [outcome, gad7];
  });
  document.addEventListener('kc-step-change', (e) => void (e.detail.index + e.detail.total));
  document.addEventListener('kc-submit', (e) => {
    const id: string = e.detail.payload.id;
    e.preventDefault();
    void id;
  });
  window.addEventListener('kc-submit-error', (e) => void (e.detail.attempts + 1));
  el.addEventListener('kc-crisis', (e) => {
    // @ts-expect-error: the only source is PHQ-9 item 9.
    const source: 'gad7' = e.detail.source;
    void source;
  });
  el.answers = { age: 30, gad7: [0, 1, 2, 3, null, 0, 0] };
  // @ts-expect-error: answers are numbers 0–3, not words.
  el.answers = { gad7: ['never'] };
  el.rules = { minAge: 21, actions: { lamotrigine: 'ignore' } };
  // @ts-expect-error: "deny" is not a rule action.
  el.rules = { actions: { bipolar: 'deny' } };
  const result: EligibilityResult = evaluateEligibility(el.answers);
  void [result, scoreGad7([0, 0, 0, 0, 0, 0, 0]).band];
  return el;
}
