import { html, nothing } from 'lit';
import { contactLine } from './contact.js';
import type { ViewContext } from './context.js';

/**
 * The crisis resources, shown as soon as self-harm is reported and on every step after: 988 (call, text, chat),
 * the Crisis Text Line, 911, the clinic's phone, help outside the US, and that this form is not monitored.
 * `carryOn`: the patient may go on with the questions (not on the result).
 */
export function crisisPanel(ctx: ViewContext, carryOn: boolean) {
  const c = ctx.strings.crisis;
  return html`<section part="crisis" class="crisis" aria-labelledby="crisis-h">
    <h3 id="crisis-h">${c.heading}</h3>
    <p>${c.lead}</p>
    <ul>
      <li>
        ${c.lifeline} <a href="tel:988">${c.call} 988</a> · <a href="sms:988">${c.text} 988</a> ·
        <a href="https://988lifeline.org" rel="noopener noreferrer" target="_blank">${c.chat}</a>. ${c.lifelineMore}
      </li>
      <li>${c.textLine} <a href="sms:741741">741741</a>.</li>
      <li>${c.emergency} <a href="tel:911">911</a>.</li>
    </ul>
    ${contactLine(ctx)}
    <p>${c.international} <a href="https://findahelpline.com" rel="noopener noreferrer" target="_blank">findahelpline.com</a>.</p>
    <p>${c.notMonitored}</p>
    ${carryOn ? html`<p>${c.continue}</p>` : nothing}
  </section>`;
}
