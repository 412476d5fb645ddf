import { describe, expect, it } from 'vitest';
import {
  answerAt,
  flowSteps,
  HEALTH_ITEMS,
  missingAnswers,
  parseInstruments,
  parseYears,
  QUESTION_STEPS,
  questionsOf,
  STEPS,
  validateAnswers,
  withAnswer,
  type FlowOptions,
} from '../../../src/components/eligibility-check/answers.js';
import { eligibleAnswers } from './fixtures.js';

const full: FlowOptions = { instruments: ['gad7', 'phq9'], regions: ['US-CA'] };
const lean: FlowOptions = { instruments: ['gad7'], regions: [] };

describe('questionsOf', () => {
  it('asks age, region (only when the clinic has regions) and pregnancy first', () => {
    expect(questionsOf('about', full)).toEqual(['age', 'region', 'pregnant']);
    expect(questionsOf('about', lean)).toEqual(['age', 'pregnant']);
  });

  it('asks the seven GAD-7 items (the difficulty item is optional)', () => {
    expect(questionsOf('anxiety', full)).toEqual(['gad7.1', 'gad7.2', 'gad7.3', 'gad7.4', 'gad7.5', 'gad7.6', 'gad7.7']);
  });

  it('asks all nine PHQ-9 items, or only item 9 when the clinic leaves the PHQ-9 out: the self-harm question is always asked', () => {
    expect(questionsOf('mood', full)).toHaveLength(9);
    expect(questionsOf('mood', lean)).toEqual(['phq9.9']);
  });

  it('asks only item 9 on the mood step after a first step that ends the screening, whatever the instruments', () => {
    expect(questionsOf('mood', { ...full, endsEarly: true })).toEqual(['phq9.9']);
    expect(questionsOf('mood', { ...lean, endsEarly: true })).toEqual(['phq9.9']);
    expect(questionsOf('mood', { ...full, endsEarly: false })).toHaveLength(9);
    expect(missingAnswers({ age: 15, pregnant: false }, 'mood', { ...full, endsEarly: true })).toEqual(['phq9.9']);
    expect(
      missingAnswers({ phq9: [null, null, null, null, null, null, null, null, 0] }, 'mood', { ...full, endsEarly: true }),
    ).toEqual([]);
  });

  it('asks treatment history and every health item', () => {
    expect(questionsOf('history', full)).toEqual(['trials', 'prescriber']);
    expect(questionsOf('health', full)).toEqual(HEALTH_ITEMS.map((i) => `health.${i}`));
    expect(HEALTH_ITEMS).toHaveLength(17);
  });

  it('asks nothing on the result and hand-off', () => {
    expect(questionsOf('result', full)).toEqual([]);
    expect(questionsOf('handoff', full)).toEqual([]);
  });

  it('lists the steps in order, question steps first', () => {
    expect(STEPS).toEqual(['about', 'anxiety', 'mood', 'history', 'health', 'result', 'handoff']);
    expect(STEPS.slice(0, 5)).toEqual([...QUESTION_STEPS]);
  });
});

describe('flowSteps', () => {
  it('goes through every step while the first step does not end the screening', () => {
    expect(flowSteps(STEPS, false)).toEqual([...STEPS]);
  });

  it('still asks the self-harm question (the mood step) before the result when the first step ends the screening', () => {
    expect(flowSteps(STEPS, true)).toEqual(['about', 'mood', 'result', 'handoff']);
    expect(flowSteps(['about', 'anxiety', 'mood', 'history', 'health', 'result'], true)).toEqual(['about', 'mood', 'result']);
  });
});

describe('answerAt and withAnswer', () => {
  it('read and write answers by path, without changing the original', () => {
    const before = {};
    const a = withAnswer(withAnswer(withAnswer(before, 'gad7.3', 2), 'health.liver', true), 'age', 40);
    expect(before).toEqual({});
    expect(a).toEqual({ gad7: [null, null, 2, null, null, null, null], health: { liver: true }, age: 40 });
    expect(answerAt(a, 'gad7.3')).toBe(2);
    expect(answerAt(a, 'gad7.1')).toBeNull();
    expect(answerAt(a, 'health.liver')).toBe(true);
    expect(answerAt(a, 'health.heart')).toBeUndefined();
    expect(answerAt(a, 'phq9.9')).toBeUndefined();
    const b = withAnswer(a, 'phq9.9', 1);
    expect(b.phq9).toEqual([null, null, null, null, null, null, null, null, 1]);
    expect(withAnswer(b, 'age', undefined)).not.toHaveProperty('age');
    expect(withAnswer(b, 'gad7.3', undefined).gad7![2]).toBeNull();
  });
});

describe('missingAnswers', () => {
  it('lists every required question of a step that has no answer, in order', () => {
    expect(missingAnswers({}, 'about', full)).toEqual(['age', 'region', 'pregnant']);
    expect(missingAnswers({ age: 30, pregnant: false }, 'about', full)).toEqual(['region']);
    expect(missingAnswers({ gad7: [0, 1, null, 2, null, 0, 0] }, 'anxiety', full)).toEqual(['gad7.3', 'gad7.5']);
  });

  it('finds nothing missing in a complete screening', () => {
    for (const step of QUESTION_STEPS) expect(missingAnswers({ ...eligibleAnswers(), region: 'US-CA' }, step, full)).toEqual([]);
  });

  it('counts 0 and false as answers', () => {
    expect(missingAnswers({ trials: 0, prescriber: false }, 'history', full)).toEqual([]);
  });
});

describe('validateAnswers', () => {
  it('keeps a complete, valid set as it is', () => {
    const answers = { ...eligibleAnswers(), region: 'US-CA' };
    expect(validateAnswers(answers)).toEqual({ answers, errors: [] });
    expect(validateAnswers({ region: 'other' }).errors).toEqual([]);
  });

  it.each([
    [{ age: 17.5 }, 'answers.age', /must be an age in whole years/],
    [{ age: -3 }, 'answers.age', /must be an age/],
    [{ age: '34' }, 'answers.age', /must be an age/],
    [{ region: 'California' }, 'answers.region', /must be an ISO 3166-2 code/],
    [{ pregnant: 'no' }, 'answers.pregnant', /must be true or false/],
    [{ prescriber: 1 }, 'answers.prescriber', /must be true or false/],
    [{ difficulty: 4 }, 'answers.difficulty', /must be an answer from 0 to 3/],
    [{ trials: 5 }, 'answers.trials', /must be 0, 1 or 2/],
    [{ gad7: [1, 2, 3] }, 'answers.gad7', /must be an array of 7 answers/],
    [{ gad7: [0, 0, 9, 0, 0, 0, 0] }, 'answers.gad7[2]', /must be an answer from 0 to 3, or null/],
    [{ phq9: 'none' }, 'answers.phq9', /must be an array of 9 answers/],
    [{ diagnoses: 'gad' }, 'answers.diagnoses', /must be an array of gad, social/],
    [{ diagnoses: ['gad', 'flu'] }, 'answers.diagnoses', /may hold only gad, social/],
    [{ treatments: ['ketamine'] }, 'answers.treatments', /may hold only ssri, medication, therapy/],
    [{ health: { liver: 'yes' } }, 'answers.health.liver', /must be true or false/],
    [{ health: { cold: true } }, 'answers.health.cold', /is not a health item/],
    [{ health: 3 }, 'answers.health', /must be an object of yes\/no answers/],
    [{ favouriteColour: 'blue' }, 'answers.favouriteColour', /is not an answer of this screening/],
  ])('refuses %j, naming %s', (input, path, message) => {
    const { errors } = validateAnswers(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(path);
    expect(errors[0]!.message).toMatch(message);
  });

  it('keeps every valid answer when one is invalid, so a prefill loses nothing else', () => {
    const { answers, errors } = validateAnswers({
      age: 40,
      gad7: [1, 1, 7, 1, 1, 1, 1],
      diagnoses: ['gad', 'flu'],
      health: { liver: true, cold: true },
    });
    expect(answers).toEqual({ age: 40, gad7: [1, 1, null, 1, 1, 1, 1], diagnoses: ['gad'], health: { liver: true } });
    expect(errors.map((e) => e.path)).toEqual(['answers.gad7[2]', 'answers.diagnoses', 'answers.health.cold']);
  });

  it('never repeats a value in its messages (they are logged, and answers must not reach the console)', () => {
    const { errors } = validateAnswers({
      age: 'thirty-four',
      region: 'Fresno',
      pregnant: 'maybe',
      gad7: [0, 0, 'often', 0, 0, 0, 0],
      diagnoses: ['insomnia'],
      health: { liver: 'cirrhosis' },
    });
    expect(errors).toHaveLength(6);
    for (const word of ['thirty-four', 'Fresno', 'maybe', 'often', 'insomnia', 'cirrhosis'])
      expect(errors.map((e) => e.message).join(' ')).not.toContain(word);
  });

  it('removes duplicate choices', () => {
    expect(validateAnswers({ diagnoses: ['gad', 'gad', 'ptsd'] }).answers.diagnoses).toEqual(['gad', 'ptsd']);
  });

  it.each([null, 'answers', 42, [1]])('refuses %j as a whole', (input) => {
    expect(validateAnswers(input)).toEqual({
      answers: {},
      errors: [{ path: 'answers', message: expect.stringMatching(/must be an object/) }],
    });
  });
});

describe('validateAnswers never throws: an answer it cannot read is left out and named, the others kept', () => {
  const boom = () => {
    throw new Error('hostile');
  };
  const getter = (key: string, rest: object = {}) => Object.defineProperty({ ...rest }, key, { enumerable: true, get: boom });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  /** An array to Array.isArray that throws when read. */
  const throwingArray = new Proxy([1, 1, 1, 1, 1, 1, 1], { get: boom });
  class Answers7 extends Array<number> {}

  it.each([
    ['a getter that throws', getter('gad7', { age: 40 }), 'answers.gad7', { age: 40 }],
    ['a Proxy whose keys throw', new Proxy({ age: 40 }, { ownKeys: boom }), 'answers', {}],
    ['a Proxy whose reads throw', new Proxy({ age: 40 }, { get: boom }), 'answers.age', {}],
    ['a revoked Proxy', revoked.proxy, 'answers', {}],
    ['an array that throws when read', { age: 40, gad7: throwingArray }, 'answers.gad7', { age: 40 }],
    [
      'a list that throws when read',
      { pregnant: false, diagnoses: new Proxy(['gad'], { get: boom }) },
      'answers.diagnoses',
      { pregnant: false },
    ],
    [
      'a health answer behind a throwing getter',
      { health: getter('liver', { heart: false }) },
      'answers.health.liver',
      { health: { heart: false } },
    ],
    ['health behind a revoked Proxy', { age: 40, health: revoked.proxy }, 'answers.health', { age: 40 }],
  ] as [string, unknown, string, object][])('%s', (_, input, path, kept) => {
    let checked: ReturnType<typeof validateAnswers> | undefined;
    expect(() => (checked = validateAnswers(input))).not.toThrow();
    expect(checked!.answers).toEqual(kept);
    expect(checked!.errors).toEqual([{ path, message: expect.stringMatching(/could not be read/) }]);
  });

  it('says one thing of an answer that throws half-way, not what it read before', () => {
    const halfway = new Proxy([0, 9, 0, 0, 0, 0, 0], { get: (target, key) => (key === '4' ? boom() : Reflect.get(target, key)) });
    expect(validateAnswers({ gad7: halfway })).toEqual({
      answers: {},
      errors: [{ path: 'answers.gad7', message: expect.stringMatching(/could not be read/) }],
    });
  });

  it('keeps plain copies: no Proxy, getter or Array subclass of the host stays in the answers', () => {
    const gad7 = Answers7.from([1, 1, 1, 1, 1, 1, 1]);
    const { answers } = validateAnswers({ gad7, diagnoses: new Proxy(['gad'], {}), health: new Proxy({ liver: false }, {}) });
    expect(answers).toEqual({ gad7: [1, 1, 1, 1, 1, 1, 1], diagnoses: ['gad'], health: { liver: false } });
    expect(Object.getPrototypeOf(answers.gad7)).toBe(Array.prototype);
    expect(structuredClone(answers)).toEqual(answers);
  });
});

describe('parseInstruments and parseYears', () => {
  it.each([
    ['gad7 phq9', ['gad7', 'phq9'], []],
    ['phq9,gad7', ['gad7', 'phq9'], []],
    ['gad7', ['gad7'], []],
    ['gad7 bdi  PHQ9', ['gad7'], ['bdi', 'PHQ9']],
    ['', [], []],
  ])('reads instruments="%s"', (value, instruments, unknown) => {
    expect(parseInstruments(value)).toEqual({ instruments, unknown });
  });

  it.each([
    ['34', 34],
    [' 18 ', 18],
    ['0', 0],
    ['120', 120],
    ['121', undefined],
    ['17.5', undefined],
    ['-3', undefined],
    ['thirty', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads years from %j as %j', (text, years) => {
    expect(parseYears(text)).toBe(years);
  });

  it('accepts only upper-case single region codes as an answer', () => {
    expect(validateAnswers({ region: 'US-CA' }).errors).toEqual([]);
    expect(validateAnswers({ region: 'us-ca' }).errors).toHaveLength(1);
    expect(validateAnswers({ region: 'US-CA US-NY' }).errors).toHaveLength(1);
  });
});

describe('validateAnswers with keys that Object.prototype has', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__'])('names "%s" as unknown instead of throwing', (key) => {
    const input = JSON.parse(`{"${key}": null, "age": 30}`);
    const { answers, errors } = validateAnswers(input);
    expect(answers).toEqual({ age: 30 });
    expect(errors.some((e) => e.path === `answers.${key}`) || key === '__proto__').toBe(true);
  });
});
