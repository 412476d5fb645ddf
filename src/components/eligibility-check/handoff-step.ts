import { nothing, type ReactiveControllerHost } from 'lit';
import { LazyPart, PartController } from '../../shared/lazy-part.js';
import type { EligibilityAnswers } from './answers.js';
import type { HandoffFormat } from './handoff.js';
import type * as HandoffFormModule from './handoff-form.js';
import type { ViewContext } from './views/context.js';
import type { resultSummary } from './views/outcome.js';

/** The hand-off form, for clinics with an endpoint, loaded when a patient opens the hand-off step. */
const handoffForms = new LazyPart(() => import('./handoff-form.js'));

/** What the hand-off needs from the widget besides what every view reads. */
export interface HandoffSettings {
  /** The first retry delay, in milliseconds. */
  retryDelay: number;
  format: HandoffFormat;
  /** A copy of the answers. */
  answers: EligibilityAnswers;
  /** Called once the clinic confirmed it has the answers. */
  sent: () => void;
}

/**
 * One widget's hand-off step: its form, loaded when the patient first opens the step and kept for this screening
 * (with what was typed and any send under way), rendered with the widget's settings.
 */
export class HandoffStep {
  readonly #forms: PartController<typeof HandoffFormModule>;
  #form?: HandoffFormModule.HandoffForm;

  /** @param draftKey where the widget's draft is kept (a hand-off being sent is kept next to it), if anywhere */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly draftKey: () => string | undefined,
  ) {
    this.#forms = new PartController(host, handoffForms);
  }

  /** For the wait before a render on the hand-off step: the form, the first time. */
  loadIfNeverAsked(): Promise<unknown> | undefined {
    return this.#forms.loadIfNeverAsked();
  }

  /** The patient opened the step: a form that could not load before (offline) is tried again. */
  opened(): void {
    if (this.#forms.status === 'failed') void this.#forms.load();
  }

  /**
   * The step is showing: its form, once it has loaded, for the rest of this screening. Reached without the patient
   * opening it (a draft resumed at the hand-off after a reload), the form is asked for here; the widget updates when it
   * arrives.
   */
  show(): void {
    const module = this.#forms.module;
    if (module) this.#form ??= new module.HandoffForm(this.host, this.draftKey);
    else if (this.#forms.status === 'idle') void this.#forms.load();
  }

  /** Start over: a send still under way belongs to the screening that ended, so it is stopped and its form let go of. */
  restart(): void {
    this.#form?.dispose();
    this.#form = undefined;
  }

  /** The form (nothing before it loaded), and whether it could not load (offline). */
  view(ctx: ViewContext, summary: typeof resultSummary, settings: HandoffSettings) {
    const { endpoint, name } = ctx.clinic;
    const result = ctx.screening.result;
    const failed = this.#forms.status === 'failed' && !this.#form;
    if (!this.#form || !result || !endpoint) return { form: nothing, failed };
    const s = ctx.strings;
    const form = this.#form.render({
      clinic: name ?? s.theClinic,
      clinicName: name,
      endpoint,
      locale: ctx.lang,
      strings: s,
      result,
      summary: summary(ctx, result),
      ...settings,
    });
    return { form, failed };
  }
}
