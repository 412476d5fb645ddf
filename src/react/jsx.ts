/**
 * JSX typings for React 19, which sets custom-element properties and listens to
 * custom events natively (`onkc-cta` listens to `kc-cta`): `<kc-explainer
 * layout="tabs" onkc-cta={…} />` type-checks once these types are loaded
 * (importing `ketamine-clinic-elements/react` loads them).
 */
import type { KcBreathworkTimer, KcBreathworkTimerEventMap } from '../components/breathwork-timer/breathwork-timer.js';
import type { KcClinic } from '../components/clinic/clinic.js';
import type { KcEligibilityCheck, KcEligibilityCheckEventMap } from '../components/eligibility-check/eligibility-check.js';
import type { KcExplainer, KcExplainerEventMap } from '../components/explainer/explainer.js';

/** Attributes every tag takes in JSX. */
interface CommonProps {
  children?: unknown;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  lang?: string;
  hidden?: boolean;
  ref?: unknown;
  key?: string | number;
  style?: unknown;
}

/** The element's own properties (React 19 sets them as properties) and `onkc-…` handlers for its events. */
export type ElementProps<E extends HTMLElement, Keys extends keyof E, M = object> = CommonProps &
  Partial<Pick<E, Keys>> & { [K in keyof M & string as `on${K}`]?: (event: M[K]) => void };

/** The tags and their typed props, by tag name. */
export interface KcJsxElements {
  'kc-clinic': ElementProps<KcClinic, 'name' | 'phone' | 'bookingUrl' | 'endpoint' | 'regions' | 'theme'> & {
    'booking-url'?: string;
  };
  'kc-eligibility-check': ElementProps<
    KcEligibilityCheck,
    | 'name'
    | 'phone'
    | 'bookingUrl'
    | 'endpoint'
    | 'regions'
    | 'minAge'
    | 'instruments'
    | 'persist'
    | 'rules'
    | 'answers'
    | 'retryDelay'
    | 'handoffFormat'
    | 'theme',
    KcEligibilityCheckEventMap
  > & { 'booking-url'?: string; 'min-age'?: string; 'retry-delay'?: number; 'handoff-format'?: string };
  'kc-explainer': ElementProps<
    KcExplainer,
    'sections' | 'layout' | 'headingLevel' | 'open' | 'reviewed' | 'content' | 'theme',
    KcExplainerEventMap
  > & { 'heading-level'?: string | number };
  'kc-breathwork-timer': ElementProps<
    KcBreathworkTimer,
    'pattern' | 'duration' | 'cycles' | 'showPicker' | 'remember' | 'sound' | 'volume' | 'haptics' | 'announce' | 'theme',
    KcBreathworkTimerEventMap
  > & { 'show-picker'?: boolean };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends KcJsxElements {}
  }
}
