import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EligibilityAnswers, Step } from '../../../src/components/eligibility-check/answers.js';
import type { KcEligibilityCheck } from '../../../src/components/eligibility-check/eligibility-check.js';
import { eligibleAnswers } from './fixtures.js';

/**
 * Waits until the element (and anything it loads lazily) has rendered. The later steps' views load right after the first
 * paint: importing them here waits for that same module.
 */
export async function settle(el: KcEligibilityCheck): Promise<void> {
  await import('../../../src/components/eligibility-check/views/step-views.js');
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export const $ = <T extends Element = HTMLElement>(el: KcEligibilityCheck, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: KcEligibilityCheck, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const heading = (el: KcEligibilityCheck) => $(el, 'h2')!.textContent!.trim();

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `match` is true of the focused element. */
export async function tabTo(match: (active: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 80; i++) {
    await userEvent.keyboard('{Tab}');
    const active = deepActive();
    if (active && match(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Chooses option `index` of a radio question by keyboard only: Tab into the group, then Space or arrows. */
export async function chooseByKeyboard(path: string, index: number): Promise<void> {
  await tabTo((a) => a instanceof HTMLInputElement && a.name === path, path);
  if (index === 0) await userEvent.keyboard('{ }');
  else for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
}

export async function typeByKeyboard(name: string, text: string): Promise<void> {
  await tabTo((a) => a instanceof HTMLInputElement && a.name === name, name);
  await userEvent.keyboard(text);
}

export async function pressByKeyboard(label: RegExp): Promise<void> {
  await tabTo((a) => a instanceof HTMLButtonElement && label.test(a.textContent!.trim()), String(label));
  await userEvent.keyboard('{Enter}');
}

/** Keyboard-only answers for each step: option index per question (0 = first option, e.g. "Yes" or "Not at all"). */
export interface WalkPlan {
  age: string;
  pregnant?: number;
  gad7?: number[];
  phq9?: number[];
  trials?: number;
  prescriber?: number;
  health?: Record<string, number>;
}

/**
 * Walks a whole screening by keyboard only, from the first step to the result. Without `gad7` the first step is
 * expected to end the screening: only the self-harm question (`phq9[8]`, default "Not at all") follows.
 */
export async function walkByKeyboard(el: KcEligibilityCheck, plan: WalkPlan): Promise<void> {
  await typeByKeyboard('age', plan.age);
  await chooseByKeyboard('pregnant', plan.pregnant ?? 1);
  await pressByKeyboard(/Next/);
  await settle(el);
  if (!plan.gad7) {
    // A first step that ends the screening: the self-harm question alone, then the result.
    await chooseByKeyboard('phq9.9', plan.phq9?.[8] ?? 0);
    await pressByKeyboard(/See my result/);
    await settle(el);
    return;
  }
  for (const [i, v] of plan.gad7.entries()) await chooseByKeyboard(`gad7.${i + 1}`, v);
  await pressByKeyboard(/Next/);
  await settle(el);
  const phq9 = plan.phq9 ?? [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const [i, v] of phq9.entries()) await chooseByKeyboard(`phq9.${i + 1}`, v);
  await pressByKeyboard(/Next/);
  await settle(el);
  await chooseByKeyboard('trials', plan.trials ?? 2);
  await chooseByKeyboard('prescriber', plan.prescriber ?? 0);
  await pressByKeyboard(/Next/);
  await settle(el);
  for (const input of $$<HTMLInputElement>(el, 'fieldset input[value="false"]')) {
    await chooseByKeyboard(input.name, plan.health?.[input.name.slice(7)] ?? 1);
  }
  await pressByKeyboard(/See my result/);
  await settle(el);
}

/** A `window.fetch` stand-in that answers from a script and records every request. */
export function fakeEndpoint(script: (attempt: number) => Response | Error) {
  const calls: { url: string; init: RequestInit }[] = [];
  const original = window.fetch;
  window.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const answer = script(calls.length);
    if (answer instanceof Error) throw answer;
    return answer;
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/**
 * Isolates each hand-off test: no saved draft before or after it, the config errors it provokes kept out of the
 * output, its mocks undone, and `window.fetch` given back through `restoreEndpoint` (the file's fake endpoint).
 */
export function isolateHandoffTests(restoreEndpoint: () => void): void {
  beforeEach(() => {
    sessionStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    restoreEndpoint();
    vi.restoreAllMocks();
    sessionStorage.clear();
  });
}

/** From the result step: opens the hand-off ("Send my answers") and waits for its form (loaded on demand). */
export async function openHandoff(el: KcEligibilityCheck): Promise<void> {
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Send my answers'))!.click();
  await vi.waitFor(() => expect($(el, '[part=handoff]')).not.toBeNull(), { timeout: 10_000 });
}

/** Types into the hand-off form's fields (a boolean ticks a checkbox), as a patient would. */
export function fillHandoff(el: KcEligibilityCheck, fields: Record<string, string | boolean>): void {
  for (const [name, value] of Object.entries(fields)) {
    const input = $<HTMLInputElement | HTMLSelectElement>(el, `[part=handoff] [name=${name}]`)!;
    if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Presses the hand-off form's Send button. */
export const sendHandoff = (el: KcEligibilityCheck) => $<HTMLButtonElement>(el, '[part=handoff] button')!.click();

/** Where drafts are kept, and the drafts in `sessionStorage` now. */
export const KEY_PREFIX = 'kc-eligibility-check:';
export const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith(KEY_PREFIX));

/** Mounts a widget and waits until it (and what it loads right after its first paint) has rendered. */
export async function mount(template: ReturnType<typeof html>): Promise<KcEligibilityCheck> {
  const el = await fixture<KcEligibilityCheck>(template);
  await settle(el);
  return el;
}

/** Mounts a widget with every question answered and moves it to `step`. */
export async function at(
  step: Step,
  answers: EligibilityAnswers = eligibleAnswers(),
  template = html`<kc-eligibility-check></kc-eligibility-check>`,
) {
  const el = await mount(template);
  el.answers = answers;
  el.step = step;
  await settle(el);
  return el;
}

/**
 * Around each test: an empty `sessionStorage`, and a console whose errors and warnings are recorded, not printed (a
 * test reads them with `vi.mocked(console.error)`).
 */
export function quietConsole(): void {
  beforeEach(() => {
    sessionStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
  });
}

// ---- hand-off ---------------------------------------------------------------------------------------

export const ENDPOINT = 'https://calm.example/intake';
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const ok = () => new Response('{"ok":true}', { status: 200 });
export const status = (code: number) => () => new Response('{}', { status: code });
export const offline = () => new TypeError('Failed to fetch');

/** A widget at the hand-off step of a complete, eligible screening, with the form loaded. */
export async function atHandoff(retryDelay = '0') {
  const el = await fixture<KcEligibilityCheck>(
    html`<kc-eligibility-check
      id="h"
      name="Calm Harbor"
      phone="555 010 2000"
      endpoint=${ENDPOINT}
      retry-delay=${retryDelay}
    ></kc-eligibility-check>`,
  );
  await settle(el);
  el.answers = eligibleAnswers();
  el.step = 'result';
  await settle(el);
  await openHandoff(el);
  return el;
}

export function events(el: KcEligibilityCheck) {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of ['kc-submit', 'kc-submit-success', 'kc-submit-error'] as const)
    el.addEventListener(type, (e) => seen.push({ type, detail: e.detail }));
  return seen;
}

export const headerOf = (init: RequestInit) => (init.headers as Record<string, string>)['Idempotency-Key'];
