/**
 * React wrappers (`ketamine-clinic-elements/react`), made with `@lit/react`: typed
 * props, and `onKc…` props for the `kc-` events (`onKcBreathComplete` for
 * `kc-breath-complete`). Importing this module registers every element.
 * React 19 can also use the tags directly, with typed attributes and
 * `onkc-…` event props (see `./jsx.js`).
 *
 * ```tsx
 * import { Clinic, EligibilityCheck, Explainer } from 'ketamine-clinic-elements/react';
 * <Clinic name="Calm Harbor" phone="+1 555 010 2000" theme="auto">
 *   <EligibilityCheck onKcResult={(e) => setOutcome(e.detail.outcome)} />
 *   <Explainer onKcCta={() => setBreathing(true)} />
 * </Clinic>
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { KcBreathworkTimer, type KcBreathworkTimerEventMap } from '../components/breathwork-timer/breathwork-timer.js';
import { KcClinic } from '../components/clinic/clinic.js';
import { KcEligibilityCheck, type KcEligibilityCheckEventMap } from '../components/eligibility-check/eligibility-check.js';
import { KcExplainer, type KcExplainerEventMap } from '../components/explainer/explainer.js';
import '../define.js';

export type { KcJsxElements } from './jsx.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `{ onKcCta: 'kc-cta', … }` for every event of an element's event map; listing one too few fails the type check. */
export type EventProps<M> = { [K in keyof M & string as `on${Pascal<K>}`]: EventName<M[K] & Event> };

function eventProps<M>(names: { [K in keyof M & string]: true }): EventProps<M> {
  const props: Record<string, string> = {};
  for (const name of Object.keys(names)) props[`on${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`] = name;
  return props as EventProps<M>;
}

/** `<kc-clinic>`: one clinic's settings for every widget inside. */
export const Clinic = createComponent({ tagName: 'kc-clinic', elementClass: KcClinic, react: React, displayName: 'Clinic' });

/** `<kc-eligibility-check>`: the screening, with a crisis path and a consented hand-off. */
export const EligibilityCheck = createComponent({
  tagName: 'kc-eligibility-check',
  elementClass: KcEligibilityCheck,
  react: React,
  displayName: 'EligibilityCheck',
  events: eventProps<KcEligibilityCheckEventMap>({
    'kc-step-change': true,
    'kc-crisis': true,
    'kc-result': true,
    'kc-submit': true,
    'kc-submit-success': true,
    'kc-submit-error': true,
  }),
});

/** `<kc-explainer>`: how ketamine may help with anxiety, with cited evidence. */
export const Explainer = createComponent({
  tagName: 'kc-explainer',
  elementClass: KcExplainer,
  react: React,
  displayName: 'Explainer',
  events: eventProps<KcExplainerEventMap>({ 'kc-section-change': true, 'kc-cta': true }),
});

/** `<kc-breathwork-timer>`: guided breathing for integration practice. */
export const BreathworkTimer = createComponent({
  tagName: 'kc-breathwork-timer',
  elementClass: KcBreathworkTimer,
  react: React,
  displayName: 'BreathworkTimer',
  events: eventProps<KcBreathworkTimerEventMap>({
    'kc-breath-start': true,
    'kc-breath-phase': true,
    'kc-breath-pause': true,
    'kc-breath-resume': true,
    'kc-breath-complete': true,
    'kc-breath-stop': true,
    'kc-breath-reflection': true,
  }),
});
