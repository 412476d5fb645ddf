import { html, nothing } from 'lit';
import type { EligibilityStrings } from '../locales/en.js';
import type { QuestionContext } from './context.js';

/** A question's label in the list of what is missing, with its language when it differs (the English GAD-7 in Spanish). */
function questionLabel(s: EligibilityStrings, path: string): [text: string, lang?: string] {
  const [key, sub] = path.split('.') as [string, string];
  if (key === 'gad7' || key === 'phq9') return [s[key].items[+sub - 1]!, s[key].lang];
  if (key === 'health') return [s.health[sub as keyof EligibilityStrings['health']]];
  return [s[key as 'age' | 'region' | 'pregnant' | 'trials' | 'prescriber']];
}

/**
 * What is still missing on a step (GOV.UK's error summary): a heading that takes focus and says how many questions
 * still need an answer, then a link to each question that moves focus to it.
 */
export function errorSummary(ctx: QuestionContext) {
  const { strings: s, screening } = ctx;
  return html`<div part="error-summary" class="errors">
    <h3 id="errors-h" tabindex="-1">${s.missing(screening.missing.length)}</h3>
    <ul>
      ${screening.missing.map((path) => {
        const [text, lang] = questionLabel(s, path);
        return html`<li>
          <a href="#${path}" lang=${lang || nothing} @click=${(e: Event) => ctx.focusQuestion(path, e)}>${text}</a>
        </li>`;
      })}
    </ul>
  </div>`;
}
