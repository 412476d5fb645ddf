import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClinicAttributes } from '../../shared/clinic-settings.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { emit } from '../../shared/emit.js';
import { addStyles, KcElement } from '../../shared/kc-element.js';
import { LazyPart, PartController } from '../../shared/lazy-part.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import { STEPS, type EligibilityAnswers, type Step } from './answers.js';
import { DraftKeeper } from './drafts.js';
import { styles } from './eligibility-check.styles.js';
import type { HandoffPayload } from './handoff.js';
import { HandoffStep, type HandoffSettings } from './handoff-step.js';
import type { EligibilityStrings } from './locales/en.js';
import { DEFAULT_RULES, type EligibilityResult, type EligibilityRulesInput } from './rules.js';
import { Screening, type StepChange } from './screening.js';
import { ClinicRulesCheck, DEFAULT_RETRY_DELAY, readSettings, screeningSettings, type SettingsInEffect } from './settings.js';
import { unavailable } from './views/contact.js';
import type { QuestionContext } from './views/context.js';
import type { OutcomeActions } from './views/outcome.js';
import { answerOf } from './views/fields.js';
import { questionStep } from './views/question-step.js';

// Each reader downloads only the language they read, English too.
const locales = new LocaleTable<EligibilityStrings>(
  'kc-eligibility-check',
  () => import('./locales/en.js'),
  import.meta.glob<{ default: EligibilityStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

/** The views of the steps after the first (and the crisis panel and the list of what is missing they share). */
const stepViews = new LazyPart(() => import('./views/step-views.js'));
/** The rule-set schema, for clinics that give rules of their own. */
const ruleSchemas = new LazyPart(() => import('./rules-schema.js'));
/** Region names, for clinics that set `regions` (the only time the region question is asked). */
const regionNames = new LazyPart(() => import('./region-names.js'));

/**
 * A careful eligibility screening for ketamine treatment of anxiety, one short step at a time: about you,
 * the GAD-7, the PHQ-9 (or at least its self-harm question, which is always asked), treatment history and a
 * health screen of the published contraindications. It ends with a result (eligible, review, ineligible or
 * crisis) and, when the clinic sets an `endpoint`, a consented hand-off of the answers. When the first step's
 * answers end the screening (under the minimum age, or outside the area served), the self-harm question is still
 * asked, on its own, before the result.
 *
 * A positive self-harm answer shows crisis resources at once and on every later step. Progress is kept in
 * `sessionStorage` (per page and per widget `id`) unless `persist="none"`; nothing goes into `localStorage`,
 * cookies, URLs or the console. Rules come from the `rules` property or a `<script type="application/json">`
 * child; an invalid rule set is shown and logged, and the widget does not screen with it.
 *
 * The first step comes with the element; the views of the later steps load right after its first paint. A patient
 * who presses Next before they arrived stays on the first step, every answer kept, until they have.
 *
 * @summary Eligibility screening with validated instruments, clinic rules, a crisis path and a consented hand-off.
 * @tagname kc-eligibility-check
 *
 * @csspart base - The widget's frame.
 * @csspart config-error - The notice that lists invalid settings.
 * @csspart progress - "Step N of M".
 * @csspart heading - The step's heading (focused on every step change).
 * @csspart form - The form of a question step.
 * @csspart question - Each question (a fieldset).
 * @csspart error-summary - What is still missing on a step.
 * @csspart crisis - The crisis resources panel.
 * @csspart result - The result.
 * @csspart handoff - The hand-off form.
 * @csspart handoff-status - The hand-off's sent or failed message.
 * @csspart handoff-copy - "Copy what I sent", once the clinic has the answers: copies a plain-text copy of what was sent to the patient's clipboard.
 * @cssprop --kc-eligibility-gap - Space between questions (defaults to `--kc-space`).
 * @cssprop --kc-eligibility-crisis-surface - Background of the crisis panel (defaults to `--kc-color-crisis-surface`).
 *
 * @fires kc-step-change - `{ step, index, total }` when the patient moves to another step (`index` and `total` count the steps of this patient's flow: every step, or `about`, `mood`, `result` (and `handoff`) when the first step ends the screening).
 * @fires kc-crisis - `{ source: 'phq9-item9' }` when the crisis panel first shows.
 * @fires kc-result - `{ outcome, reasons, scores }` when the result shows.
 * @fires kc-submit - `{ payload }` (a copy of the JSON payload, whatever `handoff-format` says) before the hand-off is sent; cancelable, so a host can send it its own way.
 * @fires kc-submit-success - `{ id }` (the submission id) when the endpoint itself confirmed the hand-off: a 2xx, never after a redirect, with an empty body or a JSON object.
 * @fires kc-submit-error - `{ error, attempts }` when it was not confirmed: every attempt failed, the endpoint refused it, redirected or answered something else, or the widget was removed while sending; the answers stay.
 */
export class KcEligibilityCheck extends KcElement<EligibilityStrings> {
  static override styles = [...KcElement.styles, styles];

  /** The clinic's name, used in the consent text and contact lines. Overrides `<kc-clinic name>`. */
  @property() name?: string;
  /** The clinic's phone number, shown in the crisis panel and the result. Overrides `<kc-clinic phone>`. */
  @property() phone?: string;
  /** Where eligible patients book a consultation (`https:`). Overrides `<kc-clinic booking-url>`. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Where the hand-off is POSTed (`https:`); without one there is no hand-off step. Overrides `<kc-clinic endpoint>`. */
  @property() endpoint?: string;
  /** ISO 3166-2 regions served, e.g. `US-CA US-NY`; when set, the patient is asked where they live. Overrides `<kc-clinic regions>`. */
  @property() regions?: string;
  /**
   * Youngest age treated (whole years, default 18). Wins over the rule set's `minAge`. When set but not whole years
   * from 0 to 120, the widget names it in a notice and does not screen (as with an invalid rule set).
   */
  @property({ attribute: 'min-age' }) minAge?: string;
  /** Instruments to ask, space-separated: `gad7` (always asked) and `phq9` (default `gad7 phq9`). PHQ-9 item 9 is asked either way. */
  @property() instruments?: string;
  /** `session` (default) keeps a draft in `sessionStorage` until the result or hand-off; `none` keeps nothing. */
  @property() persist?: string;
  /** The clinic's rule set (see `EligibilityRules`); wins over a `<script type="application/json">` child. */
  @property({ attribute: false }) rules?: EligibilityRulesInput;
  /**
   * Milliseconds before the first retry of a failed hand-off (0 to 60000, default 1000); each further retry waits
   * twice as long. Any other value is a config error, and the default is used.
   */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = DEFAULT_RETRY_DELAY;
  /**
   * What the hand-off POSTs: `json` (default) the hand-off payload itself (`Content-Type: application/json`, see
   * `ketamine-clinic-elements/handoff.schema.json`), or `fhir` a FHIR R4 transaction Bundle of it
   * (`Content-Type: application/fhir+json`, see `toFhirBundle`). Any other value is a config error, and `json` is used.
   */
  @property({ attribute: 'handoff-format' }) handoffFormat?: string;

  protected readonly locale = new LocaleController(this, locales);

  /** The age as typed, kept as typed so that "3x" can be corrected. */
  @state() private ageText = '';
  /** Whether "Copy" on the result worked (said next to the buttons). */
  @state() private copyNote = '';
  /** The status line announces the crisis panel's heading when it first shows, until the next step. */
  @state() private announceCrisis = false;
  /** Answers given from outside (the `answers` property) that were left out, and why. */
  @state() private answerErrors: readonly ConfigError[] = [];

  readonly #screening = new Screening(() => screeningSettings(this.#settings, this.#clinicRules.current, this.clinic.settings));
  readonly #stepViews = new PartController(this, stepViews);
  readonly #handoffStep = new HandoffStep(this, () => this.#drafts.keptKey);
  readonly #ruleSchemas = new PartController(this, ruleSchemas);
  readonly #regionNames = new PartController(this, regionNames);
  readonly #clinicRules = new ClinicRulesCheck();
  readonly #drafts = new DraftKeeper(this, () => this.#settings.persist === 'session');
  /** A step set from outside before the first render, applied once the clinic's settings are known. */
  #wantedStep?: Step;
  /** Focus the heading after the next render (a step change by the patient). */
  #focusHeading = false;
  #stepViewStylesAdded = false;

  /**
   * The patient's answers (a copy). Set it to prefill: each value is validated, invalid ones are left out and named in
   * a visible notice; `undefined` clears them. Shape: `EligibilityAnswers`.
   */
  get answers(): EligibilityAnswers {
    return structuredClone(this.#screening.answers);
  }
  set answers(value: EligibilityAnswers | undefined) {
    const { errors, crisisStarted } = this.#screening.setAnswers(value);
    this.answerErrors = errors.map((e) => ({ attribute: e.path, message: e.message }));
    this.#showAge();
    if (crisisStarted) this.#crisisStarted();
    this.#save();
    this.requestUpdate();
  }

  /**
   * The current step. Setting it moves there when every earlier step is complete, else to the first incomplete one
   * (set before the first render, once the clinic's settings are known).
   */
  get step(): Step {
    return this.#screening.step;
  }
  set step(value: Step) {
    // An unknown step is ignored.
    if (!STEPS.includes(value)) return;
    if (!this.hasUpdated) this.#wantedStep = value;
    else if (value !== this.step) {
      this.#screening.goTo(value);
      this.#save();
    }
    this.requestUpdate();
  }

  /** Clears every answer and the saved draft, and starts again at the first step. */
  reset(): void {
    this.#wantedStep = undefined;
    this.ageText = '';
    this.copyNote = '';
    this.#handoffStep.restart();
    this.#drafts.forget();
    this.#moved(this.#screening.reset(), this.isConnected);
  }

  /** Before a render: the rule-set schema for a clinic's own rules, and the views of the step about to show. */
  protected override loadsBeforeRender(): (Promise<unknown> | undefined)[] {
    const screening = this.#screening;
    const needsStepViews = screening.step !== 'about' || screening.crisis || screening.missing.length > 0;
    return [
      ...super.loadsBeforeRender(),
      this.#ruleInput !== undefined ? this.#ruleSchemas.loadIfNeverAsked() : undefined,
      needsStepViews || this.#drafts.waiting || this.#wantedStep ? this.#stepViews.loadIfNeverAsked() : undefined,
      screening.step === 'handoff' ? this.#handoffStep.loadIfNeverAsked() : undefined,
    ];
  }

  /**
   * Brings everything the render reads up to date: the clinic's rules, a saved draft (looked for once), a step set from
   * outside, the styles of the later steps' views, the hand-off form.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#clinicRules.check(this.#ruleInput, this.#ruleSchemas.module);
    if (this.#screening.flowOptions.regions.length && this.#regionNames.status === 'idle') void this.#regionNames.load();
    if (this.#wantedStep) {
      this.#screening.goTo(this.#wantedStep);
      this.#wantedStep = undefined;
    }
    if (!this.#drafts.looked && this.isConnected) this.#resumeDraft();
    // Keeping nothing from now on (a kiosk switching mid-flow) deletes what was kept, too.
    if (changed.has('persist') && this.#settings.persist === 'none') this.#drafts.forget();
    const views = this.#stepViews.module;
    if (views && !this.#stepViewStylesAdded) {
      this.#stepViewStylesAdded = true;
      addStyles(this, views.stepViewStyles);
    }
    if (this.step === 'handoff') this.#handoffStep.show();
  }

  protected override firstUpdated(): void {
    // The later steps' views, right after the first paint: awaited only when needed before they arrive.
    void this.#stepViews.load();
  }

  protected override updated(): void {
    if (!this.#focusHeading) return;
    this.#focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  // ---- settings ---------------------------------------------------------------------------------

  protected override clinicAttributes(): ClinicAttributes {
    return {
      ...super.clinicAttributes(),
      name: this.name,
      phone: this.phone,
      bookingUrl: this.bookingUrl,
      endpoint: this.endpoint,
      regions: this.regions,
    };
  }

  /** The widget's own settings in effect, and what was wrong with the ones given. */
  get #settings(): SettingsInEffect {
    return readSettings({
      minAge: this.minAge,
      instruments: this.instruments,
      persist: this.persist,
      retryDelay: this.retryDelay,
      retryDelayAttribute: this.getAttribute('retry-delay'),
      handoffFormat: this.handoffFormat,
    });
  }

  /** The clinic's own rule set: the `rules` property, else the JSON child's text. */
  get #ruleInput(): unknown {
    return this.rules ?? this.querySelector?.(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  protected override configErrors(): ConfigError[] {
    return [
      ...super.configErrors(),
      ...this.#settings.errors,
      ...this.#clinicRules.current.errors.map((e) => ({ attribute: e.path, message: e.message })),
      ...this.answerErrors,
    ];
  }

  // ---- drafts -----------------------------------------------------------------------------------

  /** Resumes a saved draft, once: its answers, the step reached and the crisis panel. */
  #resumeDraft(): void {
    const resumed = this.#drafts.resume(this.#screening);
    if (!resumed) return;
    this.#showAge();
    if (resumed.crisisStarted) this.#crisisStarted();
    this.#save();
  }

  /** Shows the age answered (set from outside or restored) in the age field. */
  #showAge(): void {
    const { age } = this.#screening.answers;
    this.ageText = age === undefined ? '' : String(age);
  }

  /** Keeps the draft, or deletes it once there is nothing (more) to keep. */
  #save(): void {
    if (this.isConnected) this.#drafts.save(this.#screening.draft);
  }

  // ---- moving -----------------------------------------------------------------------------------

  /**
   * After a move: a patient's move (`byPatient`) focuses the heading (which says the step) and fires `kc-step-change`,
   * and `kc-result` on the result; the draft is kept.
   */
  #moved(change: StepChange, byPatient: boolean): void {
    if (byPatient) {
      this.#focusHeading = true;
      this.announceCrisis = false;
      emit(this, 'kc-step-change', change);
      const result = this.#screening.result;
      if (change.step === 'result' && result) emit(this, 'kc-result', structuredClone(result));
    }
    if (change.step === 'handoff') this.#handoffStep.opened();
    this.#save();
    this.requestUpdate();
  }

  /** Self-harm was reported for the first time: the crisis panel shows and is announced, and `kc-crisis` fires. */
  #crisisStarted(): void {
    this.announceCrisis = true;
    emit(this, 'kc-crisis', { source: 'phq9-item9' });
  }

  /** Next: checks the step and moves on; before the next step's view has arrived, the step stays, answers kept. */
  readonly #onNext = async (event: Event): Promise<void> => {
    event.preventDefault();
    const step = this.step;
    // Offline: said on this step, and the next Next tries again.
    if (!(await this.#stepViews.load()) || this.step !== step) return;
    const outcome = this.#screening.next();
    if ('moved' in outcome) return this.#moved(outcome.moved, true);
    // The list of what is missing takes focus: it says how many questions still need an answer and links to each.
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#errors-h')?.focus();
  };

  readonly #onBack = (): void => this.#moved(this.#screening.back(), true);

  readonly #onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    if (field.name === 'age') this.ageText = field.value;
    const { path, value } = answerOf(field);
    if (this.#screening.answer(path, value).crisisStarted) this.#crisisStarted();
    this.#save();
    this.requestUpdate();
  };

  /** Moves focus to a question's first field (a link's target in the list of what is missing), its question in view. */
  readonly #focusQuestion = (path: string, event: Event): void => {
    event.preventDefault();
    const question = this.renderRoot.querySelector<HTMLElement>(`[data-q="${path}"]`);
    question?.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
    question?.scrollIntoView({ block: 'nearest' });
  };

  // ---- rendering --------------------------------------------------------------------------------

  #context(): QuestionContext {
    const rules = this.#screening.rules;
    return {
      strings: this.strings,
      lang: this.locale.lang,
      screening: this.#screening,
      clinic: this.clinic.settings,
      minAge: rules?.minAge ?? DEFAULT_RULES.minAge,
      ageText: this.ageText,
      regionName: (code) => this.#regionNames.module?.regionName(code, this.locale.lang) ?? code,
      focusQuestion: this.#focusQuestion,
    };
  }

  protected override renderView() {
    const s = this.strings;
    const ctx = this.#context();
    return html`<div part="base" dir=${this.locale.dir} data-theme=${this.resolvedTheme}>
      ${this.config.render(s.configErrorHeading)}
      <p class="kc-visually-hidden" role="status">${this.announceCrisis ? s.crisis.heading : ''}</p>
      ${this.#screening.screens ? this.#stepView(ctx) : unavailable(ctx)}
    </div>`;
  }

  /** The current step; only the first can show before the views of the later steps are here. */
  #stepView(ctx: QuestionContext) {
    const views = this.#stepViews.module;
    const step = ctx.screening.step;
    if (step !== 'result' && step !== 'handoff')
      return questionStep(ctx, views, {
        input: this.#onInput,
        next: this.#onNext,
        back: this.#onBack,
        viewsFailed: this.#stepViews.status === 'failed',
      });
    if (!views) return unavailable(ctx, true);
    const actions: OutcomeActions = {
      send: () => {
        const change = this.#screening.toHandoff();
        if (change) this.#moved(change, true);
      },
      copy: (summary) => void this.#copy(summary),
      back: this.#onBack,
      startOver: () => this.reset(),
      copyNote: this.copyNote,
    };
    return views.outcomeStep(ctx, actions, this.#handoffStep.view(ctx, views.resultSummary, this.#handoffSettings()));
  }

  #handoffSettings(): HandoffSettings {
    return {
      retryDelay: this.#settings.retryDelay,
      format: this.#settings.handoffFormat,
      answers: this.answers,
      sent: () => {
        // Handed off: nothing of it stays in this tab, even if the patient goes Back.
        this.#screening.markHandedOff();
        this.#drafts.forget();
      },
    };
  }

  /** Copies the plain-text summary of the result, and says whether it worked. */
  async #copy(summary: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(summary);
      this.copyNote = this.strings.copied;
    } catch {
      this.copyNote = this.strings.copyFailed;
    }
  }
}

/** Every event `<kc-eligibility-check>` dispatches, by name. */
export interface KcEligibilityCheckEventMap {
  'kc-step-change': CustomEvent<{ step: Step; index: number; total: number }>;
  'kc-crisis': CustomEvent<{ source: 'phq9-item9' }>;
  'kc-result': CustomEvent<EligibilityResult>;
  'kc-submit': CustomEvent<{ payload: HandoffPayload }>;
  'kc-submit-success': CustomEvent<{ id: string }>;
  'kc-submit-error': CustomEvent<{ error: string; attempts: number }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-eligibility-check': KcEligibilityCheck;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends KcEligibilityCheckEventMap {}
}
