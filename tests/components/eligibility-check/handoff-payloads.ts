import { INSTRUMENTS, type EligibilityAnswers, type Instrument } from '../../../src/components/eligibility-check/answers.js';
import { consentReceipt } from '../../../src/components/eligibility-check/consent.js';
import { buildPayload, UTM_KEYS, type HandoffPayload } from '../../../src/components/eligibility-check/handoff.js';
import eligibilityEn from '../../../src/components/eligibility-check/locales/en.js';
import eligibilityEs from '../../../src/components/eligibility-check/locales/es.js';

const handoffEn = eligibilityEn.handoff;
const handoffEs = eligibilityEs.handoff;
import { evaluateEligibility, OUTCOMES, type Outcome } from '../../../src/components/eligibility-check/rules.js';
import { eligibleAnswers } from './fixtures.js';

/** Answers that screen as each outcome under the default rules, asking the given instruments. */
export function answersFor(outcome: Outcome, instruments: readonly Instrument[]): EligibilityAnswers {
  const answers = eligibleAnswers();
  // Without the PHQ-9 the widget asks only its item 9; the other items stay unanswered.
  if (!instruments.includes('phq9')) answers.phq9 = [null, null, null, null, null, null, null, null, 0];
  // A clinic that sets regions asks where the patient lives.
  if (outcome === 'eligible') answers.region = 'US-CA';
  if (outcome === 'review') answers.health = { ...answers.health, liver: true, benzodiazepines: true };
  if (outcome === 'ineligible') return { age: 16, pregnant: false };
  if (outcome === 'crisis') answers.phq9 = answers.phq9!.map((v, i) => (i === 8 ? 2 : v));
  return answers;
}

export interface PayloadCase {
  label: string;
  payload: HandoffPayload;
}

/** Every kind of payload the widget sends: each outcome × each instrument choice × English and Spanish × with and without UTM. */
export async function everyPayload(): Promise<PayloadCase[]> {
  const cases: PayloadCase[] = [];
  const choices: Instrument[][] = [['gad7'], [...INSTRUMENTS]];
  for (const outcome of OUTCOMES)
    for (const instruments of choices)
      for (const [locale, strings] of [
        ['en', handoffEn],
        ['es', handoffEs],
      ] as const)
        for (const utm of [{}, Object.fromEntries(UTM_KEYS.map((key) => [key, `${key}-value`]))]) {
          const answers = answersFor(outcome, instruments);
          const result = evaluateEligibility(answers);
          if (result.outcome !== outcome) throw new Error(`the ${outcome} answers screen as ${result.outcome}`);
          const clinic = locale === 'en' ? 'Calm Harbor' : undefined;
          const payload = buildPayload({
            id: crypto.randomUUID(),
            locale,
            clinic,
            consent: await consentReceipt(strings.consent(clinic ?? 'la clínica'), locale, new Date('2026-12-01T03:00:00Z')),
            contact:
              locale === 'en'
                ? { name: 'Ana', email: 'ana@example.com', phone: '', time: 'evening' }
                : { name: 'José', email: '', phone: '555 0100', time: 'any' },
            answers,
            result,
            utm,
          });
          // What travels is JSON: compare and validate what a receiver parses.
          cases.push({
            label: `${outcome}, ${instruments.join(' ')}, ${locale}, ${Object.keys(utm).length ? 'with' : 'without'} UTM`,
            payload: JSON.parse(JSON.stringify(payload)),
          });
        }
  return cases;
}
