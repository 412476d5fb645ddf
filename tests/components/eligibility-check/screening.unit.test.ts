import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, STEPS, type Step } from '../../../src/components/eligibility-check/answers.js';
import { DEFAULT_RULES, type EligibilityRules } from '../../../src/components/eligibility-check/rules.js';
import { Screening, type ScreeningSettings } from '../../../src/components/eligibility-check/screening.js';
import { eligibleAnswers } from './fixtures.js';

const WITHOUT_HANDOFF = STEPS.filter((step) => step !== 'handoff');

/** A screening with the default rules, every instrument and no regions, unless `overrides` say otherwise. */
function screening(overrides: Partial<ScreeningSettings> = {}) {
  const settings: ScreeningSettings = {
    steps: WITHOUT_HANDOFF,
    instruments: [...INSTRUMENTS],
    regions: [],
    rules: DEFAULT_RULES,
    ...overrides,
  };
  return { screening: new Screening(() => settings), settings };
}

/** Answers every question of the current step from `answers` and presses Next; fails if it did not move. */
function answerStep(s: Screening, answers = eligibleAnswers()) {
  const before = s.step;
  s.setAnswers({ ...s.answers, ...answers });
  const outcome = s.next();
  if (!('moved' in outcome)) throw new Error(`Next on ${before} did not move: ${outcome.missing.join(', ')}`);
  return outcome.moved;
}

describe('Screening: starting', () => {
  it('starts on the first step, with no answers, nothing missing, no crisis and no result', () => {
    const { screening: s } = screening();
    expect(s.step).toBe('about');
    expect(s.answers).toEqual({});
    expect(s.missing).toEqual([]);
    expect(s.crisis).toBe(false);
    expect(s.result).toBeUndefined();
    expect(s.draft).toBeUndefined();
    expect(s.screens).toBe(true);
    expect(s.progressOf('about')).toEqual([1, 5]);
  });

  it('does not screen without a rule set in effect (an invalid rule set or min-age)', () => {
    const { screening: s } = screening({ rules: undefined });
    expect(s.screens).toBe(false);
    expect(s.endsEarly).toBe(false);
    expect(s.result).toBeUndefined();
  });
});

describe('Screening: Next and Back', () => {
  it('stays on a step with questions missing an answer and lists them in display order', () => {
    const { screening: s } = screening();
    s.answer('pregnant', false);
    expect(s.next()).toEqual({ missing: ['age'] });
    expect(s.step).toBe('about');
    expect(s.missing).toEqual(['age']);
    // Answering a missing question takes it off the list at once.
    s.answer('age', 40);
    expect(s.missing).toEqual([]);
  });

  it('walks every step in order, saying each step’s place in the flow, to the result', () => {
    const { screening: s } = screening();
    const moves = [answerStep(s), answerStep(s), answerStep(s), answerStep(s), answerStep(s)];
    expect(moves).toEqual([
      { step: 'anxiety', index: 1, total: 6 },
      { step: 'mood', index: 2, total: 6 },
      { step: 'history', index: 3, total: 6 },
      { step: 'health', index: 4, total: 6 },
      { step: 'result', index: 5, total: 6 },
    ]);
    expect(s.result?.outcome).toBe('eligible');
  });

  it('goes on from the result to the hand-off only when the clinic has an endpoint', () => {
    const without = screening().screening;
    without.setAnswers(eligibleAnswers());
    without.goTo('result');
    expect(without.toHandoff()).toBeUndefined();
    const { screening: s } = screening({ steps: STEPS });
    s.setAnswers(eligibleAnswers());
    s.goTo('result');
    expect(s.step).toBe('result');
    expect(s.toHandoff()).toEqual({ step: 'handoff', index: 6, total: 7 });
    expect(s.result?.outcome).toBe('eligible');
  });

  it('goes Back one step of the flow, clearing what was missing, and stays on the first step', () => {
    const { screening: s } = screening();
    answerStep(s, { age: 40, pregnant: false });
    s.next();
    expect(s.missing).toEqual(['gad7.1', 'gad7.2', 'gad7.3', 'gad7.4', 'gad7.5', 'gad7.6', 'gad7.7']);
    expect(s.back()).toEqual({ step: 'about', index: 0, total: 6 });
    expect(s.missing).toEqual([]);
    expect(s.back().step).toBe('about');
  });

  it('after a first step that ends the screening (under the minimum age), asks the self-harm question alone, then the result', () => {
    const { screening: s } = screening();
    s.setAnswers({ age: 15, pregnant: false });
    expect(s.endsEarly).toBe(true);
    expect(s.flow).toEqual(['about', 'mood', 'result']);
    expect(s.progressOf('about')).toEqual([1, 2]);
    expect(s.next()).toEqual({ moved: { step: 'mood', index: 1, total: 3 } });
    expect(s.progressOf('mood')).toEqual([2, 2]);
    expect(s.next()).toEqual({ missing: ['phq9.9'] });
    s.answer('phq9.9', 0);
    expect(s.next()).toEqual({ moved: { step: 'result', index: 2, total: 3 } });
    expect(s.result?.outcome).toBe('ineligible');
    expect(s.back().step).toBe('mood');
    expect(s.back().step).toBe('about');
  });

  it('outside the area served, ends early the same way', () => {
    const rules: EligibilityRules = { ...DEFAULT_RULES, regions: ['US-CA'] };
    const { screening: s } = screening({ regions: ['US-CA'], rules });
    s.setAnswers({ age: 40, region: 'other', pregnant: false });
    expect(s.flow).toEqual(['about', 'mood', 'result']);
  });

  it('asks only PHQ-9 item 9 on the mood step when the clinic leaves the PHQ-9 out', () => {
    const { screening: s } = screening({ instruments: ['gad7'] });
    answerStep(s);
    answerStep(s);
    expect(s.step).toBe('mood');
    s.setAnswers({ ...s.answers, phq9: undefined });
    expect(s.next()).toEqual({ missing: ['phq9.9'] });
  });
});

describe('Screening: going to a step', () => {
  it('goes to a step when every earlier step is complete, else to the first incomplete one', () => {
    const { screening: s } = screening();
    s.setAnswers({ age: 40, pregnant: false, gad7: [1, 1, 1, 1, 1, 1, 1] });
    s.goTo('health');
    expect(s.step).toBe('mood');
    s.setAnswers(eligibleAnswers());
    s.goTo('health');
    expect(s.step).toBe('health');
  });

  it('leads a step this flow skips to the next step of the flow, and ignores a step not offered', () => {
    const { screening: s } = screening();
    s.setAnswers({ age: 15, pregnant: false, phq9: [null, null, null, null, null, null, null, null, 0] });
    s.goTo('anxiety');
    expect(s.step).toBe('mood');
    s.goTo('handoff' as Step);
    expect(s.step).toBe('mood');
  });
});

describe('Screening: self-harm', () => {
  it('reports self-harm once, the first time item 9 is answered above "Not at all"', () => {
    const { screening: s } = screening();
    expect(s.answer('phq9.9', 0).crisisStarted).toBe(false);
    expect(s.answer('phq9.9', 2).crisisStarted).toBe(true);
    expect(s.answer('phq9.9', 3).crisisStarted).toBe(false);
    expect(s.crisis).toBe(true);
  });

  it('keeps the outcome crisis when the answer is changed back to "Not at all"', () => {
    const { screening: s } = screening();
    s.setAnswers(eligibleAnswers());
    s.answer('phq9.9', 1);
    s.answer('phq9.9', 0);
    s.goTo('result');
    expect(s.result?.outcome).toBe('crisis');
    expect(s.result?.reasons[0]).toMatchObject({ rule: 'selfHarm', action: 'crisis' });
  });

  it('reports self-harm in answers given from outside, and in a restored draft flagged crisis', () => {
    const given = screening().screening;
    expect(given.setAnswers({ phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] }).crisisStarted).toBe(true);
    const restored = screening().screening;
    expect(restored.restore({ answers: { age: 40 }, step: 'about', crisis: true }).crisisStarted).toBe(true);
    expect(restored.crisis).toBe(true);
  });
});

describe('Screening: answers given from outside', () => {
  it('keeps the valid answers, leaves out the invalid ones and says which', () => {
    const { screening: s } = screening();
    const { errors } = s.setAnswers({ age: 34, pregnant: 'no' });
    expect(s.answers).toEqual({ age: 34 });
    expect(errors.map((e) => e.path)).toEqual(['answers.pregnant']);
  });

  it('restores a draft: answers, crisis, and the step reached as far as the answers allow', () => {
    const { screening: s } = screening();
    s.restore({ answers: { age: 40, pregnant: false }, step: 'history', crisis: false });
    expect(s.step).toBe('anxiety');
  });
});

describe('Screening: the draft to keep', () => {
  it('keeps answers, step and crisis while in progress', () => {
    const { screening: s } = screening();
    s.answer('age', 40);
    expect(s.draft).toEqual({ answers: { age: 40 }, step: 'about', crisis: false });
  });

  it('keeps nothing at a result with nowhere to send it, or once handed off', () => {
    const { screening: s } = screening();
    s.setAnswers(eligibleAnswers());
    s.goTo('result');
    expect(s.draft).toBeUndefined();
    const withEndpoint = screening({ steps: STEPS }).screening;
    withEndpoint.setAnswers(eligibleAnswers());
    withEndpoint.goTo('result');
    expect(withEndpoint.draft?.step).toBe('result');
    withEndpoint.markHandedOff();
    expect(withEndpoint.handedOff).toBe(true);
    expect(withEndpoint.draft).toBeUndefined();
  });

  it('starts over with no answers, no crisis, nothing handed off, on the first step', () => {
    const { screening: s } = screening({ steps: STEPS });
    s.setAnswers({ ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] });
    s.goTo('handoff');
    s.markHandedOff();
    expect(s.reset()).toEqual({ step: 'about', index: 0, total: 7 });
    expect(s.answers).toEqual({});
    expect(s.crisis).toBe(false);
    expect(s.handedOff).toBe(false);
  });
});

describe('Screening: settings read when needed', () => {
  it('follows the steps offered as they change (an endpoint set later adds the hand-off)', () => {
    const { screening: s, settings } = screening();
    s.setAnswers(eligibleAnswers());
    s.goTo('result');
    expect(s.flow).not.toContain('handoff');
    settings.steps = STEPS;
    expect(s.flow).toContain('handoff');
    expect(s.toHandoff()?.step).toBe('handoff');
  });
});
