/**
 * ketamine-clinic-elements: every element class, pure function and public type.
 * Importing this module registers nothing (import `ketamine-clinic-elements/define`
 * or `ketamine-clinic-elements/<tag>` for that) and is safe in Node.
 */
export { KcClinic } from './components/clinic/clinic.js';
export type { ClinicStrings } from './components/clinic/locales/en.js';

export { clinicContext } from './shared/clinic-context.js';
export {
  THEMES,
  checkSafeUrl,
  isRegionServed,
  mergeClinicSettings,
  parseClinicAttributes,
  parseRegions,
  phoneHref,
  type ClinicAttributes,
  type ClinicSettings,
  type Theme,
} from './shared/clinic-settings.js';
export type { ConfigError } from './shared/config-errors.js';
export { defineElement } from './shared/define-element.js';
export type { KcEventDetail, KcEventName } from './shared/emit.js';
export { matchLocale } from './shared/locale/locale.js';
export { preloadLocale } from './shared/locale/locale-controller.js';

// <kc-eligibility-check>
export { KcEligibilityCheck, type KcEligibilityCheckEventMap } from './components/eligibility-check/eligibility-check.js';
export type { EligibilityStrings } from './components/eligibility-check/locales/en.js';
export {
  ANSWER_VALUES,
  GAD7_BANDS,
  PHQ9_BANDS,
  scoreGad7,
  scorePhq9,
  type Answer,
  type Gad7Band,
  type Gad7Score,
  type Phq9Band,
  type Phq9Score,
} from './components/eligibility-check/instruments.js';
export {
  DIAGNOSES,
  HEALTH_ITEMS,
  INSTRUMENTS,
  STEPS,
  TREATMENTS,
  TRIALS,
  missingAnswers,
  questionsOf,
  validateAnswers,
  type AnswerError,
  type Diagnosis,
  type EligibilityAnswers,
  type HealthItem,
  type Instrument,
  type Step,
  type Treatment,
  type Trials,
} from './components/eligibility-check/answers.js';
export {
  DEFAULT_RULES,
  OUTCOMES,
  RULE_ACTIONS,
  RULE_IDS,
  evaluateEligibility,
  type EligibilityReason,
  type EligibilityResult,
  type EligibilityRules,
  type EligibilityRulesInput,
  type EligibilityScores,
  type Outcome,
  type RuleAction,
  type RuleId,
} from './components/eligibility-check/rules.js';
export { parseRules, type RuleError } from './components/eligibility-check/rules-schema.js';
export {
  CONSENT_VERSION,
  CONTACT_TIMES,
  HANDOFF_ATTEMPTS,
  HANDOFF_FORMATS,
  HANDOFF_SCHEMA_VERSION,
  HANDOFF_TIMEOUT,
  UTM_KEYS,
  backoffDelay,
  isRetryable,
  pickUtm,
  type ConsentReceipt,
  type HandoffContact,
  type HandoffFormat,
  type HandoffPayload,
} from './components/eligibility-check/handoff.js';
export { HANDOFF_SCHEMA } from './components/eligibility-check/handoff-schema.js';
export {
  FHIR_QUESTIONNAIRE_IDS,
  FHIR_QUESTIONNAIRE_VERSION,
  INSTRUMENT_COPYRIGHT,
  fhirQuestionnaire,
  toFhirBundle,
  type FhirQuestionnaireId,
} from './components/eligibility-check/fhir.js';
export { PERSIST_MODES, type PersistMode } from './components/eligibility-check/drafts.js';

// <kc-explainer>
export {
  KcExplainer,
  type KcCtaDetail,
  type KcExplainerEventMap,
  type KcSectionChangeDetail,
} from './components/explainer/explainer.js';
export type { ExplainerStrings, SectionText } from './components/explainer/locales/en.js';
export {
  CONTENT_FIELDS,
  LAYOUTS,
  SECTION_IDS,
  parseContent,
  parseSections,
  type ContentOverrides,
  type Layout,
  type SectionId,
  type SectionOverride,
} from './components/explainer/sections.js';
export { CITATIONS, SOURCES, sourceLink, type Source, type SourceId } from './components/explainer/sources.js';

// <kc-breathwork-timer>
export { KcBreathworkTimer, type KcBreathworkTimerEventMap } from './components/breathwork-timer/breathwork-timer.js';
export type {
  BreathPhaseDetail,
  BreathSessionDetail,
  BreathTimerState,
} from './components/breathwork-timer/breathing-session.js';
export type { BreathworkTimerStrings } from './components/breathwork-timer/locales/en.js';
export {
  BREATH_PHASES,
  DEFAULT_DURATION_MS,
  MAX_CYCLES,
  MAX_PHASE_S,
  MAX_SESSION_MS,
  MIN_PHASE_S,
  NAMED_PATTERNS,
  PATTERN_NAMES,
  buildPattern,
  namedPattern,
  type BreathPattern,
  type BreathPhase,
  type BreathStep,
  type PatternName,
} from './components/breathwork-timer/patterns.js';
export {
  parseCycles,
  parseDuration,
  formatDuration,
  parsePattern,
  patternByName,
  readSettings,
  type TimerSettings,
} from './components/breathwork-timer/parse.js';
export {
  breathPhaseAt,
  completedCycles,
  sessionCycles,
  sessionMs,
  type BreathState,
  type SessionLength,
} from './components/breathwork-timer/schedule.js';
export { boundariesBetween, type PhaseBoundary } from './components/breathwork-timer/cues.js';
export { browserClock, manualClock, type BreathClock, type ManualClock } from './components/breathwork-timer/clock.js';
