/**
 * What `<kc-eligibility-check>` imports right after its first paint, as one chunk: the steps after the first
 * (anxiety, mood, treatment history, health), moving between steps (focus, announcements, `kc-step-change`),
 * the crisis panel, the result, the hand-off step, the rules that decide the result, and the check of answers
 * given from outside or restored from a draft. The crisis panel can first show on the mood step, which renders
 * from this module, so it is always here before it can be needed. The element awaits this module only when a
 * patient reaches the second step (or a host sets `answers` or `step`) before it arrived.
 */
import { html, nothing } from 'lit';
import { emit } from '../../shared/emit.js';
import {
  DIAGNOSES,
  flowSteps,
  HEALTH_CONDITIONS,
  HEALTH_MEDICINES,
  missingAnswers,
  QUESTION_STEPS,
  questionsOf,
  SELF_HARM_INDEX,
  TREATMENTS,
  TRIALS,
  validateAnswers,
  type EligibilityAnswers,
  type FlowOptions,
  type Step,
} from './answers.js';
import { addStyles } from '../../shared/kc-element.js';
import type { KcEligibilityCheck } from './eligibility-check.js';
import type { EligibilityStrings } from './locales/en.js';
import { laterStyles } from './later-steps.styles.js';
import { loadDraft, sessionStore } from './persistence.js';
import { DEFAULT_RULES, endsEarly as endsAfterFirst, evaluateEligibility, type EligibilityRules } from './rules.js';
import { listedReasons, outcomeBody, reasonsHeading, reasonText, scoreLines, summaryText } from './summary.js';

type Host = KcEligibilityCheck;
type S = EligibilityStrings;

const styled = new WeakSet<Host>();

/** Readies a widget for the later steps (once): adds their styles to its shadow root. */
export function prepare(h: Host): void {
  if (styled.has(h)) return;
  styled.add(h);
  addStyles(h, laterStyles);
}

// ---- state -----------------------------------------------------------------------------------------

/** Applies answers given from outside: each checked, invalid ones left out and named in the visible notice. */
export function setAnswers(h: Host, value: EligibilityAnswers | undefined): void {
  const { answers, errors } = validateAnswers(value ?? {});
  h.current = answers;
  h.answerErrors = errors;
  h.ageText = answers.age === undefined ? '' : String(answers.age);
  if ((answers.phq9?.[SELF_HARM_INDEX] ?? 0) > 0) flagCrisis(h);
  h.save();
}

/**
 * Restores a saved draft (answers, step reached, crisis panel). Answers that do not check out are left out, and
 * the flow stops at the first step missing one; the console says how many, never which or what.
 */
export function restore(h: Host): void {
  const draft = loadDraft(sessionStore(), h.key!);
  if (!draft) return;
  if (draft.dropped)
    console.warn(`<${h.localName}> ${draft.dropped} saved answer(s) could not be restored and were left out; the others were.`);
  setAnswers(h, draft.answers);
  if (draft.crisis) flagCrisis(h);
  goTo(h, draft.step);
}

/** Shows the crisis panel from now on; the first time, announces it and fires `kc-crisis`. */
export function flagCrisis(h: Host): void {
  h.crisis = true;
  h.requestUpdate();
  if (h.crisisFired) return;
  h.crisisFired = true;
  h.note = 'crisis';
  emit(h, 'kc-crisis', { source: 'phq9-item9' });
}

/**
 * The rule set in effect (undefined when the clinic's is invalid, or `min-age` is set but invalid: the widget then
 * does not screen): `min-age` and the regions served win.
 */
export function rules(h: Host): EligibilityRules | undefined {
  h.parseRules();
  const r = h.parsed.errors.length || h.minAgeInvalid ? undefined : (h.parsed.rules ?? DEFAULT_RULES);
  return r && { ...r, minAge: h.minAgeYears ?? r.minAge, regions: [...h.options.regions] };
}

/** Whether the first step's answers already end the screening (under the minimum age, or outside the area). */
export function endsEarly(h: Host): boolean {
  const r = rules(h);
  return !!r && endsAfterFirst(h.current, r);
}

/** What the questions depend on, with whether the first step's answers end the screening (then only item 9 follows). */
function flowOptions(h: Host): FlowOptions {
  return { ...h.options, endsEarly: endsEarly(h) };
}

/** The steps this patient goes through: all of `h.steps`, or, when the first step ends the screening, about, mood (item 9 only) and the result. */
export function flow(h: Host): Step[] {
  return flowSteps(h.steps, endsEarly(h));
}

/** "Step N of M" for a question step: its place among the question steps of this patient's flow. */
export function progress(h: Host, step: Step): [n: number, total: number] {
  const questions = flow(h).filter((s) => (QUESTION_STEPS as readonly Step[]).includes(s));
  return [questions.indexOf(step) + 1, questions.length];
}

// ---- moving ----------------------------------------------------------------------------------------

/** The furthest step the answers allow, as an index of `h.steps`. */
function furthest(h: Host): number {
  const options = flowOptions(h);
  for (const step of flow(h)) {
    if (step === 'result') break;
    if (missingAnswers(h.current, step, options).length) return h.steps.indexOf(step);
  }
  return h.steps.length - 1;
}

/**
 * Moves to `step` when every earlier step is complete, else to the first incomplete one. A step this patient's flow
 * skips (the anxiety questions of a screening that ended after the first step) leads to the next step of the flow.
 */
export function goTo(h: Host, step: Step): void {
  const i = h.steps.indexOf(step);
  if (i < 0) return;
  const target = flow(h).find((s) => h.steps.indexOf(s) >= i);
  go(h, Math.min(target ? h.steps.indexOf(target) : i, furthest(h)), false);
}

/** The index in `h.steps` of the next (or previous) step of this patient's flow after (or before) the current one. */
function nextIndex(h: Host, by: 1 | -1): number {
  const indices = flow(h).map((s) => h.steps.indexOf(s));
  return (by > 0 ? indices.find((i) => i > h.idx) : indices.findLast((i) => i < h.idx)) ?? h.idx;
}

/** Moves to step `i`. A patient's move (`user`) focuses the heading (which says the step) and fires `kc-step-change`. */
export function go(h: Host, i: number, user: boolean): void {
  const steps = h.steps;
  const step = steps[i]!;
  const r = rules(h);
  h.idx = i;
  h.missing = [];
  h.requestUpdate();
  if ((step === 'result' || step === 'handoff') && r) {
    // Once item 9 was answered above "Not at all", the outcome stays `crisis` even if the answer changes back.
    h.result = evaluateEligibility(h.current, r, { selfHarmEndorsed: !!h.crisis });
    if (user && step === 'result') emit(h, 'kc-result', structuredClone(h.result));
  }
  if (step === 'handoff' && !h.handoff)
    void import('./handoff-form.js').then(
      (m) => {
        h.handoff ??= new m.HandoffForm(h);
        h.handoffFailed = false;
        h.requestUpdate();
      },
      () => {
        // Offline: say so (the answers stay); going Back and opening the step again tries once more.
        h.handoffFailed = true;
        h.requestUpdate();
      },
    );
  if (user) {
    // The focused heading says which step this is; the status line is left empty, so nothing is read twice.
    h.focusHeading = true;
    h.note = undefined;
    // Counted along this patient's flow: a screening that ends after the first step has about, mood, result (and hand-off).
    const path = flow(h);
    emit(h, 'kc-step-change', { step, index: path.indexOf(step), total: path.length });
  }
  h.save();
}

/**
 * Next: on an incomplete step, lists what is missing and focuses that list, which says how many questions still need
 * an answer and links to each; else moves to the following step of this patient's flow (after a first step that ends
 * the screening: the self-harm question).
 */
export async function next(h: Host): Promise<void> {
  const step = h.step;
  h.missing = missingAnswers(h.current, step, flowOptions(h));
  h.requestUpdate();
  if (!h.missing.length) return go(h, nextIndex(h, 1), true);
  await h.updateComplete;
  h.renderRoot.querySelector<HTMLElement>('#errors-h')?.focus();
}

/** Moves focus to a question's first field (a summary link's target), its question in view. */
function focusQuestion(h: Host, path: string, event: Event): void {
  event.preventDefault();
  const question = h.renderRoot.querySelector<HTMLElement>(`[data-q="${path}"]`);
  question?.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
  question?.scrollIntoView({ block: 'nearest' });
}

/**
 * What is still missing on a step (GOV.UK's error summary): a heading that takes focus and says how many questions
 * still need an answer, then a link to each question that moves focus to it.
 */
export function errorSummary(h: Host, s: S) {
  const label = (path: string): [text: string, lang?: string] => {
    const [key, sub] = path.split('.') as [string, string];
    if (key === 'gad7' || key === 'phq9') return [s[key].items[+sub - 1]!, s[key].lang];
    if (key === 'health') return [s.health[sub as keyof S['health']]];
    return [s[key as 'age' | 'region' | 'pregnant' | 'trials' | 'prescriber']];
  };
  return html`<div part="error-summary" class="errors">
    <h3 id="errors-h" tabindex="-1">${s.missing(h.missing.length)}</h3>
    <ul>
      ${h.missing.map((path) => {
        const [text, lang] = label(path);
        return html`<li>
          <a href="#${path}" lang=${lang || nothing} @click=${(e: Event) => focusQuestion(h, path, e)}>${text}</a>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** Back: the previous step of this patient's flow. */
export function back(h: Host): void {
  go(h, nextIndex(h, -1), true);
}

/** Starts again (after `reset()` cleared the answers and the draft): the first step, focused and announced. */
export function restart(h: Host): void {
  h.copyNote = '';
  h.handedOff = false;
  h.crisis = h.crisisFired = false;
  // A send still under way belongs to the screening that ended: stopped, and its form let go of.
  h.handoff?.dispose();
  h.handoff = h.result = undefined;
  go(h, 0, h.isConnected);
}

/** A step's title ("Step 2 of 5: Anxiety"; the outcome's on the result), or the crisis panel's heading (what the status line announces). */
export function title(h: Host, s: S, step: Step | 'crisis'): string {
  if (step === 'crisis') return s.crisis.heading;
  if (step === 'result' && h.result) return s.outcomes[h.result.outcome].title;
  const [n, total] = progress(h, step);
  return n > 0 ? `${s.stepOf(n, total)}: ${s.steps[step]}` : s.steps[step];
}

// ---- the question steps ----------------------------------------------------------------------------

const scale = (
  h: Host,
  path: string,
  legend: string,
  labels: readonly string[],
  lang: string,
  extra?: { stem?: string; optional?: boolean },
) =>
  h.radios(
    path,
    legend,
    labels.map((text, v) => [v, text] as const),
    lang,
    'scale',
    extra,
  );

// Each item is described by its instrument's stem, so moving from question to question says the time frame too.
export function anxiety(h: Host, s: S) {
  const g = s.gad7;
  return html`${g.note ? html`<p class="hint">${g.note}</p>` : nothing}
    <p id="gad7-stem" lang=${g.lang || nothing}>${g.stem}</p>
    ${g.items.map((text, i) => scale(h, `gad7.${i + 1}`, text, g.scale, g.lang, { stem: 'gad7-stem' }))}
    ${scale(h, 'difficulty', g.difficulty, g.difficultyScale, g.lang, { optional: true })}`;
}

/**
 * The PHQ-9, or only its item 9 (always asked: also when the clinic leaves the PHQ-9 out, and after a first step that
 * ends the screening), with the crisis panel as soon as item 9 is answered above 0.
 */
export function mood(h: Host, s: S) {
  const p = s.phq9;
  const asked = questionsOf('mood', flowOptions(h));
  return html`<p id="phq9-stem" lang=${p.lang || nothing}>${p.stem}</p>
    ${p.items.map((text, i) =>
      asked.includes(`phq9.${i + 1}`) ? scale(h, `phq9.${i + 1}`, text, p.scale, p.lang, { stem: 'phq9-stem' }) : nothing,
    )}
    ${h.crisis ? crisisPanel(h, s, true) : nothing}`;
}

export function history(h: Host, s: S) {
  const checks = (path: 'diagnoses' | 'treatments', legend: string, all: readonly string[], labels: Record<string, string>) =>
    html`<fieldset part="question" class="q">
      <legend>${legend}</legend>
      <div class="opts">
        ${all.map(
          (v) =>
            html`<label class="opt"
              ><input
                type="checkbox"
                name=${path}
                value=${v}
                .checked=${(h.current[path] as string[] | undefined)?.includes(v) ?? false}
              />${labels[v]}</label
            >`,
        )}
      </div>
    </fieldset>`;
  return html`${checks('diagnoses', s.diagnoses, DIAGNOSES, s.diagnosisLabels)}
  ${checks('treatments', s.treatments, TREATMENTS, s.treatmentLabels)}
  ${h.radios(
    'trials',
    s.trials,
    TRIALS.map((t) => [t, s.trialLabels[t]!] as const),
  )}
  ${h.yesNo('prescriber', s.prescriber, s)}`;
}

export function health(h: Host, s: S) {
  const group = (id: string, heading: string, items: readonly (keyof S['health'])[]) =>
    html`<h3 id=${id}>${heading}</h3>
      <div role="group" aria-labelledby=${id}>${items.map((i) => h.yesNo(`health.${i}`, s.health[i], s))}</div>`;
  return html`${group('conditions', s.conditions, HEALTH_CONDITIONS)} ${group('medicines', s.medicines, HEALTH_MEDICINES)}`;
}

export function crisisPanel(h: Host, s: S, more: boolean) {
  const c = s.crisis;
  return html`<section part="crisis" class="crisis" aria-labelledby="crisis-h">
    <h3 id="crisis-h">${c.heading}</h3>
    <p>${c.lead}</p>
    <ul>
      <li>
        ${c.lifeline} <a href="tel:988">${c.call} 988</a> · <a href="sms:988">${c.text} 988</a> ·
        <a href="https://988lifeline.org" rel="noopener noreferrer" target="_blank">${c.chat}</a>. ${c.lifelineMore}
      </li>
      <li>${c.textLine} <a href="sms:741741">741741</a>.</li>
      <li>${c.emergency} <a href="tel:911">911</a>.</li>
    </ul>
    ${h.contactLine()}
    <p>${c.international} <a href="https://findahelpline.com" rel="noopener noreferrer" target="_blank">findahelpline.com</a>.</p>
    <p>${c.notMonitored}</p>
    ${more ? html`<p>${c.continue}</p>` : nothing}
  </section>`;
}

// ---- the result and the hand-off -------------------------------------------------------------------

/** The result or hand-off step: its heading, the crisis resources first when they apply, then the step. */
export function outcome(h: Host, s: S, step: 'result' | 'handoff') {
  const r = rules(h);
  // Reached while the widget did not screen (an invalid rule set or min-age, since corrected): the result of the answers now.
  if (!h.result && r) h.result = evaluateEligibility(h.current, r, { selfHarmEndorsed: !!h.crisis });
  return html`<h2 part="heading" tabindex="-1">${title(h, s, step)}</h2>
    ${h.crisis ? crisisPanel(h, s, false) : nothing} ${step === 'result' ? result(h, s) : handoff(h, s)}`;
}

function result(h: Host, s: S) {
  const r = h.result!;
  const { minAge } = rules(h)!;
  const { bookingUrl, endpoint } = h.clinic.settings;
  const listed = listedReasons(r);
  const button = (text: string, click: () => void, primary = '') =>
    html`<button type="button" class="kc-button ${primary}" @click=${click}>${text}</button>`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summaryText(s, r, minAge, new Date(), h.locale.lang, h.clinic.settings));
      h.copyNote = s.copied;
    } catch {
      h.copyNote = s.copyFailed;
    }
    h.requestUpdate();
  };
  return html`<div part="result" class="result">
    <p>${outcomeBody(s, r)}</p>
    <p class="disclaimer">${s.disclaimer}</p>
    ${
      listed.length
        ? html`<p>${reasonsHeading(s, r)}</p>
            <ul>
              ${listed.map((x) => html`<li>${reasonText(s, x, minAge)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      r.scores.gad7
        ? html`<p>${s.scores}</p>
            <ul>
              ${scoreLines(s, r.scores).map((line) => html`<li>${line}</li>`)}
            </ul>
            <p>${s.threshold}</p>`
        : nothing
    }
    ${r.outcome === 'ineligible' ? html`<p>${s.alternatives}</p>` : nothing} ${h.contactLine()}
    <div class="actions">
      ${r.outcome === 'eligible' && bookingUrl ? html`<a class="kc-button kc-button--primary" href=${bookingUrl}>${s.book}</a>` : nothing}
      ${endpoint ? button(s.send, () => go(h, h.idx + 1, true), 'kc-button--primary') : nothing}
      ${button(s.print, () => window.print())} ${button(s.copy, copy)} ${button(s.back, () => back(h))}
      ${button(s.startOver, () => h.reset())}
    </div>
    <p role="status">${h.copyNote}</p>
  </div>`;
}

function handoff(h: Host, s: S) {
  const { name, endpoint } = h.clinic.settings;
  return html`${
      h.handoff && h.result && endpoint
        ? h.handoff.render({
            clinic: name ?? s.theClinic,
            clinicName: name,
            endpoint,
            locale: h.locale.lang,
            retryDelay: h.retryBase,
            answers: h.answers,
            result: h.result,
            format: h.handoffFormatInEffect,
            strings: s,
            summary: summaryText(
              s,
              h.result,
              rules(h)?.minAge ?? DEFAULT_RULES.minAge,
              new Date(),
              h.locale.lang,
              h.clinic.settings,
            ),
            sent: () => {
              // Handed off: nothing of it stays in this tab, even if the patient goes Back.
              h.handedOff = true;
              h.forget();
            },
          })
        : nothing
    }
    ${h.handoffFailed && !h.handoff ? html`<p class="msg" role="alert">${s.unavailable}</p>` : nothing} ${h.contactLine()}
    <div class="nav"><button type="button" class="kc-button" @click=${() => back(h)}>${s.back}</button></div>`;
}
