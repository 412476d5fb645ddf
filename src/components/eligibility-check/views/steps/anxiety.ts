import { html, nothing } from 'lit';
import type { QuestionContext } from '../context.js';
import { scaleItem } from '../fields.js';

/** The GAD-7 and its difficulty item. Each item is described by the instrument's stem, so each question says the time frame too. */
export function anxietyStep(ctx: QuestionContext) {
  const g = ctx.strings.gad7;
  return html`${g.note ? html`<p class="hint">${g.note}</p>` : nothing}
    <p id="gad7-stem" lang=${g.lang || nothing}>${g.stem}</p>
    ${g.items.map((text, i) => scaleItem(ctx, `gad7.${i + 1}`, text, g.scale, { lang: g.lang, stem: 'gad7-stem' }))}
    ${scaleItem(ctx, 'difficulty', g.difficulty, g.difficultyScale, { lang: g.lang, optional: true })}`;
}
