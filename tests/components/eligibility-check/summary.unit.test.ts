import { describe, expect, it } from 'vitest';
import { HEALTH_ITEMS, type EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import es from '../../../src/components/eligibility-check/locales/es.js';
import { DEFAULT_RULES, evaluateEligibility, RULE_IDS } from '../../../src/components/eligibility-check/rules.js';
import {
  listedReasons,
  outcomeBody,
  reasonsHeading,
  reasonText,
  scoreLines,
  summaryText,
} from '../../../src/components/eligibility-check/summary.js';
import { eligibleAnswers } from './fixtures.js';

const date = new Date('2025-03-04T12:00:00Z');

describe('reasonText', () => {
  it('words every rule for the patient', () => {
    for (const rule of RULE_IDS) {
      const text = reasonText(en, { rule, answer: rule, action: 'review' }, 21);
      expect(text, rule).toMatch(/\w/);
    }
    expect(reasonText(en, { rule: 'age', answer: 'age', action: 'exclude' }, 21)).toBe(
      'The clinic treats people aged 21 and over.',
    );
    expect(reasonText(en, { rule: 'liver', answer: 'health.liver', action: 'review' }, 18)).toBe('Severe liver disease');
    expect(reasonText(es, { rule: 'liver', answer: 'health.liver', action: 'review' }, 18)).toBe('Enfermedad grave del hígado');
  });
});

describe('summaryText', () => {
  it('gives the outcome, the scores, the reasons and the disclaimer', () => {
    const answers = eligibleAnswers();
    answers.health!.lamotrigine = true;
    const text = summaryText(en, evaluateEligibility(answers), 18, date, 'en-US');
    expect(text.split('\n')).toEqual([
      'Eligibility screening summary (3/4/2025)',
      'A clinician would like to talk with you first',
      'Anxiety (GAD-7): 12 out of 21, moderate symptoms',
      'Mood (PHQ-9): 5 out of 27, mild symptoms',
      'What a clinician will want to talk about:',
      '- Lamotrigine',
      'This is a screening, not a diagnosis.',
    ]);
  });

  it('lists only the exclusions as the reasons a screening ends as not eligible', () => {
    const answers = { ...eligibleAnswers(), pregnant: true };
    answers.health!.liver = true;
    const text = summaryText(en, evaluateEligibility(answers), 18, date, 'en');
    expect(text).toContain('Why:\n- Pregnancy or breastfeeding\nThis is a screening');
    expect(text).not.toContain('liver');
  });

  it("never calls a person in crisis ineligible, points to 988 first, then says why the clinic likely can't treat", () => {
    const answers = { ...eligibleAnswers(), age: 15 };
    answers.phq9![8] = 1;
    const text = summaryText(en, evaluateEligibility(answers), 18, date, 'en');
    expect(text).toContain('Please reach out for support now');
    expect(text).toContain('988');
    expect(text).not.toContain(en.outcomes.ineligible.title);
    expect(text).toContain('\nWhy:\n- The clinic treats people aged 18 and over.\n');
    expect(text.indexOf('988')).toBeLessThan(text.indexOf('Why:'));
    expect(text).toContain(en.disclaimer);
  });

  it('lists no reasons for a crisis that rules nothing out', () => {
    const answers = { ...eligibleAnswers(), health: { ...eligibleAnswers().health, lamotrigine: true } };
    answers.phq9![8] = 1;
    const text = summaryText(en, evaluateEligibility(answers), 18, date, 'en');
    expect(text).not.toContain('Why:');
    expect(text).not.toContain(en.discuss);
    expect(text).not.toContain('Lamotrigine');
  });

  it('has a score line only for what was scored', () => {
    expect(scoreLines(en, {})).toEqual([]);
  });
});

describe('locales', () => {
  it('word every health item and both instruments completely in each language', () => {
    for (const strings of [en, es]) {
      expect(strings.gad7.items).toHaveLength(7);
      expect(strings.phq9.items).toHaveLength(9);
      expect(strings.gad7.scale).toHaveLength(4);
      for (const item of HEALTH_ITEMS) expect(strings.health[item]).toMatch(/\w/);
    }
  });

  it('shows the GAD-7 in English, marked as English, in the Spanish locale (its published wording is unconfirmed)', () => {
    expect(es.gad7.items).toEqual(en.gad7.items);
    expect(es.gad7.lang).toBe('en');
    expect(es.gad7.note).toMatch(/inglés/);
    expect(es.phq9.lang).toBe('');
    expect(es.phq9.items[8]).toBe('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
  });

  it('keeps the published English wording of the self-harm question', () => {
    expect(en.phq9.items[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  });
});

describe('the copied summary of a crisis outcome', () => {
  it('carries the same resources as the page and says the form is not monitored', () => {
    const answers: EligibilityAnswers = { ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] };
    const text = summaryText(en, evaluateEligibility(answers), 18, new Date(2025, 0, 2), 'en');
    for (const part of ['988', '988lifeline.org', 'text HOME to 741741', '911', 'not monitored in real time'])
      expect(text).toContain(part);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)(
    '%s: carries every line of the crisis panel: the Spanish option, veterans and outside the US too',
    (lang, strings) => {
      const answers: EligibilityAnswers = { ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] };
      const lines = summaryText(strings, evaluateEligibility(answers), 18, date, lang).split('\n');
      const c = strings.crisis;
      expect(lines).toEqual(
        expect.arrayContaining([
          `${c.lifeline} ${c.call} 988 / ${c.text} 988 (988lifeline.org)`,
          c.lifelineMore,
          `${c.textLine} 741741`,
          `${c.emergency} 911`,
          `${c.international} findahelpline.com.`,
          c.notMonitored,
        ]),
      );
      const text = lines.join('\n');
      expect(text).toContain('AYUDA');
      expect(text).toMatch(/press 2|marque 2/);
      expect(text).toMatch(/Veterans|Veteranos/);
      expect(text).toMatch(/Samaritans 116 123.*Lifeline 13 11 14/);
    },
  );
});

describe("the copied crisis summary names the clinic's phone, as the crisis panel does", () => {
  const crisisResult = () => evaluateEligibility({ ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] });

  it.each([
    ['en', en, 'Call Calm Harbor: 555 010 2000'],
    ['es', es, 'Llame a Calm Harbor: 555 010 2000'],
  ] as const)('%s: after the emergency line, before the lines for outside the US', (lang, strings, line) => {
    const lines = summaryText(strings, crisisResult(), 18, date, lang, { name: 'Calm Harbor', phone: '555 010 2000' }).split(
      '\n',
    );
    const c = strings.crisis;
    expect(lines.indexOf(line)).toBe(lines.indexOf(`${c.emergency} 911`) + 1);
    expect(lines.indexOf(`${c.international} findahelpline.com.`)).toBe(lines.indexOf(line) + 1);
  });

  it('says "the clinic" without a name, and leaves the line out without a phone', () => {
    expect(summaryText(en, crisisResult(), 18, date, 'en', { phone: '555 010 2000' })).toContain(
      '\nCall the clinic: 555 010 2000\n',
    );
    expect(summaryText(es, crisisResult(), 18, date, 'es', { phone: '555 010 2000' })).toContain(
      '\nLlame a la clínica: 555 010 2000\n',
    );
    expect(summaryText(en, crisisResult(), 18, date, 'en', { name: 'Calm Harbor' })).not.toContain('Call Calm Harbor');
  });
});

describe('the "not eligible now" result', () => {
  it('says it as likely, not as a ruling, and points to a person, in English and Spanish (usted)', () => {
    expect(en.outcomes.ineligible.body).toContain('the clinic likely can’t offer ketamine treatment');
    expect(en.outcomes.ineligible.body).toContain('if an answer doesn’t fit your situation, call the clinic');
    expect(en.outcomes.ineligible.body).not.toMatch(/cannot offer/);
    expect(es.outcomes.ineligible.body).toContain('es probable que la clínica no pueda ofrecerle tratamiento con ketamina');
    expect(es.outcomes.ineligible.body).toContain('si alguna respuesta no refleja su situación, llame a la clínica');
    // Informal "tú" forms as whole words (\b does not work next to "ú": it counts only ASCII letters).
    const informal = /(?<!\p{L})(tú|tu|llama)(?!\p{L})/u;
    for (const informalText of ['si tú quieres', 'llama a la clínica', 'tu situación']) expect(informalText).toMatch(informal);
    for (const formalText of ['su situación, llame', 'actúe', 'tutela']) expect(formalText).not.toMatch(informal);
    expect(es.outcomes.ineligible.body).not.toMatch(informal);
  });
});

describe('the crisis resources (shared/clinical/crisis-and-privacy.md)', () => {
  it('offer the Spanish-language line in English as the Spanish panel does', () => {
    expect(en.crisis.lifelineMore).toContain('In Spanish: call 988 and press 2, or text AYUDA to 988.');
    expect(es.crisis.lifelineMore).toContain('En español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.');
    for (const strings of [en, es]) expect(strings.crisis.lifelineMore).toMatch(/988.*(press|marque) 1/);
  });
});

describe('listedReasons', () => {
  it('lists only the exclusions of an ineligible result, and never the crisis rule', () => {
    const answers: EligibilityAnswers = {
      ...eligibleAnswers(),
      pregnant: true,
      health: { ...eligibleAnswers().health, lamotrigine: true },
    };
    expect(listedReasons(evaluateEligibility(answers)).map((r) => r.rule)).toEqual(['pregnancy']);
    const review: EligibilityAnswers = { ...eligibleAnswers(), health: { ...eligibleAnswers().health, lamotrigine: true } };
    expect(listedReasons(evaluateEligibility(review)).map((r) => r.rule)).toEqual(['lamotrigine']);
    const crisis: EligibilityAnswers = { ...review, phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] };
    expect(listedReasons(evaluateEligibility(crisis)).map((r) => r.rule)).toEqual([]);
    const crisisOutside: EligibilityAnswers = { ...crisis, age: 16, region: 'other' };
    const rules = { ...DEFAULT_RULES, regions: ['US-CA'] };
    expect(listedReasons(evaluateEligibility(crisisOutside, rules)).map((r) => r.rule)).toEqual(['age', 'region']);
  });
});

describe('a crisis whose answers also rule out treatment here (under the minimum age, outside the area)', () => {
  const early = (answers: EligibilityAnswers) =>
    evaluateEligibility({ ...answers, phq9: [null, null, null, null, null, null, null, null, 1] } as EligibilityAnswers);

  it('keeps the crisis outcome, with a text that does not imply the clinic will treat (en, es usted)', () => {
    const result = early({ age: 16, pregnant: false });
    expect(result.outcome).toBe('crisis');
    expect(outcomeBody(en, result)).toBe(en.crisisExcluded);
    expect(outcomeBody(es, result)).toBe(es.crisisExcluded);
    expect(reasonsHeading(en, result)).toBe('Why:');
    expect(reasonsHeading(es, result)).toBe('Por qué:');
    for (const strings of [en, es]) {
      // The crisis resources come first; the text is calm and promises no treatment here.
      expect(strings.crisisExcluded).toContain(strings.outcomes.crisis.body.split('.').slice(0, 2).join('.'));
      expect(strings.crisisExcluded).not.toContain(strings.outcomes.crisis.body);
    }
    expect(en.crisisExcluded).not.toMatch(/what comes next|the clinic can talk/);
    expect(en.crisisExcluded).toContain('this clinic likely can’t offer you treatment');
    expect(es.crisisExcluded).toContain('es probable que esta clínica no pueda ofrecerle tratamiento');
    expect(es.crisisExcluded).not.toMatch(/(?<!\p{L})(tú|tu|te|llama|puedes)(?!\p{L})/u);
  });

  it('keeps the usual crisis text when nothing is ruled out', () => {
    const result = evaluateEligibility({ ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect(outcomeBody(en, result)).toBe(en.outcomes.crisis.body);
    expect(outcomeBody(es, result)).toBe(es.outcomes.crisis.body);
  });

  it.each([
    ['en', en, 'Why:\n- The clinic does not offer treatment where you live.'],
    ['es', es, `Por qué:\n- ${es.reasons.region}`],
  ] as const)('%s: the copied summary lists why after the crisis lines', (lang, strings, why) => {
    const result = evaluateEligibility(
      {
        age: 40,
        region: 'other',
        pregnant: false,
        phq9: [null, null, null, null, null, null, null, null, 2],
      } as EligibilityAnswers,
      { ...DEFAULT_RULES, regions: ['US-CA'] },
    );
    const text = summaryText(strings, result, 18, date, lang);
    expect(text).toContain(why);
    expect(text.indexOf(strings.crisis.notMonitored)).toBeLessThan(text.indexOf(why));
  });
});
