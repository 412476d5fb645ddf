import { html, nothing } from 'lit';
import type { QuestionContext } from './context.js';
import type * as StepViews from './step-views.js';
import { aboutStep } from './steps/about.js';

/** What the form of a question step does, and whether the views of the later steps could not load. */
export interface QuestionStepHandlers {
  readonly input: (event: Event) => void;
  readonly next: (event: Event) => void;
  readonly back: () => void;
  /** The views of the later steps could not load (offline): said on the step; the next Next tries again. */
  readonly viewsFailed: boolean;
}

/**
 * A step with questions: "Step N of M", its heading (focused on every step change, it says the step and is described
 * by the progress line), the crisis panel when self-harm was reported, the list of what is missing after a Next that
 * could not move on, the questions, and Back and Next. Only the first step can show before `views` are here.
 */
export function questionStep(ctx: QuestionContext, views: typeof StepViews | undefined, on: QuestionStepHandlers) {
  const { strings: s, screening } = ctx;
  const step = screening.step;
  const [position, total] = screening.progressOf(step);
  return html`<p part="progress" class="progress" id="progress">${s.stepOf(position, total)}</p>
    <h2 part="heading" tabindex="-1" aria-describedby="progress">${s.steps[step]}</h2>
    ${step !== 'mood' && screening.crisis && views ? views.crisisPanel(ctx, true) : nothing}
    <form part="form" novalidate @input=${on.input} @submit=${on.next}>
      ${screening.missing.length && views ? views.errorSummary(ctx) : nothing}
      ${
        step === 'about'
          ? aboutStep(ctx)
          : views && step !== 'result' && step !== 'handoff'
            ? views.questionSteps[step](ctx)
            : nothing
      }
      ${on.viewsFailed ? html`<p class="msg" role="alert">${s.unavailable}</p>` : nothing}
      <div class="nav">
        ${step === 'about' ? nothing : html`<button type="button" class="kc-button" @click=${on.back}>${s.back}</button>`}
        <button class="kc-button kc-button--primary">${position === total ? s.seeResult : s.next}</button>
      </div>
    </form>`;
}
