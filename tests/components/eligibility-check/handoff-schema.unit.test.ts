import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import type { ConsentReceipt, HandoffContact, HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import { HANDOFF_SCHEMA } from '../../../src/components/eligibility-check/handoff-schema.js';
import type { Gad7Score, Phq9Score } from '../../../src/components/eligibility-check/instruments.js';
import type { EligibilityReason, EligibilityScores } from '../../../src/components/eligibility-check/rules.js';
import { everyPayload, type PayloadCase } from './handoff-payloads.js';

/**
 * Every key of a type, and whether it is required or optional there. A keyed list written `satisfies Presence<T>`
 * must name every key of T, no other, each with its presence: the compiler checks the list against the type, and
 * the tests below check the schema against the list.
 */
type Presence<T> = { [K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required' };

const PAYLOAD = {
  schemaVersion: 'required',
  id: 'required',
  submittedAt: 'required',
  locale: 'required',
  clinic: 'optional',
  consent: 'required',
  contact: 'required',
  outcome: 'required',
  reasons: 'required',
  scores: 'required',
  answers: 'required',
  utm: 'required',
} as const satisfies Presence<HandoffPayload>;
const CONSENT = {
  text: 'required',
  version: 'required',
  sha256: 'required',
  language: 'required',
  agreedAt: 'required',
} as const satisfies Presence<ConsentReceipt>;
const CONTACT = {
  name: 'required',
  email: 'required',
  phone: 'required',
  time: 'required',
} as const satisfies Presence<HandoffContact>;
const REASON = { rule: 'required', answer: 'required', action: 'required' } as const satisfies Presence<EligibilityReason>;
const SCORES = { gad7: 'optional', phq9: 'optional' } as const satisfies Presence<EligibilityScores>;
const GAD7 = { score: 'required', band: 'required' } as const satisfies Presence<Gad7Score>;
const PHQ9 = { score: 'required', band: 'required', selfHarm: 'required' } as const satisfies Presence<Phq9Score>;
const ANSWERS = {
  age: 'optional',
  region: 'optional',
  pregnant: 'optional',
  gad7: 'optional',
  difficulty: 'optional',
  phq9: 'optional',
  diagnoses: 'optional',
  treatments: 'optional',
  trials: 'optional',
  prescriber: 'optional',
  health: 'optional',
} as const satisfies Presence<EligibilityAnswers>;
const HEALTH = {
  psychosis: 'optional',
  psychosisFamily: 'optional',
  bipolar: 'optional',
  hypertension: 'optional',
  aneurysm: 'optional',
  brainBleed: 'optional',
  heart: 'optional',
  liver: 'optional',
  substance: 'optional',
  ketamineReaction: 'optional',
  seizures: 'optional',
  breathingEyeThyroid: 'optional',
  bladder: 'optional',
  benzodiazepines: 'optional',
  lamotrigine: 'optional',
  maoi: 'optional',
  stimulants: 'optional',
} as const satisfies Presence<NonNullable<EligibilityAnswers['health']>>;
const UTM = {
  utm_source: 'optional',
  utm_medium: 'optional',
  utm_campaign: 'optional',
  utm_term: 'optional',
  utm_content: 'optional',
} as const satisfies Presence<HandoffPayload['utm']>;

interface ObjectSchema {
  properties: Record<string, ObjectSchema & { items?: ObjectSchema }>;
  required: string[];
  additionalProperties: boolean;
}
const schema = HANDOFF_SCHEMA as unknown as ObjectSchema;
const props = schema.properties;

let cases: PayloadCase[];
let validate: ReturnType<Ajv2020['compile']>;
beforeAll(async () => {
  cases = await everyPayload();
  validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(HANDOFF_SCHEMA);
});

describe('handoff.schema.json (JSON Schema 2020-12)', () => {
  it('is a valid 2020-12 schema that compiles in strict mode', () => {
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    expect(ajv.validateSchema(HANDOFF_SCHEMA), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts every payload the widget sends: each outcome, each instrument choice, English and Spanish, with and without UTM', () => {
    expect(cases).toHaveLength(4 * 2 * 2 * 2);
    const seen = new Set<string>();
    for (const { label, payload } of cases) {
      expect(validate(payload), `${label}: ${JSON.stringify(validate.errors)}`).toBe(true);
      seen.add(payload.outcome);
      expect(payload.schemaVersion).toBe(1);
    }
    expect([...seen].sort()).toEqual(['crisis', 'eligible', 'ineligible', 'review']);
    // Every optional field appears in some payload, so none is left unchecked.
    const all = cases.map((c) => c.payload);
    for (const key of Object.keys(PAYLOAD))
      expect(
        all.some((p) => key in p),
        key,
      ).toBe(true);
    for (const key of Object.keys(ANSWERS))
      expect(
        all.some((p) => key in p.answers),
        `answers.${key}`,
      ).toBe(true);
    for (const key of Object.keys(SCORES))
      expect(
        all.some((p) => key in p.scores),
        `scores.${key}`,
      ).toBe(true);
    for (const key of Object.keys(UTM))
      expect(
        all.some((p) => key in p.utm),
        `utm.${key}`,
      ).toBe(true);
  });

  it.each([
    ['without schemaVersion', (p: Record<string, unknown>) => delete p.schemaVersion],
    ['with another schemaVersion', (p: Record<string, unknown>) => (p.schemaVersion = 2)],
    ['with a field it does not know', (p: Record<string, unknown>) => (p.extra = 1)],
    ['with a consent that is only a text', (p: Record<string, unknown>) => (p.consent = 'I agree')],
    ['with a consent hash that is not SHA-256 hex', (p: HandoffPayload) => (p.consent.sha256 = 'abc')],
    ['with no way to reach the patient', (p: HandoffPayload) => (p.contact = { ...p.contact, email: '', phone: '' })],
    ['with an unknown outcome', (p: Record<string, unknown>) => (p.outcome = 'maybe')],
    ['with a GAD-7 of six answers', (p: HandoffPayload) => (p.answers.gad7 = [0, 0, 0, 0, 0, 0])],
    ['with an answer of 4', (p: HandoffPayload) => (p.answers.phq9 = [4, 0, 0, 0, 0, 0, 0, 0, 0] as never)],
    ['with an unknown health item', (p: HandoffPayload) => ((p.answers.health as Record<string, boolean>).gout = true)],
    ['with a utm parameter it does not allow', (p: HandoffPayload) => ((p.utm as Record<string, string>).gclid = 'x')],
    ['with an id that is not a UUID', (p: HandoffPayload) => (p.id = 'x')],
    ['with a time that is not ISO 8601', (p: HandoffPayload) => (p.submittedAt = 'yesterday')],
  ])('refuses a payload %s', (_, spoil) => {
    const payload = structuredClone(cases[0]!.payload);
    spoil(payload as HandoffPayload & Record<string, unknown>);
    expect(validate(payload)).toBe(false);
  });

  it.each([
    ['HandoffPayload', schema, PAYLOAD],
    ['ConsentReceipt', props.consent!, CONSENT],
    ['HandoffContact', props.contact!, CONTACT],
    ['EligibilityReason', props.reasons!.items!, REASON],
    ['EligibilityScores', props.scores!, SCORES],
    ['Gad7Score', props.scores!.properties.gad7!, GAD7],
    ['Phq9Score', props.scores!.properties.phq9!, PHQ9],
    ['EligibilityAnswers', props.answers!, ANSWERS],
    ['health', props.answers!.properties.health!, HEALTH],
    ['utm', props.utm!, UTM],
  ])('has exactly the keys of %s, required where the type requires them, and no others', (_, object, keys) => {
    expect(Object.keys(object.properties).sort()).toEqual(Object.keys(keys).sort());
    const required = Object.entries(keys)
      .filter(([, presence]) => presence === 'required')
      .map(([key]) => key);
    expect([...object.required].sort()).toEqual(required.sort());
    expect(object.additionalProperties).toBe(false);
  });
});
