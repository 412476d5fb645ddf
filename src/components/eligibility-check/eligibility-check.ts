import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { phoneHref, type ClinicAttributes } from '../../shared/clinic-settings.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { emit } from '../../shared/emit.js';
import { KcElement } from '../../shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import {
  answerAt,
  DIAGNOSES,
  HEALTH_CONDITIONS,
  HEALTH_MEDICINES,
  INSTRUMENTS,
  missingAnswers,
  parseInstruments,
  parseYears,
  QUESTION_STEPS,
  STEPS,
  TREATMENTS,
  TRIALS,
  validateAnswers,
  withAnswer,
  type AnswerError,
  type EligibilityAnswers,
  type FlowOptions,
  type Instrument,
  type Step,
} from './answers.js';
import { styles } from './eligibility-check.styles.js';
import type { HandoffPayload } from './handoff.js';
import type { HandoffForm } from './handoff-form.js';
import { SELF_HARM_INDEX } from './instruments.js';
import en, { type EligibilityStrings } from './locales/en.js';
import { clearDraft, draftKey, loadDraft, PERSIST_MODES, saveDraft, type PersistMode } from './persistence.js';
import type * as RegionNames from './region-names.js';
import { DEFAULT_RULES, evaluateEligibility, type EligibilityResult, type EligibilityRules, type RuleAction, type RuleId } from './rules.js';
import type * as RulesSchema from './rules-schema.js';
import type { RuleError } from './rules-schema.js';
import { reasonText, scoreLines, summaryText } from './summary.js';

const locales = new LocaleTable<EligibilityStrings>(
  'kc-eligibility-check',
  en,
  import.meta.glob<{ default: EligibilityStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

/** A clinic's rule set as given: any part of {@link EligibilityRules}, merged over the defaults. */
export type EligibilityRulesInput = Partial<Omit<EligibilityRules, 'actions'>> & {
  actions?: Partial<Record<RuleId, RuleAction>>;
};

/** The rule-set schema, loaded only for clinics that give rules of their own; shared by every instance. */
let schema: typeof RulesSchema | undefined;
let schemaLoad: Promise<unknown> | undefined;
const loadSchema = () => (schemaLoad ??= import('./rules-schema.js').then((m) => (schema = m)).catch(() => undefined));

/** Region names, loaded only for clinics that set `regions` (the only time the region question is asked). */
let names: typeof RegionNames | undefined;
let namesLoad: Promise<unknown> | undefined;
const loadNames = () => (namesLoad ??= import('./region-names.js').then((m) => (names = m)).catch(() => undefined));

const SELF_HARM = `phq9.${SELF_HARM_INDEX + 1}`;
const yesNo = (s: EligibilityStrings): [boolean, string][] => [
  [true, s.yes],
  [false, s.no],
];
const session = (): Storage | undefined => {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
};

/**
 * A careful eligibility screening for ketamine treatment of anxiety, one short step at a time: about you,
 * the GAD-7, the PHQ-9 (or at least its self-harm question, which is always asked), treatment history and a
 * health screen of the published contraindications. It ends with a result (eligible, review, ineligible or
 * crisis) and, when the clinic sets an `endpoint`, a consented hand-off of the answers.
 *
 * A positive self-harm answer shows crisis resources at once and on every later step. Progress is kept in
 * `sessionStorage` (per page and per widget `id`) unless `persist="none"`; nothing goes into `localStorage`,
 * cookies, URLs or the console. Rules come from the `rules` property or a `<script type="application/json">`
 * child; an invalid rule set is shown and logged, and the widget does not screen with it.
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
 * @cssprop --kc-eligibility-gap - Space between questions (defaults to `--kc-space`).
 * @cssprop --kc-eligibility-crisis-surface - Background of the crisis panel (defaults to `--kc-color-crisis-surface`).
 *
 * @fires kc-step-change - `{ step, index, total }` when the patient moves to another step (`index` and `total` count every step of the flow).
 * @fires kc-crisis - `{ source: 'phq9-item9' }` when the crisis panel first shows.
 * @fires kc-result - `{ outcome, reasons, scores }` when the result shows.
 * @fires kc-submit - `{ payload }` before the hand-off is sent; cancelable, so a host can send it its own way.
 * @fires kc-submit-success - `{ id }` (the submission id) when the clinic's endpoint accepted the hand-off.
 * @fires kc-submit-error - `{ error, attempts }` when every attempt failed; the answers stay.
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
  /** Youngest age treated (whole years, default 18). Wins over the rule set's `minAge`. */
  @property({ attribute: 'min-age' }) minAge?: string;
  /** Instruments to ask, space-separated: `gad7` (always asked) and `phq9` (default `gad7 phq9`). PHQ-9 item 9 is asked either way. */
  @property() instruments?: string;
  /** `session` (default) keeps a draft in `sessionStorage` until the result or hand-off; `none` keeps nothing. */
  @property() persist?: string;
  /** The clinic's rule set (see `EligibilityRules`); wins over a `<script type="application/json">` child. */
  @property({ attribute: false }) rules?: EligibilityRulesInput;
  /** Milliseconds before the first retry of a failed hand-off; each further retry waits twice as long. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;

  protected readonly locale = new LocaleController(this, locales);

  @state() private idx = 0;
  @state() private current: EligibilityAnswers = {};
  @state() private missing: string[] = [];
  @state() private crisis = false;
  @state() private note = '';
  @state() private copyNote = '';
  @state() private handoff?: HandoffForm;
  private ageText = '';
  private result?: EligibilityResult;
  private answerErrors: AnswerError[] = [];
  private crisisFired = false;
  private focusHeading = false;
  private key?: string;
  private restored = false;
  private parsedFrom?: unknown;
  private parsed: { rules?: EligibilityRules; errors: readonly RuleError[] } = { rules: DEFAULT_RULES, errors: [] };

  /**
   * The patient's answers (a copy). Set it to prefill: each value is validated, invalid ones are left out
   * and named in a visible notice; `undefined` clears them. Shape: `EligibilityAnswers`.
   */
  get answers(): EligibilityAnswers {
    return structuredClone(this.current);
  }
  set answers(value: EligibilityAnswers | undefined) {
    const { answers, errors } = validateAnswers(value ?? {});
    this.current = answers;
    this.answerErrors = errors;
    this.ageText = answers.age === undefined ? '' : String(answers.age);
    if ((answers.phq9?.[SELF_HARM_INDEX] ?? 0) > 0) this.flagCrisis();
    this.save();
  }

  /** The current step. Setting it moves there when every earlier step is complete, else to the first incomplete one. */
  get step(): Step {
    return this.steps[this.idx]!;
  }
  set step(value: Step) {
    const i = this.steps.indexOf(value);
    if (i >= 0) this.go(Math.min(i, this.limit()), false);
  }

  /** Clears every answer and the saved draft, and starts again at the first step. */
  reset(): void {
    this.current = {};
    this.ageText = '';
    this.crisis = this.crisisFired = false;
    this.handoff = undefined;
    this.result = undefined;
    this.copyNote = '';
    if (this.key) clearDraft(session(), this.key);
    this.go(0, this.isConnected);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as ParentNode;
    this.key ??= draftKey(this.id || String([...root.querySelectorAll(this.localName)].indexOf(this)), location.pathname);
  }

  /** Restores a saved draft on the first update, once the clinic's settings (steps, regions) are known. */
  protected override update(changed: PropertyValues): void {
    if (!this.restored) {
      this.restored = true;
      const draft = this.persistMode === 'session' ? loadDraft(session(), this.key!) : undefined;
      if (draft) {
        this.answers = draft.answers;
        if (draft.crisis) this.flagCrisis();
        this.step = draft.step;
      } else if (this.persistMode === 'none') clearDraft(session(), this.key!);
    }
    super.update(changed);
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

  private get persistMode(): PersistMode {
    const mode = this.persist?.trim() || 'session';
    // An unknown value keeps nothing: the safer reading of a kiosk's intent.
    return (PERSIST_MODES as readonly string[]).includes(mode) ? (mode as PersistMode) : 'none';
  }

  private get chosenInstruments(): Instrument[] {
    return this.instruments === undefined ? [...INSTRUMENTS] : parseInstruments(this.instruments).instruments;
  }

  /** The clinic's own rule set: the `rules` property, else the JSON child's text. */
  private get ruleInput(): unknown {
    return this.rules ?? this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /** The rule set in effect, or undefined when the clinic's is invalid. */
  private get ruleSet(): EligibilityRules | undefined {
    const input = this.ruleInput;
    if (input !== this.parsedFrom && (schema || input === undefined)) {
      this.parsedFrom = input;
      this.parsed = schema && input !== undefined ? schema.parseRules(input) : { rules: DEFAULT_RULES, errors: [] };
    }
    if (input !== this.parsedFrom)
      this.parsed = { errors: [{ key: 'rules', path: 'rules', message: 'could not be checked: the rules module did not load.' }] };
    const rules = this.parsed.rules;
    if (!rules) return undefined;
    return { ...rules, minAge: parseYears(this.minAge) ?? rules.minAge, regions: rules.regions ?? [...(this.clinic.settings.regions ?? [])] };
  }

  /** Waits for the rule-set schema before rendering a clinic's own rules (and for the language, in the base class). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.ruleInput !== undefined && !schema) return loadSchema().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  private get flow(): FlowOptions {
    return { instruments: this.chosenInstruments, regions: this.ruleSet?.regions ?? [] };
  }

  private get steps(): Step[] {
    return this.clinic.settings.endpoint ? [...STEPS] : STEPS.filter((s) => s !== 'handoff');
  }

  protected override configErrors(): ConfigError[] {
    const errors: ConfigError[] = [...super.configErrors()];
    if (this.minAge?.trim() && parseYears(this.minAge) === undefined)
      errors.push({ attribute: 'min-age', message: `"${this.minAge}" is not a whole number of years from 0 to 120.` });
    const { unknown } = parseInstruments(this.instruments ?? '');
    if (unknown.length)
      errors.push({ attribute: 'instruments', message: `${unknown.map((t) => `"${t}"`).join(', ')}: use ${INSTRUMENTS.join(' and ')}.` });
    if (this.persist?.trim() && !(PERSIST_MODES as readonly string[]).includes(this.persist.trim()))
      errors.push({ attribute: 'persist', message: `"${this.persist}" is not one of ${PERSIST_MODES.join(', ')}; nothing is kept.` });
    void this.ruleSet;
    return [
      ...errors,
      ...this.parsed.errors.map((e) => ({ attribute: e.path, message: e.message })),
      ...this.answerErrors.map((e) => ({ attribute: e.path, message: e.message })),
    ];
  }

  // ---- flow -------------------------------------------------------------------------------------

  /** Whether the first step's answers already end the screening (under the minimum age, or outside the area). */
  private get endsEarly(): boolean {
    const rules = this.ruleSet;
    return (
      !!rules &&
      evaluateEligibility(this.current, rules).reasons.some((r) => r.action === 'exclude' && (r.rule === 'age' || r.rule === 'region'))
    );
  }

  /** The furthest step the answers allow. */
  private limit(): number {
    const steps = this.steps;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step === 'result') break;
      if (missingAnswers(this.current, step, this.flow).length) return i;
      if (step === 'about' && this.endsEarly) break;
    }
    return steps.length - 1;
  }

  private go(i: number, user: boolean): void {
    const steps = this.steps;
    const step = steps[i]!;
    const rules = this.ruleSet;
    this.idx = i;
    this.missing = [];
    if ((step === 'result' || step === 'handoff') && rules) {
      this.result = evaluateEligibility(this.current, rules);
      if (user && step === 'result') emit(this, 'kc-result', structuredClone(this.result));
    }
    if (step === 'handoff' && !this.handoff)
      void import('./handoff-form.js').then((m) => (this.handoff ??= new m.HandoffForm(this)));
    if (user) {
      this.focusHeading = true;
      this.note = this.stepTitle(step);
      emit(this, 'kc-step-change', { step, index: i, total: steps.length });
    }
    this.save();
  }

  private stepTitle(step: Step): string {
    const s = this.strings;
    const n = QUESTION_STEPS.indexOf(step as (typeof QUESTION_STEPS)[number]);
    if (step === 'result' && this.result) return s.outcomes[this.result.outcome].title;
    return n >= 0 ? `${s.stepOf(n + 1, QUESTION_STEPS.length)}: ${s.steps[step]}` : s.steps[step];
  }

  private save(): void {
    if (!this.key || !this.isConnected) return;
    const storage = session();
    const done = this.step === 'result' && !this.clinic.settings.endpoint;
    if (this.persistMode === 'none' || done || !Object.keys(this.current).length) clearDraft(storage, this.key);
    else saveDraft(storage, this.key, { answers: this.current, step: this.step, crisis: this.crisis });
  }

  private flagCrisis(): void {
    this.crisis = true;
    if (this.crisisFired) return;
    this.crisisFired = true;
    this.note = this.strings.crisis.heading;
    emit(this, 'kc-crisis', { source: 'phq9-item9' });
  }

  private async onNext(e: Event) {
    e.preventDefault();
    const step = this.step;
    this.missing = missingAnswers(this.current, step, this.flow);
    if (this.missing.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-q="${this.missing[0]}"] :is(input, select)`)?.focus();
      return;
    }
    this.go(step === 'about' && this.endsEarly ? this.steps.indexOf('result') : this.idx + 1, true);
  }

  private back() {
    this.go(this.step === 'result' && this.endsEarly ? 0 : this.idx - 1, true);
  }

  private onInput(e: Event) {
    const t = e.target as HTMLInputElement;
    const path = t.name;
    let value: unknown;
    if (t.type === 'checkbox') {
      const chosen = new Set((answerAt(this.current, path) as string[] | undefined) ?? []);
      if (t.checked) chosen.add(t.value);
      else chosen.delete(t.value);
      value = (path === 'diagnoses' ? DIAGNOSES : TREATMENTS).filter((v: string) => chosen.has(v));
    } else if (path === 'age') {
      this.ageText = t.value;
      value = parseYears(t.value);
    } else value = path === 'region' ? t.value || undefined : JSON.parse(t.value);
    this.current = withAnswer(this.current, path, value);
    if (value !== undefined) this.missing = this.missing.filter((p) => p !== path);
    if (path === SELF_HARM && (value as number) > 0) this.flagCrisis();
    this.save();
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected override render() {
    const s = this.strings;
    return html`<div part="base" data-theme=${this.resolvedTheme}>
      ${this.config.render(s.configErrorHeading)}
      <p class="kc-visually-hidden" role="status">${this.note}</p>
      ${this.ruleSet ? this.stepView() : html`<p>${s.unavailable}</p>${this.contactLine()}`}
    </div>`;
  }

  private stepView() {
    const s = this.strings;
    const step = this.step;
    const n = QUESTION_STEPS.indexOf(step as (typeof QUESTION_STEPS)[number]);
    const crisisFirst = this.crisis && (n > 2 || n < 0);
    return html`${n >= 0 ? html`<p part="progress" class="progress">${s.stepOf(n + 1, QUESTION_STEPS.length)}</p>` : nothing}
      <h2 part="heading" tabindex="-1">${step === 'result' ? this.stepTitle(step) : s.steps[step]}</h2>
      ${crisisFirst ? this.crisisPanel(n >= 0) : nothing}
      ${n >= 0
        ? html`<form part="form" novalidate @input=${this.onInput} @submit=${this.onNext}>
            ${this.missing.length
              ? html`<div part="error-summary" class="errors">
                  <p>${s.missing(this.missing.length)}</p>
                  <ul>
                    ${this.missing.map((p) => html`<li>${this.label(p)}</li>`)}
                  </ul>
                </div>`
              : nothing}
            ${this[step as (typeof QUESTION_STEPS)[number]]()}
            ${this.crisis && step === 'mood' ? this.crisisPanel(true) : nothing}
            <div class="nav">
              ${n > 0 ? html`<button type="button" class="kc-button" @click=${this.back}>${s.back}</button>` : nothing}
              <button class="kc-button kc-button--primary">
                ${step === 'health' || (n === 0 && this.endsEarly) ? s.seeResult : s.next}
              </button>
            </div>
          </form>`
        : step === 'result'
          ? this.resultView()
          : this.handoffView()}`;
  }

  /** The question a path asks, for the list of what is missing. */
  private label(path: string): string {
    const s = this.strings;
    const [key, sub] = path.split('.') as [string, string];
    if (key === 'gad7' || key === 'phq9') return s[key].items[+sub - 1]!;
    if (key === 'health') return s.health[sub as keyof EligibilityStrings['health']];
    return s[key as 'age' | 'region' | 'pregnant' | 'trials' | 'prescriber'];
  }

  private error(path: string, text = this.strings.required) {
    return this.missing.includes(path) ? html`<p class="msg" id="${path.replace('.', '-')}-e">${text}</p>` : nothing;
  }

  private describedBy(path: string, also = '') {
    return [also, this.missing.includes(path) ? `${path.replace('.', '-')}-e` : ''].join(' ').trim() || nothing;
  }

  private radios(path: string, legend: string, options: readonly (readonly [unknown, string])[], lang = '', kind = 'yn') {
    const value = answerAt(this.current, path);
    return html`<fieldset part="question" class="q ${kind}" data-q=${path} aria-describedby=${this.describedBy(path)}>
      <legend lang=${lang || nothing}>${legend}</legend>
      ${this.error(path)}
      <div class="opts" lang=${lang || nothing}>
        ${options.map(
          ([v, text]) =>
            html`<label class="opt"><input type="radio" name=${path} value=${JSON.stringify(v)} .checked=${value === v} />${text}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  private checks(path: 'diagnoses' | 'treatments', legend: string, all: readonly string[], labels: Record<string, string>) {
    const chosen = this.current[path] as string[] | undefined;
    return html`<fieldset part="question" class="q">
      <legend>${legend}</legend>
      <div class="opts">
        ${all.map(
          (v) =>
            html`<label class="opt"><input type="checkbox" name=${path} value=${v} .checked=${!!chosen?.includes(v)} />${labels[v]}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  private scale(path: string, legend: string, labels: readonly string[], lang: string) {
    return this.radios(path, legend, labels.map((text, v) => [v, text] as const), lang, 'scale');
  }

  private about() {
    const s = this.strings;
    const regions = this.flow.regions;
    const invalidAge = this.ageText.trim() !== '';
    if (regions.length && !names) void loadNames().then(() => this.requestUpdate());
    return html`<div class="q" data-q="age">
        <label for="age">${s.age}</label>
        <p class="hint" id="age-h">${s.ageHint}</p>
        ${this.error('age', invalidAge ? s.ageInvalid : s.required)}
        <input
          id="age"
          name="age"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${this.ageText}
          aria-invalid=${this.missing.includes('age') ? 'true' : 'false'}
          aria-describedby=${this.describedBy('age', 'age-h')}
        />
      </div>
      ${regions.length
        ? html`<div class="q" data-q="region">
            <label for="region">${s.region}</label>
            ${this.error('region')}
            <select id="region" name="region" aria-describedby=${this.describedBy('region')}>
              <option value="">${s.regionChoose}</option>
              ${[...regions, 'other'].map(
                (r) =>
                  html`<option value=${r} ?selected=${this.current.region === r}>
                    ${r === 'other' ? s.regionOther : (names?.regionName(r, this.locale.lang) ?? r)}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing}
      ${this.radios('pregnant', s.pregnant, yesNo(s))}`;
  }

  private anxiety() {
    const g = this.strings.gad7;
    return html`${g.note ? html`<p class="hint">${g.note}</p>` : nothing}
      <p lang=${g.lang || nothing}>${g.stem}</p>
      ${g.items.map((text, i) => this.scale(`gad7.${i + 1}`, text, g.scale, g.lang))}
      ${this.scale('difficulty', g.difficulty, g.difficultyScale, g.lang)}`;
  }

  private mood() {
    const p = this.strings.phq9;
    const all = this.flow.instruments.includes('phq9');
    return html`<p lang=${p.lang || nothing}>${p.stem}</p>
      ${p.items.map((text, i) => (all || i === SELF_HARM_INDEX ? this.scale(`phq9.${i + 1}`, text, p.scale, p.lang) : nothing))}`;
  }

  private history() {
    const s = this.strings;
    return html`${this.checks('diagnoses', s.diagnoses, DIAGNOSES, s.diagnosisLabels)}
    ${this.checks('treatments', s.treatments, TREATMENTS, s.treatmentLabels)}
    ${this.radios(
      'trials',
      s.trials,
      TRIALS.map((t) => [t, s.trialLabels[t]!] as const),
    )}
    ${this.radios('prescriber', s.prescriber, yesNo(s))}`;
  }

  private health() {
    const s = this.strings;
    const group = (id: string, heading: string, items: readonly (keyof EligibilityStrings['health'])[]) =>
      html`<h3 id=${id}>${heading}</h3>
        <div role="group" aria-labelledby=${id}>${items.map((i) => this.radios(`health.${i}`, s.health[i], yesNo(s)))}</div>`;
    return html`${group('conditions', s.conditions, HEALTH_CONDITIONS)} ${group('medicines', s.medicines, HEALTH_MEDICINES)}`;
  }

  private contactLine() {
    const { phone, name } = this.clinic.settings;
    return phone ? html`<p>${this.strings.crisis.clinic(name)} <a href=${phoneHref(phone)!}>${phone}</a></p>` : nothing;
  }

  private crisisPanel(more: boolean) {
    const c = this.strings.crisis;
    return html`<section part="crisis" class="crisis" aria-labelledby="crisis-h">
      <h3 id="crisis-h">${c.heading}</h3>
      <p>${c.lead}</p>
      <ul>
        <li>
          ${c.lifeline} <a href="tel:988">${c.call} 988</a> · <a href="sms:988">${c.text} 988</a>. ${c.lifelineMore}
        </li>
        <li>${c.textLine} <a href="sms:741741">741741</a>.</li>
        <li>${c.emergency} <a href="tel:911">911</a>.</li>
      </ul>
      ${this.contactLine()}
      <p>${c.international} <a href="https://findahelpline.com" rel="noopener noreferrer" target="_blank">findahelpline.com</a>.</p>
      <p>${c.notMonitored}</p>
      ${more ? html`<p>${c.continue}</p>` : nothing}
    </section>`;
  }

  private resultView(): TemplateResult {
    const s = this.strings;
    const r = this.result!;
    const minAge = this.ruleSet!.minAge;
    const { bookingUrl, endpoint } = this.clinic.settings;
    const listed = r.reasons.filter((x) => x.action !== 'crisis' && (r.outcome !== 'ineligible' || x.action === 'exclude'));
    return html`<div part="result" class="result">
      <p>${s.outcomes[r.outcome].body}</p>
      <p class="disclaimer">${s.disclaimer}</p>
      ${r.outcome !== 'crisis' && listed.length
        ? html`<p>${r.outcome === 'ineligible' ? s.why : s.discuss}</p>
            <ul>
              ${listed.map((x) => html`<li>${reasonText(s, x, minAge)}</li>`)}
            </ul>`
        : nothing}
      ${r.scores.gad7
        ? html`<p>${s.scores}</p>
            <ul>
              ${scoreLines(s, r.scores).map((line) => html`<li>${line}</li>`)}
            </ul>
            <p>${s.threshold}</p>`
        : nothing}
      ${r.outcome === 'ineligible' ? html`<p>${s.alternatives}</p>` : nothing} ${this.contactLine()}
      <div class="actions">
        ${r.outcome === 'eligible' && bookingUrl
          ? html`<a class="kc-button kc-button--primary" href=${bookingUrl}>${s.book}</a>`
          : nothing}
        ${endpoint
          ? html`<button type="button" class="kc-button kc-button--primary" @click=${() => this.go(this.idx + 1, true)}>
              ${s.send}
            </button>`
          : nothing}
        <button type="button" class="kc-button" @click=${() => window.print()}>${s.print}</button>
        <button type="button" class="kc-button" @click=${this.copy}>${s.copy}</button>
        <button type="button" class="kc-button" @click=${this.back}>${s.back}</button>
        <button type="button" class="kc-button" @click=${this.reset}>${s.startOver}</button>
      </div>
      <p role="status">${this.copyNote}</p>
    </div>`;
  }

  private async copy() {
    const s = this.strings;
    try {
      await navigator.clipboard.writeText(summaryText(s, this.result!, this.ruleSet!.minAge, new Date(), this.locale.lang));
      this.copyNote = s.copied;
    } catch {
      this.copyNote = s.copyFailed;
    }
  }

  private handoffView() {
    const s = this.strings;
    const { name, endpoint } = this.clinic.settings;
    return html`${this.handoff && this.result && endpoint
        ? this.handoff.render({
            clinic: name ?? s.theClinic,
            clinicName: name,
            endpoint,
            locale: this.locale.lang,
            retryDelay: this.retryDelay,
            answers: this.answers,
            result: this.result,
            sent: () => this.key && clearDraft(session(), this.key),
          })
        : nothing}
      ${this.contactLine()}
      <div class="nav"><button type="button" class="kc-button" @click=${this.back}>${s.back}</button></div>`;
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
