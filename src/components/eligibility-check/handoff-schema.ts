/**
 * The JSON Schema (2020-12) of the hand-off body, published as `ketamine-clinic-elements/handoff.schema.json`
 * (written from this object at build time). Its lists of values come from the same constants the widget uses;
 * the unit tests check its keys against the `HandoffPayload` type, both ways.
 */
import { DIAGNOSES, HEALTH_ITEMS, TREATMENTS, TRIALS } from './answers.js';
import { GAD7_LENGTH, PHQ9_LENGTH } from './instruments.js';
import { CONTACT_TIMES, HANDOFF_SCHEMA_VERSION, UTM_KEYS } from './handoff.js';
import { GAD7_BANDS, PHQ9_BANDS } from './instruments.js';
import { OUTCOMES, RULE_IDS } from './rules.js';

const text = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });
/** An instant as `Date.prototype.toISOString()` writes it (UTC). */
const instant = (description: string) =>
  text(description, { format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$' });
const language = (description: string) => text(description, { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' });
const answer = {
  enum: [0, 1, 2, 3],
  description: '0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day.',
};
const items = (length: number, description: string) => ({
  type: 'array',
  description,
  items: { enum: [0, 1, 2, 3, null] },
  minItems: length,
  maxItems: length,
});
const closed = (properties: Record<string, unknown>, required: string[], description: string) => ({
  type: 'object',
  description,
  properties,
  required,
  additionalProperties: false,
});
const choices = (values: readonly string[], description: string) => ({
  type: 'array',
  description,
  items: { enum: [...values] },
  uniqueItems: true,
});

/** The JSON Schema of {@link HandoffPayload} (schema version {@link HANDOFF_SCHEMA_VERSION}). */
export const HANDOFF_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:ketamine-clinic-elements:handoff:${HANDOFF_SCHEMA_VERSION}`,
  title: 'Eligibility screening hand-off',
  ...closed(
    {
      schemaVersion: {
        const: HANDOFF_SCHEMA_VERSION,
        description: 'The version of this schema; it changes with any change to the body.',
      },
      id: text('The submission id, also sent as the Idempotency-Key header: the same on every retry of one submission.', {
        pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
      }),
      submittedAt: instant('When the patient pressed Send.'),
      locale: language('The language the patient read the screening in.'),
      clinic: text('The clinic’s name, when it set one.'),
      consent: closed(
        {
          text: text('The consent text, exactly as shown next to the box the patient ticked.', { minLength: 1 }),
          version: text('Which wording of the consent this is; a new wording in any language gets a new version.', {
            minLength: 1,
          }),
          sha256: text('SHA-256 of `text` (its UTF-8 bytes), lowercase hex.', { pattern: '^[0-9a-f]{64}$' }),
          language: language('The language the consent text was shown in.'),
          agreedAt: instant('When the patient ticked the box.'),
        },
        ['text', 'version', 'sha256', 'language', 'agreedAt'],
        'What the patient agreed to.',
      ),
      contact: {
        ...closed(
          {
            name: text('The patient’s name.', { minLength: 1 }),
            email: text('An email address, or empty.'),
            phone: text('A phone number as typed, or empty.'),
            time: { enum: [...CONTACT_TIMES], description: 'When the patient would like to be contacted.' },
          },
          ['name', 'email', 'phone', 'time'],
          'How to reach the patient: an email address, a phone number, or both.',
        ),
        anyOf: [
          { properties: { email: { type: 'string', minLength: 1 } } },
          { properties: { phone: { type: 'string', minLength: 1 } } },
        ],
      },
      outcome: { enum: [...OUTCOMES], description: 'The screening’s result.' },
      reasons: {
        type: 'array',
        description: 'Why the outcome was reached: the rule, the answer behind it, and what the rule does.',
        items: closed(
          {
            rule: { enum: [...RULE_IDS, 'selfHarm'] },
            answer: text('The answer’s path, e.g. `health.liver` or `phq9.9`.'),
            action: { enum: ['crisis', 'exclude', 'review'] },
          },
          ['rule', 'answer', 'action'],
          'One reason.',
        ),
      },
      scores: closed(
        {
          gad7: closed(
            { score: { type: 'integer', minimum: 0, maximum: GAD7_LENGTH * 3 }, band: { enum: [...GAD7_BANDS] } },
            ['score', 'band'],
            'The GAD-7 total and its severity band; absent when the screening ended before the GAD-7.',
          ),
          phq9: closed(
            {
              score: { type: 'integer', minimum: 0, maximum: PHQ9_LENGTH * 3 },
              band: { enum: [...PHQ9_BANDS] },
              selfHarm: { type: 'boolean', description: 'PHQ-9 item 9 answered above “Not at all”.' },
            },
            ['score', 'band', 'selfHarm'],
            'The PHQ-9 total; present when all nine items were asked and answered.',
          ),
        },
        [],
        'The instruments’ totals.',
      ),
      answers: closed(
        {
          age: { type: 'integer', minimum: 0, maximum: 120, description: 'Age in whole years.' },
          region: text('An ISO 3166-2 region served by the clinic, or `other`; asked only when the clinic sets regions.'),
          pregnant: { type: 'boolean', description: 'Pregnant or breastfeeding.' },
          gad7: items(GAD7_LENGTH, 'The GAD-7 answers in order (0–3), null for an item not answered.'),
          difficulty: { ...answer, description: 'The unscored difficulty item: 0 not difficult at all … 3 extremely difficult.' },
          phq9: items(PHQ9_LENGTH, 'The PHQ-9 answers in order; when the clinic asks only item 9, the others are null.'),
          diagnoses: choices(DIAGNOSES, 'Diagnoses the patient was told of.'),
          treatments: choices(TREATMENTS, 'Treatments tried.'),
          trials: { enum: [...TRIALS], description: 'Medicines tried for an adequate time: 0, 1, or 2 meaning two or more.' },
          prescriber: { type: 'boolean', description: 'Currently sees a prescriber for their mental health.' },
          health: closed(
            Object.fromEntries(HEALTH_ITEMS.map((item) => [item, { type: 'boolean' }])),
            [],
            'The health screen: true where a condition or medicine applies.',
          ),
        },
        [],
        'The patient’s answers, as the `answers` property holds them.',
      ),
      utm: closed(
        Object.fromEntries(UTM_KEYS.map((key) => [key, text('From the host page’s address.', { maxLength: 200 })])),
        [],
        'The host page’s campaign parameters; nothing else from its address travels.',
      ),
    },
    ['schemaVersion', 'id', 'submittedAt', 'locale', 'consent', 'contact', 'outcome', 'reasons', 'scores', 'answers', 'utm'],
    'The body <kc-eligibility-check> POSTs to a clinic’s endpoint (Content-Type application/json, with an Idempotency-Key header equal to `id`), and the `payload` of its kc-submit event.',
  ),
};
