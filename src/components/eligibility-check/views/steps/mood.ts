import { html, nothing } from 'lit';
import { questionsOf } from '../../answers.js';
import type { QuestionContext } from '../context.js';
import { crisisPanel } from '../crisis.js';
import { scaleItem } from '../fields.js';

/**
 * The PHQ-9, or only its item 9 (always asked: also when the clinic leaves the PHQ-9 out, and after a first step that
 * ends the screening), with the crisis panel as soon as item 9 is answered above 0.
 */
export function moodStep(ctx: QuestionContext) {
  const p = ctx.strings.phq9;
  const asked = questionsOf('mood', ctx.screening.flowOptions);
  return html`<p id="phq9-stem" lang=${p.lang || nothing}>${p.stem}</p>
    ${p.items.map((text, i) =>
      asked.includes(`phq9.${i + 1}`)
        ? scaleItem(ctx, `phq9.${i + 1}`, text, p.scale, { lang: p.lang, stem: 'phq9-stem' })
        : nothing,
    )}
    ${ctx.screening.crisis ? crisisPanel(ctx, true) : nothing}`;
}
