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
