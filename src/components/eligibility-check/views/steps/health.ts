import { html } from 'lit';
import { HEALTH_CONDITIONS, HEALTH_MEDICINES } from '../../answers.js';
import type { EligibilityStrings } from '../../locales/en.js';
import type { QuestionContext } from '../context.js';
import { yesNo } from '../fields.js';

/** The health screen: conditions, then current medicines, each a yes/no question. */
export function healthStep(ctx: QuestionContext) {
  const s = ctx.strings;
  const group = (id: string, heading: string, items: readonly (keyof EligibilityStrings['health'])[]) =>
    html`<h3 id=${id}>${heading}</h3>
      <div role="group" aria-labelledby=${id}>${items.map((item) => yesNo(ctx, `health.${item}`, s.health[item]))}</div>`;
  return html`${group('conditions', s.conditions, HEALTH_CONDITIONS)} ${group('medicines', s.medicines, HEALTH_MEDICINES)}`;
}
