import type { HealthItem } from './answers.js';
import { GAD7_LENGTH, PHQ9_LENGTH } from './instruments.js';
import type { EligibilityStrings } from './locales/en.js';
import type { EligibilityReason, EligibilityResult } from './rules.js';

/** A reason in the patient's words: the health item, or what a clinic rule asks. */
export function reasonText(s: EligibilityStrings, reason: EligibilityReason, minAge: number): string {
  const { rule } = reason;
  if (rule === 'age') return s.reasons.age(minAge);
  if (rule === 'region' || rule === 'pregnancy' || rule === 'severity' || rule === 'trials') return s.reasons[rule];
  if (rule === 'selfHarm') return s.phq9.items[PHQ9_LENGTH - 1]!;
  return s.health[rule as HealthItem];
}

/** One line per scored instrument: "Anxiety (GAD-7): 12 out of 21, moderate symptoms". */
export function scoreLines(s: EligibilityStrings, scores: EligibilityResult['scores']): string[] {
  const lines: string[] = [];
  if (scores.gad7) lines.push(`${s.gad7Name}: ${s.outOf(scores.gad7.score, GAD7_LENGTH * 3)}, ${s.bands[scores.gad7.band]}`);
  if (scores.phq9) lines.push(`${s.phq9Name}: ${s.outOf(scores.phq9.score, PHQ9_LENGTH * 3)}, ${s.bands[scores.phq9.band]}`);
  return lines;
}

/**
 * The reasons a result lists: for `ineligible` and `crisis`, only the exclusions (why the clinic likely can't treat,
 * after the crisis resources); never the crisis rule (its resources come first instead).
 */
export function listedReasons({ outcome, reasons }: EligibilityResult): EligibilityResult['reasons'] {
  return reasons.filter(
    (r) => r.action !== 'crisis' && ((outcome !== 'ineligible' && outcome !== 'crisis') || r.action === 'exclude'),
  );
}

/** The heading over the listed reasons: why the clinic likely can't treat (`ineligible`, `crisis`), or what to talk about. */
export function reasonsHeading(s: EligibilityStrings, { outcome }: EligibilityResult): string {
  return outcome === 'ineligible' || outcome === 'crisis' ? s.why : s.discuss;
}

/** The outcome's text; for a crisis whose answers also rule out treatment here, one that does not imply the clinic will treat. */
export function outcomeBody(s: EligibilityStrings, result: EligibilityResult): string {
  return result.outcome === 'crisis' && listedReasons(result).length ? s.crisisExcluded : s.outcomes[result.outcome].body;
}

/** The clinic as the summary names it: its name and phone, when it has them. */
export interface SummaryClinic {
  name?: string;
  phone?: string;
}

/**
 * The plain-text summary a patient can copy: outcome, scores, reasons, and the screening disclaimer. A crisis summary
 * carries the crisis panel's lines, the clinic's phone among them when it has one.
 */
export function summaryText(
  s: EligibilityStrings,
  result: EligibilityResult,
  minAge: number,
  date: Date,
  lang: string,
  clinic: SummaryClinic = {},
): string {
  const { outcome, scores } = result;
  const listed = listedReasons(result);
  return [
    `${s.summaryTitle} (${date.toLocaleDateString(lang)})`,
    s.outcomes[outcome].title,
    ...(outcome === 'crisis'
      ? [
          // The crisis panel's lines, in its order (views/crisis.ts).
          `${s.crisis.lifeline} ${s.crisis.call} 988 / ${s.crisis.text} 988 (988lifeline.org)`,
          s.crisis.lifelineMore,
          `${s.crisis.textLine} 741741`,
          `${s.crisis.emergency} 911`,
          ...(clinic.phone ? [`${s.crisis.clinic(clinic.name)} ${clinic.phone}`] : []),
          `${s.crisis.international} findahelpline.com.`,
          s.crisis.notMonitored,
        ]
      : []),
    ...scoreLines(s, scores),
    ...(listed.length ? [reasonsHeading(s, result), ...listed.map((r) => `- ${reasonText(s, r, minAge)}`)] : []),
    s.disclaimer,
  ].join('\n');
}
