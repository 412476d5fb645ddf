import { html, nothing } from 'lit';
import { phoneHref } from '../../../shared/clinic-settings.js';
import type { ViewContext } from './context.js';

/** "You can also call <clinic> at <phone>", when the clinic has a phone. */
export function contactLine({ strings, clinic }: ViewContext) {
  const { phone, name } = clinic;
  return phone ? html`<p>${strings.crisis.clinic(name)} <a href=${phoneHref(phone)!}>${phone}</a></p>` : nothing;
}

/**
 * Said instead of the screening when it cannot go on: the widget does not screen (an invalid rule set or `min-age`),
 * or, as an `alert`, a part it needs could not load (offline). The clinic's phone follows when it has one.
 */
export function unavailable(ctx: ViewContext, alert = false) {
  return html`${alert ? html`<p class="msg" role="alert">${ctx.strings.unavailable}</p>` : html`<p>${ctx.strings.unavailable}</p>`}
  ${contactLine(ctx)}`;
}
