import { html } from 'lit';
import { DIAGNOSES, TREATMENTS, TRIALS } from '../../answers.js';
import type { QuestionContext } from '../context.js';
import { radios, yesNo } from '../fields.js';

/** Diagnoses and treatments tried (choose all that apply), medicines tried for long enough, and a prescriber. */
export function historyStep(ctx: QuestionContext) {
  const s = ctx.strings;
  const { answers } = ctx.screening;
  const checkboxes = (path: 'diagnoses' | 'treatments', legend: string, all: readonly string[], labels: Record<string, string>) =>
    html`<fieldset part="question" class="q">
      <legend>${legend}</legend>
      <div class="opts">
        ${all.map(
          (value) =>
            html`<label class="opt"
              ><input
                type="checkbox"
                name=${path}
                value=${value}
                .checked=${(answers[path] as string[] | undefined)?.includes(value) ?? false}
              />${labels[value]}</label
            >`,
        )}
      </div>
    </fieldset>`;
  return html`${checkboxes('diagnoses', s.diagnoses, DIAGNOSES, s.diagnosisLabels)}
  ${checkboxes('treatments', s.treatments, TREATMENTS, s.treatmentLabels)}
  ${radios(
    ctx,
    'trials',
    s.trials,
    TRIALS.map((t) => [t, s.trialLabels[t]!] as const),
  )}
  ${yesNo(ctx, 'prescriber', s.prescriber)}`;
}
