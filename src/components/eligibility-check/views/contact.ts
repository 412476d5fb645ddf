import { html, nothing } from 'lit';
import { phoneHref } from '../../../shared/clinic-settings.js';
import type { ViewContext } from './context.js';

/** "You can also call <clinic> at <phone>", when the clinic has a phone. */
export function contactLine({ strings, clinic }: ViewContext) {
  const { phone, name } = clinic;
  return phone ? html`<p>${strings.crisis.clinic(name)} <a href=${phoneHref(phone)!}>${phone}</a></p>` : nothing;
}
