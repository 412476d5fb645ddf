/**
 * The parts every question is made of: a radio group (its id the answer's path), a yes/no question, the "please
 * answer" message and what describes a field.
 */
import { html, nothing } from 'lit';
import { answerAt, parseYears } from '../answers.js';
import type { ViewContext } from './context.js';

/** The id of a question's "please answer" message, when it shows (after a Next that found it missing). */
export function errorId(ctx: ViewContext, path: string): string {
  return ctx.screening.missing.includes(path) ? `${path.replace('.', '-')}-e` : '';
}

/** A question's "please answer" message (or `text`), when it is missing an answer. */
export function questionError(ctx: ViewContext, path: string, text = ctx.strings.required) {
  const id = errorId(ctx, path);
  return id ? html`<p class="msg" id=${id}>${text}</p>` : nothing;
}

/** What describes a field: `also` (a hint, the instrument's stem), then its error when it shows. */
export function describedBy(ctx: ViewContext, path: string, also = '') {
  return [also, errorId(ctx, path)].join(' ').trim() || nothing;
}

/** How a radio question looks: `yn` (yes/no, side by side) or `scale` (an instrument's four answers). */
export type RadioKind = 'yn' | 'scale';

export interface RadioOptions {
  /** The language of the legend and answers when it differs from the widget's (the English GAD-7 in Spanish). */
  lang?: string;
  kind?: RadioKind;
  /** The id of the instrument's "Over the last 2 weeks…" line, which describes each of its items. */
  stem?: string;
  /** Not required (the difficulty item). */
  optional?: boolean;
}

/**
 * A question answered with radio buttons: a radio group whose id is the answer's path (as the age field's is),
 * required unless `optional`, described by its stem and by its error when it shows.
 */
export function radios(
  ctx: ViewContext,
  path: string,
  legend: string,
  options: readonly (readonly [value: unknown, text: string])[],
  { lang = '', kind = 'yn', stem = '', optional = false }: RadioOptions = {},
) {
  const value = answerAt(ctx.screening.answers, path);
  return html`<fieldset
    part="question"
    class="q ${kind}"
    id=${path}
    data-q=${path}
    role="radiogroup"
    aria-required=${!optional}
    aria-invalid=${ctx.screening.missing.includes(path)}
    aria-describedby=${describedBy(ctx, path, stem)}
  >
    <legend lang=${lang || nothing}>${legend}</legend>
    ${questionError(ctx, path)}
    <div class="opts" lang=${lang || nothing}>
      ${options.map(
        ([v, text]) =>
          html`<label class="opt"
            ><input type="radio" name=${path} value=${JSON.stringify(v)} .checked=${value === v} />${text}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** A yes/no question. */
export function yesNo(ctx: ViewContext, path: string, legend: string) {
  return radios(ctx, path, legend, [
    [true, ctx.strings.yes],
    [false, ctx.strings.no],
  ]);
}

/** An instrument's item (or the difficulty item), answered on its four-point scale. */
export function scaleItem(ctx: ViewContext, path: string, legend: string, labels: readonly string[], options: RadioOptions = {}) {
  return radios(
    ctx,
    path,
    legend,
    labels.map((text, value) => [value, text] as const),
    { ...options, kind: 'scale' },
  );
}

/**
 * The answer a field holds, by its path (its name): the checked boxes of a "choose all that apply" list, the age as
 * whole years (undefined until it is one), the region chosen, or the value of a radio button.
 */
export function answerOf(field: HTMLInputElement | HTMLSelectElement): { path: string; value: unknown } {
  const path = field.name;
  if (field.type === 'checkbox')
    return { path, value: [...field.form!.querySelectorAll<HTMLInputElement>(`[name=${path}]:checked`)].map((box) => box.value) };
  if (path === 'age') return { path, value: parseYears(field.value) };
  if (path === 'region') return { path, value: field.value || undefined };
  return { path, value: JSON.parse(field.value) as unknown };
}
