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
  HEALTH_CONDITIONS,
  HEALTH_MEDICINES,
  missingAnswers,
  parseYears,
  QUESTION_STEPS,
  SELF_HARM_INDEX,
  TREATMENTS,
  TRIALS,
  validateAnswers,
  type EligibilityAnswers,
  type QuestionStep,
  type Step,
} from './answers.js';
import type { KcEligibilityCheck } from './eligibility-check.js';
import type { EligibilityStrings } from './locales/en.js';
import { laterStyles } from './later-steps.styles.js';
import { loadDraft, sessionStore } from './persistence.js';
import { DEFAULT_RULES, endsEarly as endsAfterFirst, evaluateEligibility, type EligibilityRules } from './rules.js';
import { listedReasons, reasonText, scoreLines, summaryText } from './summary.js';

type Host = KcEligibilityCheck;
type S = EligibilityStrings;

const styled = new WeakSet<Host>();

/** Readies a widget for the later steps (once): adds their styles to its shadow root. */
export function prepare(h: Host): void {
  if (styled.has(h)) return;
  styled.add(h);
  const root = h.renderRoot as ShadowRoot;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, laterStyles.styleSheet!];
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
  if (draft.dropped) console.warn(`<${h.localName}> ${draft.dropped} saved answer(s) could not be restored and were left out; the others were.`);
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

/** The rule set in effect (undefined when the clinic's is invalid): `min-age` and the regions served win. */
export function rules(h: Host): EligibilityRules | undefined {
  h.parseRules();
  const r = h.parsed.errors.length ? undefined : (h.parsed.rules ?? DEFAULT_RULES);
  return r && { ...r, minAge: parseYears(h.minAge) ?? r.minAge, regions: [...h.options.regions] };
}

/** Whether the first step's answers already end the screening (under the minimum age, or outside the area). */
export function endsEarly(h: Host): boolean {
  const r = rules(h);
  return !!r && endsAfterFirst(h.current, r);
}

// ---- moving ----------------------------------------------------------------------------------------

/** The furthest step the answers allow. */
function furthest(h: Host): number {
  const steps = h.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step === 'result') break;
    if (missingAnswers(h.current, step, h.options).length) return i;
    if (step === 'about' && endsEarly(h)) break;
  }
  return steps.length - 1;
}

/** Moves to `step` when every earlier step is complete, else to the first incomplete one. */
export function goTo(h: Host, step: Step): void {
  const i = h.steps.indexOf(step);
  if (i >= 0) go(h, Math.min(i, furthest(h)), false);
}

/** Moves to step `i`. A patient's move (`user`) focuses the heading, announces the step and fires `kc-step-change`. */
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
    h.focusHeading = true;
    h.note = step;
    emit(h, 'kc-step-change', { step, index: i, total: steps.length });
  }
  h.save();
}

/**
 * Next: on an incomplete step, lists what is missing and focuses the first unanswered question; else moves to the
 * following step, or to the result when the first step's answers end the screening.
 */
export async function next(h: Host): Promise<void> {
  const step = h.step;
  h.missing = missingAnswers(h.current, step, h.options);
  h.requestUpdate();
  if (!h.missing.length) return go(h, step === 'about' && endsEarly(h) ? h.steps.indexOf('result') : h.idx + 1, true);
  await h.updateComplete;
  h.renderRoot.querySelector<HTMLElement>(`[data-q="${h.missing[0]}"] :is(input, select)`)?.focus();
}

/** What is still missing on a step, each question named. */
export function errorSummary(h: Host, s: S) {
  const label = (path: string): string => {
    const [key, sub] = path.split('.') as [string, string];
    if (key === 'gad7' || key === 'phq9') return s[key].items[+sub - 1]!;
    if (key === 'health') return s.health[sub as keyof S['health']];
    return s[key as 'age' | 'region' | 'pregnant' | 'trials' | 'prescriber'];
  };
  return html`<div part="error-summary" class="errors">
    <p>${s.missing(h.missing.length)}</p>
    <ul>
      ${h.missing.map((p) => html`<li>${label(p)}</li>`)}
    </ul>
  </div>`;
}

export function back(h: Host): void {
  go(h, h.step === 'result' && endsEarly(h) ? 0 : h.idx - 1, true);
}

/** Starts again (after `reset()` cleared the answers and the draft): the first step, focused and announced. */
export function restart(h: Host): void {
  h.copyNote = '';
  h.handedOff = false;
  h.crisis = h.crisisFired = false;
  h.handoff = h.result = undefined;
  go(h, 0, h.isConnected);
}

/** What the status line announces: a step's title ("Step 2 of 5: Anxiety"; the outcome's on the result), or the crisis panel's heading. */
export function title(h: Host, s: S, step: Step | 'crisis'): string {
  if (step === 'crisis') return s.crisis.heading;
  const n = QUESTION_STEPS.indexOf(step as QuestionStep);
  if (step === 'result' && h.result) return s.outcomes[h.result.outcome].title;
  return n >= 0 ? `${s.stepOf(n + 1, QUESTION_STEPS.length)}: ${s.steps[step]}` : s.steps[step];
}

// ---- the question steps ----------------------------------------------------------------------------

const scale = (h: Host, path: string, legend: string, labels: readonly string[], lang: string) =>
  h.radios(path, legend, labels.map((text, v) => [v, text] as const), lang, 'scale');

export function anxiety(h: Host, s: S) {
  const g = s.gad7;
  return html`${g.note ? html`<p class="hint">${g.note}</p>` : nothing}
    <p lang=${g.lang || nothing}>${g.stem}</p>
    ${g.items.map((text, i) => scale(h, `gad7.${i + 1}`, text, g.scale, g.lang))}
    ${scale(h, 'difficulty', g.difficulty, g.difficultyScale, g.lang)}`;
}

/** The PHQ-9, or only its item 9 (always asked), with the crisis panel as soon as item 9 is answered above 0. */
export function mood(h: Host, s: S) {
  const p = s.phq9;
  const all = h.options.instruments.includes('phq9');
  return html`<p lang=${p.lang || nothing}>${p.stem}</p>
    ${p.items.map((text, i) => (all || i === SELF_HARM_INDEX ? scale(h, `phq9.${i + 1}`, text, p.scale, p.lang) : nothing))}
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
              ><input type="checkbox" name=${path} value=${v} .checked=${(h.current[path] as string[] | undefined)?.includes(v) ?? false} />${labels[
                v
              ]}</label
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
      await navigator.clipboard.writeText(summaryText(s, r, minAge, new Date(), h.locale.lang));
      h.copyNote = s.copied;
    } catch {
      h.copyNote = s.copyFailed;
    }
    h.requestUpdate();
  };
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
  return html`${h.handoff && h.result && endpoint
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
          summary: summaryText(s, h.result, rules(h)?.minAge ?? DEFAULT_RULES.minAge, new Date(), h.locale.lang),
          sent: () => {
            // Handed off: nothing of it stays in this tab, even if the patient goes Back.
            h.handedOff = true;
            h.forget();
          },
        })
      : nothing}
    ${h.handoffFailed && !h.handoff ? html`<p class="msg" role="alert">${s.unavailable}</p>` : nothing}
    ${h.contactLine()}
    <div class="nav"><button type="button" class="kc-button" @click=${() => back(h)}>${s.back}</button></div>`;
}
