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
export {
  KcBreathworkTimer,
  type BreathPhaseDetail,
  type BreathSessionDetail,
  type BreathTimerState,
  type KcBreathworkTimerEventMap,
} from './components/breathwork-timer/breathwork-timer.js';
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
  parsePattern,
  patternByName,
  readSettings,
  type TimerSettings,
} from './components/breathwork-timer/parse.js';
export {
  breathPhaseAt,
  completedCycles,
  formatDuration,
  sessionCycles,
  sessionMs,
  type BreathState,
  type SessionLength,
} from './components/breathwork-timer/schedule.js';
export { boundariesBetween, type PhaseBoundary } from './components/breathwork-timer/cues.js';
export { browserClock, manualClock, type BreathClock, type ManualClock } from './components/breathwork-timer/clock.js';
