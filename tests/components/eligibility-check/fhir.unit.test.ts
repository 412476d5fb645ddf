import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FHIR_QUESTIONNAIRE_IDS,
  fhirQuestionnaire,
  INSTRUMENT_COPYRIGHT,
  toFhirBundle,
  type FhirQuestionnaireItem,
} from '../../../src/components/eligibility-check/fhir.js';
import type { HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import en from '../../../src/components/eligibility-check/locales/en.js';
import { everyPayload, type PayloadCase } from './handoff-payloads.js';
import { validateResource } from './fhir-schema.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** The only LOINC codes verified in ../shared/clinical/interoperability.md. */
const VERIFIED_LOINC = ['44249-1', '44261-6', '69737-5', '70274-6'];

let cases: PayloadCase[];
beforeAll(async () => {
  cases = await everyPayload();
});

const bundleOf = (payload: HandoffPayload) => toFhirBundle(payload) as Json;
const resources = (bundle: Json, type?: string): Json[] =>
  bundle.entry.map((e: Json) => e.resource).filter((r: Json) => !type || r.resourceType === type);
const responseFor = (bundle: Json, id: string): Json =>
  resources(bundle, 'QuestionnaireResponse').find((r) => r.questionnaire.startsWith(fhirQuestionnaire(id as 'gad7').url))!;
/** Every item of a tree of items, groups included. */
const flatten = (items: Json[] = []): Json[] => items.flatMap((i) => [i, ...flatten(i.item)]);
/** Every coding anywhere in a value. */
function codings(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(codings);
  if (!value || typeof value !== 'object') return [];
  const object = value as Json;
  return [...(typeof object.system === 'string' && 'code' in object ? [object] : []), ...Object.values(object).flatMap(codings)];
}

describe('the FHIR R4 schema the tests validate with', () => {
  it.each([
    ['an unknown field', (r: Json) => (r.colour = 'blue')],
    ['a status FHIR does not define', (r: Json) => (r.status = 'done')],
    ['an empty string', (r: Json) => (r.item[0].text = '')],
    ['an answer of a type FHIR does not define', (r: Json) => (r.item[0].item[0].answer = [{ valueScore: 1 }])],
    ['an authored time that is not a dateTime', (r: Json) => (r.authored = 'yesterday')],
  ])('refuses a QuestionnaireResponse with %s', (_, spoil) => {
    const response = structuredClone(responseFor(bundleOf(cases[0]!.payload), 'gad7'));
    expect(validateResource(response)).toEqual([]);
    spoil(response);
    expect(validateResource(response)).not.toEqual([]);
  });
});

describe('our FHIR Questionnaires', () => {
  it.each(FHIR_QUESTIONNAIRE_IDS)('%s is a valid FHIR R4 Questionnaire', (id) => {
    expect(validateResource(fhirQuestionnaire(id))).toEqual([]);
  });

  it('carry the instruments’ published wording verbatim, with their copyright line and panel codes', () => {
    const gad7 = fhirQuestionnaire('gad7');
    const phq9 = fhirQuestionnaire('phq9');
    const items = (q: { item: FhirQuestionnaireItem[] }): Json[] => flatten(q.item as never);
    expect(items(gad7).map((i) => i.text)).toEqual([en.gad7.stem, ...en.gad7.items, en.gad7.difficulty]);
    expect(items(phq9).map((i) => i.text)).toEqual([en.phq9.stem, ...en.phq9.items]);
    expect(items(gad7)[1]!.answerOption.map((o: Json) => o.valueCoding.display)).toEqual([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    expect(
      items(gad7)
        .at(-1)!
        .answerOption.map((o: Json) => o.valueCoding.display),
    ).toEqual(en.gad7.difficultyScale);
    for (const q of [gad7, phq9]) {
      expect(q.copyright).toBe(INSTRUMENT_COPYRIGHT);
      expect(q.copyright).toMatch(/Pfizer Inc\. No permission required to reproduce, translate, display or distribute\.$/);
    }
    expect(gad7.code).toEqual([
      { system: 'http://loinc.org', code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
    ]);
    expect(phq9.code).toEqual([
      { system: 'http://loinc.org', code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
    ]);
    // Items are identified by our linkIds only: no item-level LOINC codes.
    for (const id of FHIR_QUESTIONNAIRE_IDS)
      for (const item of items(fhirQuestionnaire(id))) expect(item).not.toHaveProperty('code');
  });

  it('are the files the package ships (ketamine-clinic-elements/fhir/<id>.questionnaire.json), once built', () => {
    const dist = new URL('../../../dist/fhir/', import.meta.url);
    for (const id of FHIR_QUESTIONNAIRE_IDS) {
      let shipped: string;
      try {
        shipped = readFileSync(new URL(`${id}.questionnaire.json`, dist), 'utf8');
      } catch {
        return; // not built yet: tests/package checks the built package
      }
      expect(JSON.parse(shipped)).toEqual(fhirQuestionnaire(id));
    }
  });
});

describe('toFhirBundle', () => {
  it('gives a transaction Bundle whose every resource is valid FHIR R4, for every payload the widget sends', () => {
    for (const { label, payload } of cases) {
      const bundle = bundleOf(payload);
      expect(validateResource(bundle), label).toEqual([]);
      for (const resource of resources(bundle))
        expect(validateResource(resource), `${label}: ${resource.resourceType}`).toEqual([]);
      expect(bundle.type).toBe('transaction');
    }
  });

  it('holds a Patient, a QuestionnaireResponse per instrument asked and one for the screening, and an Observation per total', () => {
    for (const { label, payload } of cases) {
      const bundle = bundleOf(payload);
      const asked = [...(payload.answers.gad7 ? ['gad7'] : []), ...(payload.scores.phq9 ? ['phq9'] : []), 'screening'];
      expect(
        resources(bundle, 'QuestionnaireResponse').map((r) => r.questionnaire),
        label,
      ).toEqual(asked.map((id) => `${fhirQuestionnaire(id as 'gad7').url}|1`));
      expect(resources(bundle, 'Patient'), label).toHaveLength(1);
      const totals = resources(bundle, 'Observation');
      expect(
        totals.map((o) => [o.code.coding[0].code, o.valueInteger]),
        label,
      ).toEqual([
        ...(payload.scores.gad7 ? [['70274-6', payload.scores.gad7.score]] : []),
        ...(payload.scores.phq9 ? [['44261-6', payload.scores.phq9.score]] : []),
      ]);
      for (const coding of codings(bundle).filter((c) => c.system === 'http://loinc.org'))
        expect(VERIFIED_LOINC, label).toContain(coding.code);
    }
  });

  it('answers every item by a linkId of our Questionnaires, with its text and an answer it allows', () => {
    for (const { label, payload } of cases) {
      for (const response of resources(bundleOf(payload), 'QuestionnaireResponse')) {
        const id = FHIR_QUESTIONNAIRE_IDS.find((q) => response.questionnaire === `${fhirQuestionnaire(q).url}|1`)!;
        const defined = new Map(flatten(fhirQuestionnaire(id).item as never).map((i: Json) => [i.linkId, i]));
        for (const item of flatten(response.item)) {
          const definition = defined.get(item.linkId)!;
          expect(definition, `${label}: ${id} ${item.linkId}`).toBeDefined();
          expect(item.text).toBe(definition.text);
          for (const answer of item.answer ?? [])
            if (answer.valueCoding)
              expect(definition.answerOption.map((o: Json) => o.valueCoding)).toContainEqual(answer.valueCoding);
        }
      }
    }
  });

  it('carries the answers, the result, the contact details and the consent receipt', () => {
    const { payload } = cases.find((c) => c.payload.outcome === 'review' && c.payload.scores.phq9 && c.payload.locale === 'es')!;
    const bundle = bundleOf(payload);
    const answers = (id: string) =>
      Object.fromEntries(
        flatten(responseFor(bundle, id).item)
          .filter((i) => i.answer)
          .map((i) => [i.linkId, i.answer.map((a: Json) => Object.values(a)[0])]),
      );
    const gad7 = answers('gad7');
    expect(payload.answers.gad7!.map((_, i) => gad7[`gad7.${i + 1}`][0].code)).toEqual(payload.answers.gad7!.map(String));
    expect(gad7.difficulty[0].code).toBe(String(payload.answers.difficulty));
    const phq9 = answers('phq9');
    expect(Object.keys(phq9)).toHaveLength(9);
    const screening = answers('screening');
    expect(screening).toMatchObject({
      age: [payload.answers.age],
      'health.liver': [true],
      'health.benzodiazepines': [true],
      'health.psychosis': [false],
      prescriber: [true],
      'consent.text': [payload.consent.text],
      'consent.sha256': [payload.consent.sha256],
      'consent.version': [payload.consent.version],
      'consent.language': ['es'],
      'consent.agreedAt': [payload.consent.agreedAt],
    });
    expect(screening.outcome[0].code).toBe('review');
    expect(screening.diagnoses.map((c: Json) => c.code)).toEqual(payload.answers.diagnoses);
    expect(screening.reasons).toEqual(payload.reasons.map((r) => `${r.action}: ${r.rule} (${r.answer})`));
    // PHQ-9 item 9 is with the PHQ-9 when it was asked.
    expect(screening).not.toHaveProperty('phq9.9');
    const [patient] = resources(bundle, 'Patient');
    expect(patient!.name).toEqual([{ text: payload.contact.name }]);
    expect(patient!.telecom).toEqual([{ system: 'phone', value: payload.contact.phone }]);
    expect(patient!.communication).toEqual([
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] }, preferred: true },
    ]);
  });

  it('puts PHQ-9 item 9 with the screening when the clinic asks only the GAD-7', () => {
    const { payload } = cases.find((c) => c.payload.outcome === 'crisis' && !c.payload.scores.phq9)!;
    const bundle = bundleOf(payload);
    expect(responseFor(bundle, 'phq9')).toBeUndefined();
    const item9 = flatten(responseFor(bundle, 'screening').item).find((i) => i.linkId === 'phq9.9')!;
    expect(item9.answer).toEqual([{ valueCoding: expect.objectContaining({ code: '2', display: 'More than half the days' }) }]);
  });

  it('makes each entry a conditional create on the submission id, and references between entries resolve', () => {
    const { payload } = cases[0]!;
    const bundle = bundleOf(payload);
    const urls = bundle.entry.map((e: Json) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of bundle.entry) {
      expect(entry.request).toMatchObject({ method: 'POST', url: entry.resource.resourceType });
      expect(decodeURIComponent(entry.request.ifNoneExist)).toContain(payload.id);
    }
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g)!;
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(urls).toContain(reference.slice(13, -1));
  });

  it('is pure: the same payload gives the same Bundle, and the payload is left as it was', () => {
    const { payload } = cases[1]!;
    const before = structuredClone(payload);
    expect(JSON.stringify(toFhirBundle(payload))).toBe(JSON.stringify(toFhirBundle(payload)));
    expect(payload).toEqual(before);
  });

  it('refuses a payload whose id is not a UUID', () => {
    expect(() => toFhirBundle({ ...cases[0]!.payload, id: 'x' })).toThrow(RangeError);
  });
});
