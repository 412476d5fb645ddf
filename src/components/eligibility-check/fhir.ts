/**
 * The hand-off as HL7 FHIR R4: our own `Questionnaire`s (GAD-7, PHQ-9 and the rest of the screening), shipped as
 * `ketamine-clinic-elements/fhir/<id>.questionnaire.json`, and {@link toFhirBundle}, which turns a hand-off payload
 * into a transaction `Bundle` of a `Patient`, a `QuestionnaireResponse` per instrument asked and one for the
 * screening, and an `Observation` per instrument total.
 *
 * LOINC codes only where verified (../shared/clinical/interoperability.md): the GAD-7 (69737-5) and PHQ-9 (44249-1)
 * panels on the Questionnaires, and their totals (70274-6, 44261-6) on the Observations. Items carry no LOINC codes:
 * they are identified by the `linkId`s of our Questionnaires, which are the answer paths of the JSON payload
 * (`gad7.3`, `health.liver`). Loaded with the hand-off step only when `handoff-format="fhir"`.
 */
import { DIAGNOSES, HEALTH_CONDITIONS, HEALTH_MEDICINES, TREATMENTS, TRIALS } from './answers.js';
import { answerAt } from './answers.js';
import { GAD7_LENGTH, PHQ9_LENGTH, SELF_HARM_INDEX } from './instruments.js';
import { CONTACT_TIMES, UTM_KEYS, type HandoffPayload } from './handoff.js';
import en from './locales/en.js';
import { OUTCOMES } from './rules.js';

/** Where our canonical URLs, code systems and identifier systems live (URNs: nothing is fetched from them). */
export const FHIR_NAMESPACE = 'urn:ketamine-clinic-elements:fhir';
/** The version of our Questionnaires; a response names it after its Questionnaire's URL (`url|version`). */
export const FHIR_QUESTIONNAIRE_VERSION = '1';
/** Our Questionnaires, by id. */
export const FHIR_QUESTIONNAIRE_IDS = ['gad7', 'phq9', 'screening'] as const;
export type FhirQuestionnaireId = (typeof FHIR_QUESTIONNAIRE_IDS)[number];

/** The copyright line both instruments are published with (Pfizer; free to reproduce). */
export const INSTRUMENT_COPYRIGHT =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

const LOINC = 'http://loinc.org';
const url = (kind: string, id: string) => `${FHIR_NAMESPACE}:${kind}:${id}`;
const codeSystem = (id: string) => url('CodeSystem', id);
/** The identifier system of every resource of a hand-off: its value is the submission id and the resource's part. */
export const FHIR_HANDOFF_IDENTIFIER_SYSTEM = url('NamingSystem', 'handoff');

type Json = Record<string, unknown>;
interface Coding {
  system: string;
  code: string;
  display: string;
}
/** A Questionnaire item, as far as we use them. */
export interface FhirQuestionnaireItem {
  linkId: string;
  text: string;
  type: 'group' | 'boolean' | 'integer' | 'string' | 'text' | 'choice' | 'dateTime';
  repeats?: boolean;
  item?: FhirQuestionnaireItem[];
  answerOption?: { valueCoding: Coding; extension?: Json[] }[];
}

const options = (system: string, entries: readonly (readonly [string | number, string])[], ordinal = false) =>
  entries.map(([code, display]) => ({
    ...(ordinal
      ? { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: Number(code) }] }
      : {}),
    valueCoding: { system: codeSystem(system), code: String(code), display },
  }));
const frequency = (scale: readonly string[]) =>
  options(
    'frequency',
    scale.map((text, i) => [i, text] as const),
    true,
  );
const choice = (
  linkId: string,
  text: string,
  answerOption: FhirQuestionnaireItem['answerOption'],
  repeats = false,
): FhirQuestionnaireItem => ({
  linkId,
  text,
  type: 'choice',
  ...(repeats ? { repeats } : {}),
  answerOption,
});
const group = (linkId: string, text: string, item: FhirQuestionnaireItem[]): FhirQuestionnaireItem => ({
  linkId,
  text,
  type: 'group',
  item,
});
const question = (linkId: string, text: string, type: FhirQuestionnaireItem['type']): FhirQuestionnaireItem => ({
  linkId,
  text,
  type,
});
const scaleItems = (name: 'gad7' | 'phq9', texts: readonly string[], scale: readonly string[]) =>
  texts.map((text, i) => choice(`${name}.${i + 1}`, text, frequency(scale)));

/** The items of each Questionnaire, from the instruments' published English wording (locales/en.ts). */
function questionnaireItems(id: FhirQuestionnaireId): FhirQuestionnaireItem[] {
  const { gad7, phq9 } = en;
  if (id === 'gad7')
    return [
      group('gad7', gad7.stem, scaleItems('gad7', gad7.items.slice(0, GAD7_LENGTH), gad7.scale)),
      choice(
        'difficulty',
        gad7.difficulty,
        options(
          'difficulty',
          gad7.difficultyScale.map((text, i) => [i, text] as const),
          true,
        ),
      ),
    ];
  if (id === 'phq9') return [group('phq9', phq9.stem, scaleItems('phq9', phq9.items.slice(0, PHQ9_LENGTH), phq9.scale))];
  const yesNo = (items: readonly (keyof typeof en.health)[]) =>
    items.map((item) => question(`health.${item}`, en.health[item], 'boolean'));
  return [
    group('about', en.steps.about, [
      question('age', en.age, 'integer'),
      question('region', en.region, 'string'),
      question('pregnant', en.pregnant, 'boolean'),
    ]),
    group('mood', 'PHQ-9 item 9, asked by itself when the clinic leaves the rest of the PHQ-9 out', [
      choice(`phq9.${SELF_HARM_INDEX + 1}`, `${phq9.stem} ${phq9.items[SELF_HARM_INDEX]!}`, frequency(phq9.scale)),
    ]),
    group('history', en.steps.history, [
      choice(
        'diagnoses',
        en.diagnoses,
        options(
          'diagnosis',
          DIAGNOSES.map((d) => [d, en.diagnosisLabels[d]] as const),
        ),
        true,
      ),
      choice(
        'treatments',
        en.treatments,
        options(
          'treatment',
          TREATMENTS.map((t) => [t, en.treatmentLabels[t]] as const),
        ),
        true,
      ),
      choice(
        'trials',
        en.trials,
        options(
          'trials',
          TRIALS.map((t) => [t, en.trialLabels[t]!] as const),
        ),
      ),
      question('prescriber', en.prescriber, 'boolean'),
    ]),
    group('conditions', en.conditions, yesNo(HEALTH_CONDITIONS)),
    group('medicines', en.medicines, yesNo(HEALTH_MEDICINES)),
    group('result', 'The screening’s result under the clinic’s rules (a screening, not a diagnosis)', [
      choice(
        'outcome',
        'Outcome',
        options(
          'outcome',
          OUTCOMES.map((o) => [o, en.outcomes[o].title] as const),
        ),
      ),
      { ...question('reasons', 'Reasons: what the rule does, the rule, and the answer behind it', 'string'), repeats: true },
    ]),
    group('contact', 'Contact', [
      choice(
        'contact.time',
        en.handoff.time,
        options(
          'contact-time',
          CONTACT_TIMES.map((t) => [t, en.handoff.times[t]] as const),
        ),
      ),
    ]),
    group('consent', 'Consent to send the answers to the clinic', [
      question('consent.text', 'The consent text, exactly as shown', 'text'),
      question('consent.version', 'Consent version', 'string'),
      question('consent.sha256', 'SHA-256 of the consent text (UTF-8), hex', 'string'),
      question('consent.language', 'Language the consent was shown in', 'string'),
      question('consent.agreedAt', 'When the patient agreed', 'dateTime'),
    ]),
    group(
      'utm',
      'Campaign parameters of the page the screening was on',
      UTM_KEYS.map((key) => question(`utm.${key}`, key, 'string')),
    ),
  ];
}

const TITLES: Record<FhirQuestionnaireId, string> = {
  gad7: 'Generalized Anxiety Disorder 7-item (GAD-7)',
  phq9: 'Patient Health Questionnaire 9-item (PHQ-9)',
  screening:
    'Ketamine treatment eligibility screening: about the patient, treatment history, health screen, result, contact and consent',
};
const PANELS: Partial<Record<FhirQuestionnaireId, Coding>> = {
  gad7: { system: LOINC, code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
  phq9: { system: LOINC, code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
};
const TOTALS = {
  gad7: { system: LOINC, code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  phq9: { system: LOINC, code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
} satisfies Record<'gad7' | 'phq9', Coding>;

/** A FHIR R4 `Questionnaire`, as far as ours use it. */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: FhirQuestionnaireId;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: ['Patient'];
  description: string;
  /** The instruments' copyright line, as published. */
  copyright?: string;
  /** The instrument's LOINC panel code. */
  code?: Coding[];
  item: FhirQuestionnaireItem[];
}

/** One of our Questionnaires, as shipped in `ketamine-clinic-elements/fhir/<id>.questionnaire.json`. */
export function fhirQuestionnaire(id: FhirQuestionnaireId): FhirQuestionnaire {
  const panel = PANELS[id];
  return {
    resourceType: 'Questionnaire',
    id,
    url: url('Questionnaire', id),
    version: FHIR_QUESTIONNAIRE_VERSION,
    name: id.toUpperCase(),
    title: TITLES[id],
    status: 'active',
    subjectType: ['Patient'],
    ...(panel
      ? {
          description: `The ${id === 'gad7' ? 'GAD-7 (Spitzer et al. 2006)' : 'PHQ-9 (Kroenke et al. 2001)'} as published, in English, as <kc-eligibility-check> asks it.`,
          copyright: INSTRUMENT_COPYRIGHT,
          code: [panel],
        }
      : { description: 'The questions of <kc-eligibility-check> other than the GAD-7 and the PHQ-9, and its result.' }),
    item: questionnaireItems(id),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The raw answers for one linkId: answer values, codes or texts (none when not answered). */
function valuesOf(payload: HandoffPayload, linkId: string): unknown[] {
  const [head, key] = linkId.split('.') as [string, string | undefined];
  let value: unknown;
  if (head === 'outcome') value = payload.outcome;
  else if (head === 'reasons') value = payload.reasons.map((r) => `${r.action}: ${r.rule} (${r.answer})`);
  else if (head === 'contact' || head === 'consent' || head === 'utm')
    value = (payload[head] as Record<string, unknown> | undefined)?.[key!];
  else value = answerAt(payload.answers, linkId);
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v) => v !== undefined && v !== null && v !== '');
}

/** The response items for a Questionnaire's items: each answered item with its text and answers, and each group with any. */
function responseItems(items: FhirQuestionnaireItem[], payload: HandoffPayload): Json[] {
  return items.flatMap((item): Json[] => {
    if (item.type === 'group') {
      const inner = responseItems(item.item ?? [], payload);
      return inner.length ? [{ linkId: item.linkId, text: item.text, item: inner }] : [];
    }
    const answer = valuesOf(payload, item.linkId).map((value) => {
      if (item.type === 'choice') {
        const option = item.answerOption!.find((o) => o.valueCoding.code === String(value));
        if (!option) throw new RangeError(`${item.linkId}: ${String(value)} is not one of its answers.`);
        return { valueCoding: option.valueCoding };
      }
      const type =
        { boolean: 'valueBoolean', integer: 'valueInteger', dateTime: 'valueDateTime' }[item.type as string] ?? 'valueString';
      return { [type]: value };
    });
    return answer.length ? [{ linkId: item.linkId, text: item.text, answer }] : [];
  });
}

/**
 * A hand-off payload as a FHIR R4 `Bundle` of type `transaction`, which a FHIR server accepts at its base URL and
 * stores all or nothing: a `Patient` (name, email, phone, the language they read), a `QuestionnaireResponse` for the GAD-7 and for the
 * PHQ-9 when they were asked, one for the rest of the screening (answers, result, contact time, consent receipt,
 * campaign parameters), and an `Observation` for each instrument's total (LOINC 70274-6, 44261-6). Every entry is a
 * conditional create (`ifNoneExist`) on an identifier made of the submission id, so a repeat of the same submission
 * creates nothing twice. Pure: the same payload gives the same Bundle.
 * @throws RangeError when `payload.id` is not a UUID, or an answer is not one its question allows.
 */
export function toFhirBundle(payload: HandoffPayload): Json {
  const { id, submittedAt } = payload;
  if (typeof id !== 'string' || !UUID.test(id))
    throw new RangeError('toFhirBundle needs a payload whose id is a UUID (as the widget makes it).');
  const entries: { part: string; type: string; resource: Json }[] = [];
  // Each entry's id within the Bundle: the submission id with its last byte counting the entries.
  const fullUrl = (n: number) => `urn:uuid:${id.slice(0, 34)}${n.toString(16).padStart(2, '0')}`;
  const identifier = (part: string) => ({ system: FHIR_HANDOFF_IDENTIFIER_SYSTEM, value: `${id}/${part}` });
  const add = (part: string, type: string, resource: Json) => {
    entries.push({ part, type, resource: { resourceType: type, ...resource } });
    return { reference: fullUrl(entries.length - 1) };
  };
  const { name, email, phone } = payload.contact;
  const telecom = [...(email ? [{ system: 'email', value: email }] : []), ...(phone ? [{ system: 'phone', value: phone }] : [])];
  const subject = add('patient', 'Patient', {
    identifier: [identifier('patient')],
    ...(name ? { name: [{ text: name }] } : {}),
    ...(telecom.length ? { telecom } : {}),
    // The language the patient read the screening in (the Questionnaires' texts are English).
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: payload.locale }] }, preferred: true }],
  });
  const answered = (values: readonly unknown[] | undefined) => !!values?.some((v) => v !== null && v !== undefined);
  const asked: FhirQuestionnaireId[] = [
    ...(answered(payload.answers.gad7) ? (['gad7'] as const) : []),
    ...(answered(payload.answers.phq9?.filter((_, i) => i !== SELF_HARM_INDEX)) ? (['phq9'] as const) : []),
    'screening',
  ];
  for (const questionnaire of asked) {
    let items = responseItems(questionnaireItems(questionnaire), payload);
    // PHQ-9 item 9 goes with the PHQ-9 when it was asked, else with the screening.
    if (questionnaire === 'screening' && asked.includes('phq9')) items = items.filter((item) => item.linkId !== 'mood');
    const response = add(questionnaire, 'QuestionnaireResponse', {
      identifier: identifier(questionnaire),
      questionnaire: `${url('Questionnaire', questionnaire)}|${FHIR_QUESTIONNAIRE_VERSION}`,
      status: 'completed',
      subject,
      authored: submittedAt,
      item: items,
    });
    const score = questionnaire !== 'screening' ? payload.scores[questionnaire] : undefined;
    if (questionnaire === 'screening' || !score) continue;
    add(`${questionnaire}-total`, 'Observation', {
      identifier: [identifier(`${questionnaire}-total`)],
      status: 'final',
      category: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] },
      ],
      code: { coding: [TOTALS[questionnaire]], text: `${questionnaire === 'gad7' ? 'GAD-7' : 'PHQ-9'} total score` },
      subject,
      effectiveDateTime: submittedAt,
      issued: submittedAt,
      valueInteger: score.score,
      interpretation: [{ text: score.band }],
      derivedFrom: [response],
    });
  }
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` },
    type: 'transaction',
    timestamp: submittedAt,
    entry: entries.map(({ part, type, resource }, n) => ({
      fullUrl: fullUrl(n),
      resource,
      request: {
        method: 'POST',
        url: type,
        ifNoneExist: `identifier=${encodeURIComponent(FHIR_HANDOFF_IDENTIFIER_SYSTEM)}|${encodeURIComponent(`${id}/${part}`)}`,
      },
    })),
  };
}
