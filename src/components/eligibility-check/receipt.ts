/**
 * The plain-text copy of a hand-off a patient can keep ("Copy what I sent"): when and to whom it went, the contact
 * details, the consent text they agreed to, every answer in their words, and the result's summary. Loaded with the
 * hand-off step; it goes only to the patient's clipboard.
 */
import { GAD7_LENGTH, PHQ9_LENGTH } from './instruments.js';
import { HEALTH_ITEMS } from './answers.js';
import type { HandoffPayload } from './handoff.js';
import type { EligibilityStrings, HandoffStrings } from './locales/en.js';

/** "- Question? answer", "- Question: answer" (a question that ends in a full stop or without punctuation). */
const line = (question: string, answer: string | number) =>
  `- ${/[?:]$/.test(question) ? question : `${question.replace(/\.$/, '')}:`} ${answer}`;

/** Each answer given, as a line in the patient's words, in the order asked. */
export function answerLines(s: EligibilityStrings, answers: HandoffPayload['answers']): string[] {
  const lines: string[] = [];
  const yesNo = (value: boolean) => (value ? s.yes : s.no);
  if (answers.age !== undefined) lines.push(line(s.age, answers.age));
  if (answers.region !== undefined) lines.push(line(s.region, answers.region === 'other' ? s.regionOther : answers.region));
  if (answers.pregnant !== undefined) lines.push(line(s.pregnant, yesNo(answers.pregnant)));
  const scale = (
    name: string,
    stem: string,
    items: readonly string[],
    labels: readonly string[],
    values?: readonly (number | null)[],
  ) => {
    const given = (values ?? [])
      .map((v, i) => (v === null || v === undefined ? '' : line(items[i]!, labels[v]!)))
      .filter(Boolean);
    if (given.length) lines.push(`${name}. ${stem}`, ...given);
  };
  scale(s.gad7Name, s.gad7.stem, s.gad7.items.slice(0, GAD7_LENGTH), s.gad7.scale, answers.gad7);
  if (answers.difficulty !== undefined) lines.push(line(s.gad7.difficulty, s.gad7.difficultyScale[answers.difficulty]!));
  scale(s.phq9Name, s.phq9.stem, s.phq9.items.slice(0, PHQ9_LENGTH), s.phq9.scale, answers.phq9);
  if (answers.diagnoses) lines.push(line(s.diagnoses, answers.diagnoses.map((d) => s.diagnosisLabels[d]).join('; ') || '—'));
  if (answers.treatments) lines.push(line(s.treatments, answers.treatments.map((t) => s.treatmentLabels[t]).join('; ') || '—'));
  if (answers.trials !== undefined) lines.push(line(s.trials, s.trialLabels[answers.trials]!));
  if (answers.prescriber !== undefined) lines.push(line(s.prescriber, yesNo(answers.prescriber)));
  for (const item of HEALTH_ITEMS) {
    const value = answers.health?.[item];
    if (value !== undefined) lines.push(line(s.health[item], yesNo(value)));
  }
  return lines;
}

/** The whole copy of what was sent, as plain text. `summary` is the result's own summary (see summary.ts). */
export function sentText(
  s: EligibilityStrings,
  h: HandoffStrings,
  payload: HandoffPayload,
  clinic: string,
  summary: string,
): string {
  const { contact, consent } = payload;
  const sentAt = new Date(payload.submittedAt);
  return [
    h.copyTitle(clinic),
    `${h.sentAt}: ${sentAt.toLocaleString(payload.locale)}`,
    `${h.reference}: ${payload.id}`,
    '',
    `${h.name}: ${contact.name}`,
    ...(contact.email ? [`${h.email}: ${contact.email}`] : []),
    ...(contact.phone ? [`${h.phone}: ${contact.phone}`] : []),
    `${h.time}: ${h.times[contact.time]}`,
    '',
    h.agreed,
    consent.text,
    `(${h.consentVersion}: ${consent.version}; SHA-256 ${consent.sha256})`,
    '',
    h.yourAnswers,
    ...answerLines(s, payload.answers),
    '',
    summary,
  ].join('\n');
}
