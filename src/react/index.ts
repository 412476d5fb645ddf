/**
 * React wrappers (`ketamine-clinic-elements/react`), made with `@lit/react`: typed
 * props, and `onKc…` props for the `kc-` events. Importing this module registers
 * every element. React 19 can also use the tags directly (see `./jsx.js`).
 *
 * ```tsx
 * import { Clinic } from 'ketamine-clinic-elements/react';
 * <Clinic name="Calm Harbor" phone="+1 555 010 2000" theme="auto">…</Clinic>
 * ```
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { KcClinic } from '../components/clinic/clinic.js';
import '../define.js';

export type { KcJsxElements } from './jsx.js';

/** `<kc-clinic>`: one clinic's settings for every widget inside. */
export const Clinic = createComponent({ tagName: 'kc-clinic', elementClass: KcClinic, react: React, displayName: 'Clinic' });
