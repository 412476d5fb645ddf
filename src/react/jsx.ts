/**
 * JSX typings for React 19, which sets custom-element properties and listens to
 * custom events natively: `<kc-clinic theme="dark" />` type-checks once this
 * module's types are loaded (importing `ketamine-clinic-elements/react` does it).
 */
import type { KcClinic } from '../components/clinic/clinic.js';

type ElementProps<E extends HTMLElement, Keys extends keyof E> = Partial<Pick<E, Keys>> & {
  children?: unknown;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  lang?: string;
  hidden?: boolean;
  ref?: unknown;
  key?: string | number;
};

/** The tags and their typed props, by tag name. */
export interface KcJsxElements {
  'kc-clinic': ElementProps<KcClinic, 'name' | 'phone' | 'bookingUrl' | 'endpoint' | 'regions' | 'theme'> & {
    'booking-url'?: string;
  };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends KcJsxElements {}
  }
}
