import type { ClinicSettings } from '../../../shared/clinic-settings.js';
import type { EligibilityStrings } from '../locales/en.js';
import type { Screening } from '../screening.js';

/** What every view of `<kc-eligibility-check>` renders from. */
export interface ViewContext {
  /** The text, in the reader's language. */
  readonly strings: EligibilityStrings;
  /** The reader's language (`en`, `es`), for dates and region names. */
  readonly lang: string;
  /** The screening: answers, step, what is missing, crisis, result. */
  readonly screening: Screening;
  /** The clinic's settings in effect (its name, phone, booking link, endpoint). */
  readonly clinic: ClinicSettings;
  /** The minimum age in effect (for the reasons and the summary). */
  readonly minAge: number;
}

/** What a step with questions also needs: the answer being typed into the age field, and region names. */
export interface QuestionContext extends ViewContext {
  /** The age as typed, kept as typed so that "3x" can be corrected. */
  readonly ageText: string;
  /** A region's name in the reader's language, once the region names have loaded (else the code). */
  readonly regionName: (code: string) => string;
  /** Moves focus to a question's first field (the target of a link in the list of what is missing). */
  readonly focusQuestion: (path: string, event: Event) => void;
}
