import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEALTH_ITEMS, type EligibilityAnswers, type HealthItem } from '../../../src/components/eligibility-check/answers.js';
import { eligibleAnswers } from './fixtures.js';
import {
  DEFAULT_RULES,
  endsEarly,
  evaluateEligibility,
  OUTCOMES,
  RULE_IDS,
  type EligibilityRules,
} from '../../../src/components/eligibility-check/rules.js';
import { parseRules } from '../../../src/components/eligibility-check/rules-schema.js';

const withHealth = (item: HealthItem): EligibilityAnswers => {
  const answers = eligibleAnswers();
  answers.health![item] = true;
  return answers;
};

// The default for each health item, copied from ../shared/clinical/contraindications.md by hand.
const PUBLISHED_DEFAULTS: Record<HealthItem, 'exclude' | 'review'> = {
  psychosis: 'exclude',
  psychosisFamily: 'review',
  bipolar: 'review',
  hypertension: 'review',
  aneurysm: 'exclude',
  brainBleed: 'exclude',
  heart: 'review',
  liver: 'review',
  substance: 'exclude',
  ketamineReaction: 'exclude',
  seizures: 'review',
  breathingEyeThyroid: 'review',
  bladder: 'review',
  benzodiazepines: 'review',
  lamotrigine: 'review',
  maoi: 'review',
  stimulants: 'review',
};

describe('evaluateEligibility with the default rules', () => {
  it('finds no reason in a clean screening: eligible, with both scores', () => {
    expect(evaluateEligibility(eligibleAnswers())).toEqual({
      outcome: 'eligible',
      reasons: [],
      scores: { gad7: { score: 12, band: 'moderate' }, phq9: { score: 5, band: 'mild', selfHarm: false } },
    });
  });

  it.each(HEALTH_ITEMS)('applies the published default to "%s" and names the answer and rule', (item) => {
    const action = PUBLISHED_DEFAULTS[item];
    const result = evaluateEligibility(withHealth(item));
    expect(result.outcome).toBe(action === 'exclude' ? 'ineligible' : 'review');
    expect(result.reasons).toEqual([{ rule: item, answer: `health.${item}`, action }]);
  });

  it.each([
    [17, 'ineligible'],
    [18, 'eligible'],
    [0, 'ineligible'],
  ])('age %i: %s (minimum 18)', (age, outcome) => {
    const result = evaluateEligibility({ ...eligibleAnswers(), age });
    expect(result.outcome).toBe(outcome);
    if (outcome === 'ineligible') expect(result.reasons).toEqual([{ rule: 'age', answer: 'age', action: 'exclude' }]);
  });

  it('ends pregnancy or breastfeeding as not eligible now', () => {
    expect(evaluateEligibility({ ...eligibleAnswers(), pregnant: true }).reasons).toEqual([
      { rule: 'pregnancy', answer: 'pregnant', action: 'exclude' },
    ]);
  });

  it.each([
    [['US-CA'], 'US-CA', 'eligible'],
    [['US-CA'], 'US-NY', 'ineligible'],
    [['US-CA'], 'other', 'ineligible'],
    [['US'], 'US-TX', 'eligible'],
    [[], 'other', 'ineligible'],
  ])('regions %j, lives in %s: %s', (regions, region, outcome) => {
    const result = evaluateEligibility({ ...eligibleAnswers(), region }, { ...DEFAULT_RULES, regions });
    expect(result.outcome).toBe(outcome);
    if (outcome === 'ineligible') expect(result.reasons).toEqual([{ rule: 'region', answer: 'region', action: 'exclude' }]);
  });

  it('asks a clinician to review a GAD-7 below the candidate band (moderate)', () => {
    const result = evaluateEligibility({ ...eligibleAnswers(), gad7: [1, 1, 1, 1, 1, 1, 3] });
    expect(result.scores.gad7).toEqual({ score: 9, band: 'mild' });
    expect(result).toMatchObject({ outcome: 'review', reasons: [{ rule: 'severity', answer: 'gad7', action: 'review' }] });
  });

  it('does not require medication trials by default', () => {
    expect(evaluateEligibility({ ...eligibleAnswers(), trials: 0 }).outcome).toBe('eligible');
  });

  it.each([1, 2, 3] as const)('answers %i of PHQ-9 item 9 make the outcome crisis, outranking every exclusion', (value) => {
    const answers = { ...withHealth('psychosis'), age: 16, pregnant: true };
    answers.phq9 = [0, 0, 0, 0, 0, 0, 0, 0, value];
    const result = evaluateEligibility(answers);
    expect(result.outcome).toBe('crisis');
    expect(result.reasons[0]).toEqual({ rule: 'selfHarm', answer: 'phq9.9', action: 'crisis' });
    expect(result.reasons.map((r) => r.rule)).toEqual(['selfHarm', 'age', 'pregnancy', 'psychosis']);
    expect(result.scores.phq9?.selfHarm).toBe(true);
  });

  it('asks the self-harm question even without the rest of the PHQ-9: no PHQ-9 score, still crisis', () => {
    const answers = {
      ...eligibleAnswers(),
      phq9: [null, null, null, null, null, null, null, null, 2] as EligibilityAnswers['phq9'],
    };
    const result = evaluateEligibility(answers);
    expect(result.outcome).toBe('crisis');
    expect(result.scores.phq9).toBeUndefined();
    expect(result.scores.gad7).toBeDefined();
  });

  it('ranks ineligible above review, and review above eligible', () => {
    const both = { ...withHealth('lamotrigine'), health: { ...withHealth('lamotrigine').health, aneurysm: true } };
    expect(evaluateEligibility(both).outcome).toBe('ineligible');
    expect(evaluateEligibility(both).reasons.map((r) => r.action)).toEqual(['exclude', 'review']);
    expect(evaluateEligibility(withHealth('lamotrigine')).outcome).toBe('review');
  });

  it('scores what is complete and leaves out what is not (a screening that ended after the first step)', () => {
    expect(evaluateEligibility({ age: 15 })).toEqual({
      outcome: 'ineligible',
      reasons: [{ rule: 'age', answer: 'age', action: 'exclude' }],
      scores: {},
    });
  });

  it('passes on a scorer’s RangeError for an impossible answer', () => {
    expect(() => evaluateEligibility({ gad7: [0, 0, 0, 0, 0, 0, 7] as never })).toThrow(RangeError);
  });

  it('orders outcomes from most to least urgent', () => {
    expect(OUTCOMES).toEqual(['crisis', 'ineligible', 'review', 'eligible']);
  });
});

describe('evaluateEligibility with a clinic’s rules', () => {
  const rules = (change: Partial<EligibilityRules>): EligibilityRules => ({ ...DEFAULT_RULES, ...change });

  it('lets a clinic ignore a rule, tighten one, or loosen one', () => {
    const actions = { ...DEFAULT_RULES.actions, lamotrigine: 'ignore', bipolar: 'exclude', psychosis: 'review' } as const;
    expect(evaluateEligibility(withHealth('lamotrigine'), rules({ actions })).outcome).toBe('eligible');
    expect(evaluateEligibility(withHealth('bipolar'), rules({ actions })).outcome).toBe('ineligible');
    expect(evaluateEligibility(withHealth('psychosis'), rules({ actions })).outcome).toBe('review');
  });

  it('moves the minimum age', () => {
    expect(evaluateEligibility({ ...eligibleAnswers(), age: 19 }, rules({ minAge: 21 })).outcome).toBe('ineligible');
    expect(evaluateEligibility({ ...eligibleAnswers(), age: 16 }, rules({ minAge: 16 })).outcome).toBe('eligible');
  });

  it('moves the severity that counts as a candidate', () => {
    const mild = { ...eligibleAnswers(), gad7: [1, 1, 1, 1, 1, 1, 0] as EligibilityAnswers['gad7'] };
    expect(evaluateEligibility(mild, rules({ candidateBand: 'mild' })).outcome).toBe('eligible');
    expect(evaluateEligibility(eligibleAnswers(), rules({ candidateBand: 'severe' })).outcome).toBe('review');
  });

  it('requires medication trials when a clinic asks for them', () => {
    const one = { ...eligibleAnswers(), trials: 1 as const };
    expect(evaluateEligibility(one, rules({ minTrials: 2 })).reasons).toEqual([
      { rule: 'trials', answer: 'trials', action: 'review' },
    ]);
    const strict = rules({ minTrials: 2, actions: { ...DEFAULT_RULES.actions, trials: 'exclude' } });
    expect(evaluateEligibility(one, strict).outcome).toBe('ineligible');
    expect(evaluateEligibility({ ...one, trials: 2 }, strict).outcome).toBe('eligible');
  });
});

describe('endsEarly: whether the first step already ends the screening', () => {
  const rules = (over: Partial<EligibilityRules> = {}): EligibilityRules => ({ ...DEFAULT_RULES, regions: ['US-CA'], ...over });
  it.each([
    ['17, under the minimum age', { age: 17 }, rules(), true],
    ['18, the minimum age', { age: 18 }, rules(), false],
    ['outside the regions served', { age: 40, region: 'US-NY' }, rules(), true],
    ['"somewhere else"', { age: 40, region: 'other' }, rules(), true],
    ['inside the regions served', { age: 40, region: 'US-CA' }, rules(), false],
    ['no answers yet', {}, rules(), false],
    ['pregnant (an exclusion, but not one that ends the first step)', { age: 40, pregnant: true }, rules(), false],
    ['17, with the age rule set to review', { age: 17 }, rules({ actions: { ...DEFAULT_RULES.actions, age: 'review' } }), false],
    [
      'outside, with the region rule ignored',
      { age: 40, region: 'US-NY' },
      rules({ actions: { ...DEFAULT_RULES.actions, region: 'ignore' } }),
      false,
    ],
    ['20, under a clinic’s minimum of 21', { age: 20 }, rules({ minAge: 21 }), true],
  ] as [string, EligibilityAnswers, EligibilityRules, boolean][])('%s', (_, answers, r, ends) => {
    expect(endsEarly(answers, r)).toBe(ends);
  });
});

describe('parseRules', () => {
  it('uses the defaults when there is no rule set', () => {
    expect(parseRules(undefined)).toEqual({ rules: DEFAULT_RULES, errors: [] });
    expect(parseRules(null)).toEqual({ rules: DEFAULT_RULES, errors: [] });
  });

  it('has a default for every rule', () => {
    expect(Object.keys(DEFAULT_RULES.actions).sort()).toEqual([...RULE_IDS].sort());
  });

  it('merges a partial rule set over the defaults, from an object or JSON text', () => {
    const input = {
      minAge: 21,
      regions: ['us-ca', 'US-NY'],
      candidateBand: 'mild',
      minTrials: 2,
      actions: { lamotrigine: 'ignore' },
    };
    const expected = {
      ...DEFAULT_RULES,
      minAge: 21,
      regions: ['US-CA', 'US-NY'],
      candidateBand: 'mild',
      minTrials: 2,
      actions: { ...DEFAULT_RULES.actions, lamotrigine: 'ignore' },
    };
    expect(parseRules(input)).toEqual({ rules: expected, errors: [] });
    expect(parseRules(JSON.stringify(input))).toEqual({ rules: expected, errors: [] });
    expect(DEFAULT_RULES.actions.lamotrigine).toBe('review');
  });

  it.each([
    [{ minage: 21 }, 'minage', 'rules.minage', /is not a rule setting; use minAge/],
    [{ minAge: 17.5 }, 'minAge', 'rules.minAge', /17.5 is not a whole number of years/],
    [{ minAge: '18' }, 'minAge', 'rules.minAge', /"18" is not a whole number/],
    [{ minAge: -1 }, 'minAge', 'rules.minAge', /-1 is not/],
    [{ regions: 'US-CA' }, 'regions', 'rules.regions', /must be an array of ISO 3166-2 codes/],
    [{ regions: ['California'] }, 'regions', 'rules.regions', /must be an array/],
    [{ regions: [5] }, 'regions', 'rules.regions', /must be an array/],
    [{ candidateBand: 'high' }, 'candidateBand', 'rules.candidateBand', /"high" is not one of minimal, mild, moderate, severe/],
    [{ minTrials: 3 }, 'minTrials', 'rules.minTrials', /3 is not 0, 1 or 2/],
    [{ actions: ['exclude'] }, 'actions', 'rules.actions', /must be an object/],
    [{ actions: { bipolr: 'review' } }, 'bipolr', 'rules.actions.bipolr', /is not a rule; known rules: age, region/],
    [{ actions: { bipolar: 'deny' } }, 'bipolar', 'rules.actions.bipolar', /"deny" is not one of exclude, review, ignore/],
    [[1, 2], 'rules', 'rules', /must be an object/],
    ['{"minAge": 18,}', 'rules', 'rules', /is not valid JSON/],
  ])('refuses %j naming the key and path', (input, key, path, message) => {
    const parsed = parseRules(input);
    expect(parsed.rules).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ key, path });
    expect(parsed.errors[0]!.message).toMatch(message);
  });

  it('reports every error of a rule set, and returns no rules at all (never half a rule set)', () => {
    const parsed = parseRules({ minAge: 18, actions: { liver: 'exclude', heartt: 'review', seizures: 'maybe' }, extra: 1 });
    expect(parsed.rules).toBeUndefined();
    expect(parsed.errors.map((e) => e.path)).toEqual(['rules.actions.heartt', 'rules.actions.seizures', 'rules.extra']);
  });
});

describe('parseRules never throws: a rule set it cannot read is an error, and no rules', () => {
  const cyclic: Record<string, unknown> = { band: 'mild' };
  cyclic.self = cyclic;
  const boom = () => {
    throw new Error('hostile');
  };
  const throwingToJson = { toJSON: boom };
  const throwingGetter = Object.defineProperty({}, 'minAge', { enumerable: true, get: boom });
  const throwingProxy = new Proxy({}, { ownKeys: boom });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwingRegions = new Proxy(['US-CA'], { get: boom });

  it.each([
    ['a bigint age', { minAge: 21n }, 'rules.minAge', /21n is not a whole number of years/],
    ['a cyclic band', { candidateBand: cyclic }, 'rules.candidateBand', /is not one of minimal/],
    ['a toJSON that throws', { minTrials: throwingToJson }, 'rules.minTrials', /is not 0, 1 or 2/],
    ['a bigint action', { actions: { liver: 1n } }, 'rules.actions.liver', /1n is not one of exclude, review, ignore/],
    ['a symbol age', { minAge: Symbol('age') }, 'rules.minAge', /is not a whole number/],
    ['a getter that throws', throwingGetter, 'rules', /could not be read/],
    ['a Proxy whose keys throw', throwingProxy, 'rules', /could not be read/],
    ['a revoked Proxy', revoked.proxy, 'rules', /could not be read/],
    ['regions whose reading throws', { regions: throwingRegions }, 'rules.regions', /could not be read/],
  ] as [string, unknown, string, RegExp][])('%s', (_, input, path, message) => {
    let parsed: ReturnType<typeof parseRules> | undefined;
    expect(() => (parsed = parseRules(input))).not.toThrow();
    expect(parsed!.rules).toBeUndefined();
    expect(parsed!.errors).toHaveLength(1);
    expect(parsed!.errors[0]!.path).toBe(path);
    expect(parsed!.errors[0]!.message).toMatch(message);
  });
});

describe('a self-harm answer that was changed back', () => {
  it('stays a crisis, with its reason, when the widget says item 9 was once endorsed', () => {
    const answers: EligibilityAnswers = { age: 40, pregnant: false, phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(evaluateEligibility(answers).outcome).not.toBe('crisis');
    const result = evaluateEligibility(answers, DEFAULT_RULES, { selfHarmEndorsed: true });
    expect(result.outcome).toBe('crisis');
    expect(result.reasons[0]).toEqual({ rule: 'selfHarm', answer: 'phq9.9', action: 'crisis' });
  });
});

describe('the crisis rule cannot be switched off', () => {
  it.each(['ignore', 'review', 'exclude'])('refuses actions.selfHarm = "%s", naming the path', (action) => {
    const parsed = parseRules({ actions: { selfHarm: action } });
    expect(parsed.rules).toBeUndefined();
    expect(parsed.errors.map((e) => e.path)).toContain('rules.actions.selfHarm');
  });
});

describe('the sources of the default rules (shared/clinical/contraindications.md)', () => {
  // The consensus statement's detailed criteria could not be read (only its abstract): it is cited for the general
  // approach, and each rule's comment cites the esketamine label [L] or the clinics' intake lists [I] instead.
  const source = readFileSync(new URL('../../../src/components/eligibility-check/rules.ts', import.meta.url), 'utf8');
  const ruleLines = source.split('\n').filter((line) => /^\s+\w+: '(exclude|review|ignore)',/.test(line));
  it('credits no single rule to the consensus statement', () => {
    expect(ruleLines).toHaveLength(RULE_IDS.length);
    for (const line of ruleLines) expect(line).not.toContain('[C]');
  });
  it('cites the label or the intake lists for the rules contraindications.md bases on them', () => {
    for (const rule of [
      'pregnancy',
      'aneurysm',
      'brainBleed',
      'hypertension',
      'heart',
      'substance',
      'ketamineReaction',
      'bladder',
      'maoi',
      'stimulants',
    ])
      expect(
        ruleLines.find((l) => l.trim().startsWith(`${rule}:`)),
        rule,
      ).toContain('[L]');
    for (const rule of ['psychosisFamily', 'bipolar', 'seizures', 'breathingEyeThyroid'])
      expect(
        ruleLines.find((l) => l.trim().startsWith(`${rule}:`)),
        rule,
      ).toContain('[I]');
  });
});
