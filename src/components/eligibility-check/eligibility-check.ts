import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClinicController } from '../../shared/clinic-controller.js';
import { phoneHref, type ClinicAttributes } from '../../shared/clinic-settings.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { KcElement } from '../../shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import { isWrongKind, textSetting, wrongKindMessage } from '../../shared/text-setting.js';
import {
  answerAt,
  INSTRUMENTS,
  parseInstruments,
  parseYears,
  QUESTION_STEPS,
  SELF_HARM_INDEX,
  STEPS,
  withAnswer,
  type EligibilityAnswers,
  type FlowOptions,
  type QuestionStep,
  type Step,
} from './answer-paths.js';
import type { AnswerError } from './answers.js';
import { clearDraft, draftKey, instanceName, PERSIST_MODES, saveDraft, sessionStore, type PersistMode } from './draft-storage.js';
import { styles } from './eligibility-check.styles.js';
import type { HandoffFormat, HandoffPayload } from './handoff.js';
import type { HandoffForm } from './handoff-form.js';
import type * as Later from './later-steps.js';
import type { EligibilityStrings } from './locales/en.js';
import type * as RegionNames from './region-names.js';
import type { EligibilityResult, EligibilityRules, RuleAction, RuleId } from './rules.js';
import type * as RulesSchema from './rules-schema.js';
import type { RuleError } from './rules-schema.js';

// Each reader downloads only the language they read, English too.
const locales = new LocaleTable<EligibilityStrings>(
  'kc-eligibility-check',
  () => import('./locales/en.js'),
  import.meta.glob<{ default: EligibilityStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

/**
 * A part loaded on demand and shared by every instance. The browser fetches a module once however often it is
 * imported, and tries again after a failed fetch.
 */
function lazy<T>(load: () => Promise<T>) {
  let value: T | undefined;
  return { get: () => value, load: () => load().then((m) => (value = m)) };
}

/**
 * Everything after the first step: its questions, moving between steps (with focus, announcements and events),
 * the crisis panel, the result, the hand-off step, the rules and the check of answers given from outside.
 * Imported right after the first paint.
 */
const later = lazy<typeof Later>(() => import('./later-steps.js'));
/** The rule-set schema, for clinics that give rules of their own. */
const schemas = lazy<typeof RulesSchema>(() => import('./rules-schema.js'));
/** Region names, for clinics that set `regions` (the only time the region question is asked). */
const names = lazy<typeof RegionNames>(() => import('./region-names.js'));

/** The widgets on the page (in the document or any shadow root), and the ids already said to be shared by two. */
const onPage = new Set<KcEligibilityCheck>();
const sharedIds = new Set<string>();

/** Milliseconds before the first retry of a failed hand-off when `retry-delay` is not set (or not valid). */
const DEFAULT_RETRY_DELAY = 1000;
/** The longest first retry delay accepted: a minute, so the third try comes three minutes after the first failed. */
const MAX_RETRY_DELAY = 60_000;

/** A clinic's rule set as given: any part of {@link EligibilityRules}, merged over the defaults. */
export type EligibilityRulesInput = Partial<Omit<EligibilityRules, 'actions'>> & {
  actions?: Partial<Record<RuleId, RuleAction>>;
};

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
 * The first step comes with the element; the later steps load right after its first paint. A patient who presses
 * Next before they arrived stays on the first step, every answer kept, until they have. `answers` and `step` set
 * before then are applied as soon as they arrive, before the next render.
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

  // Members marked @internal are shared with later-steps.ts; they are not public API.
  /** @internal */
  readonly locale = new LocaleController(this, locales);
  /** @internal */
  declare readonly clinic: ClinicController;
  // later-steps.ts calls requestUpdate() when it changes any of these but `current`.
  /** @internal The index of the current step in `steps`. */
  idx = 0;
  /** @internal */
  @state() current: EligibilityAnswers = {};
  /** @internal Answer paths the patient still has to answer on this step (after a Next). */
  missing: string[] = [];
  /**
   * @internal What the status line announces: the crisis panel's heading when it first shows, until the next step.
   * A step is announced by its heading, which takes focus.
   */
  note?: 'crisis';
  /** @internal The crisis panel shows (on every step once item 9 was answered above "Not at all"). */
  crisis?: boolean;
  /** @internal The answers were handed off: no draft is kept from then on. */
  handedOff?: boolean;
  /** @internal */
  crisisFired?: boolean;
  /** @internal */
  copyNote?: string;
  /** @internal */
  handoff?: HandoffForm;
  /** @internal The hand-off form could not be loaded (offline); opening the step again retries. */
  handoffFailed?: boolean;
  /** @internal */
  result?: EligibilityResult;
  /** @internal The age as typed. */
  ageText = '';
  /** @internal */
  answerErrors?: AnswerError[];
  /** @internal Focus the heading after the next render. */
  focusHeading?: boolean;
  /** @internal The draft's storage key. */
  key?: string;
  /** @internal The clinic's own rules, once checked. */
  parsed: { rules?: EligibilityRules; errors: readonly RuleError[] } = { errors: [] };
  /** The later steps could not load (offline): said on the first step, and tried again on the next Next. */
  @state() private failed?: boolean;
  /** What waits for the later steps (answers or a step set from outside, a saved draft), in order. */
  private queue: ((later: typeof Later) => void)[] = [];
  private looked?: boolean;
  private parsedFrom?: unknown;

  /**
   * The patient's answers (a copy). Set it to prefill: each value is validated, invalid ones are left out
   * and named in a visible notice; `undefined` clears them. Shape: `EligibilityAnswers`. Set before the later
   * steps have loaded (right after the first paint), they are applied when those arrive, before the next render.
   */
  get answers(): EligibilityAnswers {
    return structuredClone(this.current);
  }
  set answers(value: EligibilityAnswers | undefined) {
    this.whenLater((l) => l.setAnswers(this, value));
  }

  /**
   * The current step. Setting it moves there when every earlier step is complete, else to the first incomplete one
   * (once the later steps have loaded, before the next render).
   */
  get step(): Step {
    return this.steps[this.idx]!;
  }
  set step(value: Step) {
    // Staying where it is needs nothing (unless a move is still waiting); an unknown step is ignored.
    if ((value !== this.step || this.queue.length) && STEPS.includes(value))
      this.whenLater((l) => l.goTo(this, value), this.hasUpdated);
  }

  /** Clears every answer and the saved draft, and starts again at the first step. */
  reset(): void {
    this.queue = [];
    this.current = {};
    this.ageText = '';
    this.forget();
    this.whenLater((l) => l.restart(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.key ??= draftKey(instanceName(this), location.pathname);
    onPage.add(this);
    // Ids name drafts, and two widgets with one id in one root share theirs: say so once (the id only, never an answer).
    if (this.id && !sharedIds.has(this.id) && [...onPage].some((other) => other !== this && other.id === this.id)) {
      sharedIds.add(this.id);
      console.warn(
        `<${this.localName}> id="${this.id}" is used by another <${this.localName}> on this page: give each its own id (the id names its saved draft).`,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    onPage.delete(this);
  }

  /** Runs `fn` with the later steps: now when they are here (and `now` allows), else just before the next render after they arrive. */
  private whenLater(fn: (later: typeof Later) => void, now = true): void {
    const l = later.get();
    if (l && now) return fn(l);
    this.queue.push(fn);
    this.requestUpdate();
  }

  /**
   * Before a render, waits for what it needs: the schema for a clinic's own rules, and the later steps when
   * something waits for them (the base class waits for the language).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.looked) {
      this.looked = true;
      if (this.persistMode !== 'session') this.forget();
      else if (sessionStore()?.getItem(this.key!)) this.queue.push((l) => l.restore(this));
    }
    const waits: Promise<unknown>[] = [];
    if (this.ruleInput !== undefined && !schemas.get()) waits.push(schemas.load());
    if (this.queue.length && !later.get()) waits.push(later.load());
    if (!waits.length) return super.scheduleUpdate();
    return Promise.allSettled(waits).then(() => super.scheduleUpdate());
  }

  /** Applies what waited for the later steps, once the clinic's settings (steps, regions) are known. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Keeping nothing from now on (a kiosk switching mid-flow) deletes what was kept, too.
    if (changed.has('persist') && this.persistMode === 'none') this.forget();
    const l = later.get();
    if (l) this.flush(l);
  }

  private flush(l: typeof Later): void {
    l.prepare(this);
    for (const fn of this.queue.splice(0)) fn(l);
  }

  protected override firstUpdated(): void {
    // The later steps, right after the first paint; awaited only if needed before they arrive.
    later.load().then(
      () => this.requestUpdate(),
      () => {},
    );
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
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

  /** @internal Where a draft (and a hand-off being sent) is kept. */
  get persistMode(): PersistMode {
    const persist = textSetting(this.persist);
    // A list or an object set from script keeps nothing, like an unknown word.
    if (isWrongKind(persist)) return 'none';
    const mode = persist?.trim() || 'session';
    // An unknown value keeps nothing: the safer reading of a kiosk's intent.
    return (PERSIST_MODES as readonly string[]).includes(mode) ? (mode as PersistMode) : 'none';
  }

  /** The clinic's own rule set: the `rules` property, else the JSON child's text. */
  private get ruleInput(): unknown {
    return this.rules ?? this.querySelector?.(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /** @internal Checks the clinic's own rule set with the schema (which a render waits for). */
  parseRules(): void {
    const input = this.ruleInput;
    const schema = schemas.get();
    if (input !== this.parsedFrom && (schema || input === undefined)) {
      this.parsedFrom = input;
      try {
        this.parsed = input === undefined ? { errors: [] } : schema!.parseRules(input);
      } catch {
        // parseRules never throws; should it ever, a rule set that cannot be read is still not screened with.
        this.parsed = { errors: [{ key: 'rules', path: 'rules', message: 'could not be read.' }] };
      }
    }
    if (input !== this.parsedFrom)
      this.parsed = {
        errors: [{ key: 'rules', path: 'rules', message: 'could not be checked: the rules module did not load.' }],
      };
  }

  /**
   * @internal The hand-off's first retry delay in effect: `retry-delay` when valid (NaN is not), else the default.
   * At most a minute: the third try then comes three minutes after the first failed.
   */
  get retryBase(): number {
    return this.retryDelayIsValid ? this.retryDelay : DEFAULT_RETRY_DELAY;
  }

  /** Whether `retry-delay` is a number of milliseconds from 0 to a minute (set from script, it may be anything). */
  private get retryDelayIsValid(): boolean {
    const delay: unknown = this.retryDelay;
    return typeof delay === 'number' && delay >= 0 && delay <= MAX_RETRY_DELAY;
  }

  /** @internal `min-age` in whole years, when it is one (else the rule set's minimum age applies). */
  get minAgeYears(): number | undefined {
    const minAge = textSetting(this.minAge);
    return isWrongKind(minAge) ? undefined : parseYears(minAge);
  }

  /**
   * @internal Whether `min-age` is set but not whole years (or not text): then the widget does not screen, as with an
   * invalid rule set, rather than screen with a minimum age the clinic did not choose.
   */
  get minAgeInvalid(): boolean {
    const minAge = textSetting(this.minAge);
    return isWrongKind(minAge) || (!!minAge?.trim() && parseYears(minAge) === undefined);
  }

  /** @internal The hand-off format in effect: `handoff-format` when valid, else `json`. */
  get handoffFormatInEffect(): HandoffFormat {
    const format = textSetting(this.handoffFormat);
    return !isWrongKind(format) && format?.trim() === 'fhir' ? 'fhir' : 'json';
  }

  /** @internal What the questions depend on: the instruments asked and the regions served. */
  get options(): FlowOptions {
    this.parseRules();
    const instruments = textSetting(this.instruments);
    return {
      instruments:
        instruments === undefined || isWrongKind(instruments) ? [...INSTRUMENTS] : parseInstruments(instruments).instruments,
      regions: this.parsed.rules?.regions ?? [...(this.clinic.settings.regions ?? [])],
    };
  }

  /** @internal */
  get steps(): Step[] {
    return STEPS.filter((s) => s !== 'handoff' || this.clinic.settings.endpoint);
  }

  protected override configErrors(): ConfigError[] {
    const errors: ConfigError[] = [...super.configErrors()];
    // Each read as text: set from script, a setting may be a number (read as it prints), a list, an object or a Proxy.
    const minAge = textSetting(this.minAge);
    if (isWrongKind(minAge))
      errors.push({ attribute: 'min-age', message: wrongKindMessage(minAge, 'give whole years from 0 to 120.') });
    else if (minAge?.trim() && parseYears(minAge) === undefined)
      errors.push({ attribute: 'min-age', message: `"${minAge}" is not a whole number of years from 0 to 120.` });
    const instruments = textSetting(this.instruments);
    const { unknown } = parseInstruments(isWrongKind(instruments) ? '' : (instruments ?? ''));
    if (isWrongKind(instruments))
      errors.push({
        attribute: 'instruments',
        message: wrongKindMessage(instruments, `give ${INSTRUMENTS.join(' and ')}, separated by spaces.`),
      });
    else if (unknown.length)
      errors.push({
        attribute: 'instruments',
        message: `${unknown.map((t) => `"${t}"`).join(', ')}: use ${INSTRUMENTS.join(' and ')}.`,
      });
    const persist = textSetting(this.persist);
    if (isWrongKind(persist)) errors.push({ attribute: 'persist', message: wrongKindMessage(persist, 'nothing is kept.') });
    else if (persist?.trim() && persist.trim() !== this.persistMode)
      errors.push({ attribute: 'persist', message: `"${persist}" is not one of ${PERSIST_MODES.join(', ')}; nothing is kept.` });
    if (!this.retryDelayIsValid) {
      const given = this.getAttribute('retry-delay') ?? textSetting(this.retryDelay);
      errors.push({
        attribute: 'retry-delay',
        message: isWrongKind(given)
          ? `was set to ${given.wrongKind}, not a number of milliseconds from 0 to ${MAX_RETRY_DELAY}; ${DEFAULT_RETRY_DELAY} is used.`
          : `"${given}" is not a number of milliseconds from 0 to ${MAX_RETRY_DELAY}; ${DEFAULT_RETRY_DELAY} is used.`,
      });
    }
    const format = textSetting(this.handoffFormat);
    if (isWrongKind(format)) errors.push({ attribute: 'handoff-format', message: wrongKindMessage(format, 'json is used.') });
    else if (format?.trim() && format.trim() !== this.handoffFormatInEffect)
      errors.push({ attribute: 'handoff-format', message: `"${format}" is not json or fhir; json is used.` });
    this.parseRules();
    return [
      ...errors,
      ...[...this.parsed.errors, ...(this.answerErrors ?? [])].map((e) => ({ attribute: e.path, message: e.message })),
    ];
  }

  // ---- the first step ---------------------------------------------------------------------------

  /** @internal Keeps the draft, or clears it once there is nothing (more) to keep. */
  save(): void {
    // Not while a draft or answers wait to be applied: the draft in storage is the one to restore.
    if (!this.key || !this.isConnected || this.queue.length) return;
    if (
      this.persistMode === 'none' ||
      this.handedOff ||
      (this.step === 'result' && !this.clinic.settings.endpoint) ||
      !Object.keys(this.current).length
    )
      this.forget();
    else saveDraft(sessionStore(), this.key, { answers: this.current, step: this.step, crisis: !!this.crisis });
  }

  /** @internal Deletes the saved draft. */
  forget(): void {
    if (this.key) clearDraft(sessionStore(), this.key);
  }

  /** Next: checks the step and moves on (later-steps.ts); before that has arrived, the step stays as it is, answers kept. */
  private async onNext(e: Event) {
    e.preventDefault();
    const idx = this.idx;
    const l = await later.load().catch(() => undefined);
    this.failed = !l;
    if (!l) return;
    // What waited for them first (a draft that could not load before, say); then Next, unless that moved the step.
    this.flush(l);
    if (this.idx === idx) return l.next(this);
  }

  private onInput(e: Event) {
    const t = e.target as HTMLInputElement;
    const path = t.name;
    const value =
      t.type === 'checkbox'
        ? [...t.form!.querySelectorAll<HTMLInputElement>(`[name=${path}]:checked`)].map((c) => c.value)
        : path === 'age'
          ? parseYears((this.ageText = t.value))
          : path === 'region'
            ? t.value || undefined
            : (JSON.parse(t.value) as unknown);
    this.current = withAnswer(this.current, path, value);
    if (value !== undefined) this.missing = this.missing.filter((p) => p !== path);
    // The self-harm question is on the mood step, which shows only once the later steps are here.
    if (path === `phq9.${SELF_HARM_INDEX + 1}` && (value as number) > 0) later.get()!.flagCrisis(this);
    this.save();
  }

  protected override renderView() {
    const s = this.strings;
    const { note } = this;
    const l = later.get();
    return html`<div part="base" dir=${this.locale.dir} data-theme=${this.resolvedTheme}>
      ${this.config.render(s.configErrorHeading)}
      <p class="kc-visually-hidden" role="status">${note && l ? l.title(this, s, note) : ''}</p>
      ${
        this.parsed.errors.length || this.minAgeInvalid
          ? html`<p>${s.unavailable}</p>
              ${this.contactLine()}`
          : this.stepView(s, l)
      }
    </div>`;
  }

  /** The current step; only the first can show before the later steps are here. */
  private stepView(s: EligibilityStrings, l?: typeof Later) {
    const step = this.step;
    const n = QUESTION_STEPS.indexOf(step as QuestionStep);
    if (n < 0) return l!.outcome(this, s, step as 'result' | 'handoff');
    // Counted along this patient's flow (once the later steps are here; only the first step can show before).
    // Focused on every step change, the heading says the step ("Anxiety") and describes it with the progress line.
    const [position, total] = l?.progress(this, step) ?? [1, QUESTION_STEPS.length];
    return html`<p part="progress" class="progress" id="progress">${s.stepOf(position, total)}</p>
      <h2 part="heading" tabindex="-1" aria-describedby="progress">${s.steps[step]}</h2>
      ${n !== 2 && this.crisis && l ? l.crisisPanel(this, s, true) : nothing}
      <form part="form" novalidate @input=${this.onInput} @submit=${this.onNext}>
        ${this.missing.length ? l!.errorSummary(this, s) : nothing}
        ${n ? l![step as Exclude<QuestionStep, 'about'>](this, s) : this.about(s)}
        ${this.failed ? html`<p class="msg" role="alert">${s.unavailable}</p>` : nothing}
        <div class="nav">
          ${n ? html`<button type="button" class="kc-button" @click=${() => l!.back(this)}>${s.back}</button>` : nothing}
          <button class="kc-button kc-button--primary">${position === total ? s.seeResult : s.next}</button>
        </div>
      </form>`;
  }

  /** The id of a question's "please answer" message, when it shows. */
  private errorId(path: string) {
    return this.missing.includes(path) ? `${path.replace('.', '-')}-e` : '';
  }

  private error(path: string, text = this.strings.required) {
    const id = this.errorId(path);
    return id ? html`<p class="msg" id=${id}>${text}</p>` : nothing;
  }

  private describedBy(path: string, also = '') {
    return [also, this.errorId(path)].join(' ').trim() || nothing;
  }

  /**
   * @internal A question answered with radio buttons: a radio group (its id the answer's path, as the age field's is),
   * required unless `optional`, described by its `stem` (the id of the instrument's "Over the last 2 weeks…" line)
   * and by its error when it shows.
   */
  radios(
    path: string,
    legend: string,
    options: readonly (readonly [unknown, string])[],
    lang = '',
    kind = 'yn',
    { stem = '', optional = false } = {},
  ) {
    const value = answerAt(this.current, path);
    return html`<fieldset
      part="question"
      class="q ${kind}"
      id=${path}
      data-q=${path}
      role="radiogroup"
      aria-required=${!optional}
      aria-invalid=${this.missing.includes(path)}
      aria-describedby=${this.describedBy(path, stem)}
    >
      <legend lang=${lang || nothing}>${legend}</legend>
      ${this.error(path)}
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

  /** @internal A yes/no question. */
  yesNo(path: string, legend: string, s: EligibilityStrings) {
    return this.radios(path, legend, [
      [true, s.yes],
      [false, s.no],
    ]);
  }

  private about(s: EligibilityStrings) {
    const { regions } = this.options;
    const regionNames = names.get();
    if (regions.length && !regionNames)
      names.load().then(
        () => this.requestUpdate(),
        () => {},
      );
    return html`<div class="q" data-q="age">
        <label for="age">${s.age}</label>
        <p class="hint" id="age-h">${s.ageHint}</p>
        ${this.error('age', this.ageText.trim() ? s.ageInvalid : s.required)}
        <input
          id="age"
          name="age"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${this.ageText}
          aria-required="true"
          aria-invalid=${this.missing.includes('age')}
          aria-describedby=${this.describedBy('age', 'age-h')}
        />
      </div>
      ${
        regions.length
          ? html`<div class="q" data-q="region">
              <label for="region">${s.region}</label>
              ${this.error('region')}
              <select id="region" name="region" aria-required="true" aria-describedby=${this.describedBy('region')}>
                <option value="">${s.regionChoose}</option>
                ${[...regions, 'other'].map(
                  (r) =>
                    html`<option value=${r} ?selected=${this.current.region === r}>
                      ${r === 'other' ? s.regionOther : (regionNames?.regionName(r, this.locale.lang) ?? r)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${this.yesNo('pregnant', s.pregnant, s)}`;
  }

  /** @internal The clinic's phone, when it has one. */
  contactLine() {
    const { phone, name } = this.clinic.settings;
    return phone ? html`<p>${this.strings.crisis.clinic(name)} <a href=${phoneHref(phone)!}>${phone}</a></p>` : nothing;
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
