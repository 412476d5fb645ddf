import { STEPS, validateAnswers, type EligibilityAnswers, type Step } from './answers.js';

/**
 * Where a draft is kept: `session` (the default) keeps it in `sessionStorage`, which the browser clears when
 * the tab closes; `none` keeps nothing (kiosks, shared computers). Never `localStorage`, cookies or the URL.
 */
export const PERSIST_MODES = ['session', 'none'] as const;
export type PersistMode = (typeof PERSIST_MODES)[number];

/** A draft in progress: the answers, the step reached, and whether the crisis panel has shown. */
export interface Draft {
  answers: EligibilityAnswers;
  step: Step;
  crisis: boolean;
}

/** The storage key of one widget on one page: its `id` (or its position among the page's widgets) and the path. */
export function draftKey(instance: string, pathname: string): string {
  return `kc-eligibility-check:${pathname}#${instance}`;
}

/** Stores a draft; a full or blocked storage is ignored (the flow goes on, only the draft is not kept). */
export function saveDraft(storage: Storage | undefined, key: string, draft: Draft): void {
  try {
    storage?.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or disabled: nothing to keep */
  }
}

/** Reads a draft back, validating every answer; anything unreadable is dropped (and removed). */
export function loadDraft(storage: Storage | undefined, key: string): Draft | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Partial<Draft>;
    const { answers, errors } = validateAnswers(data.answers);
    if (errors.length || !STEPS.includes(data.step as Step)) throw new Error('invalid draft');
    return { answers, step: data.step as Step, crisis: data.crisis === true };
  } catch {
    clearDraft(storage, key);
    return undefined;
  }
}

export function clearDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    /* nothing stored */
  }
}
