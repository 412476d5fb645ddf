import { html, nothing } from 'lit';
import type { QuestionContext } from '../context.js';
import { describedBy, questionError, yesNo } from '../fields.js';

/** The first step: age (typed), where the patient lives (when the clinic serves some regions only), pregnancy. */
export function aboutStep(ctx: QuestionContext) {
  const { strings: s, screening } = ctx;
  const { regions } = screening.flowOptions;
  const ageMissing = screening.missing.includes('age');
  return html`<div class="q" data-q="age">
      <label for="age">${s.age}</label>
      <p class="hint" id="age-h">${s.ageHint}</p>
      ${questionError(ctx, 'age', ctx.ageText.trim() ? s.ageInvalid : s.required)}
      <input
        id="age"
        name="age"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        .value=${ctx.ageText}
        aria-required="true"
        aria-invalid=${ageMissing}
        aria-describedby=${describedBy(ctx, 'age', 'age-h')}
      />
    </div>
    ${
      regions.length
        ? html`<div class="q" data-q="region">
            <label for="region">${s.region}</label>
            ${questionError(ctx, 'region')}
            <select id="region" name="region" aria-required="true" aria-describedby=${describedBy(ctx, 'region')}>
              <option value="">${s.regionChoose}</option>
              ${[...regions, 'other'].map(
                (region) =>
                  html`<option value=${region} ?selected=${screening.answers.region === region}>
                    ${region === 'other' ? s.regionOther : ctx.regionName(region)}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    ${yesNo(ctx, 'pregnant', s.pregnant)}`;
}
