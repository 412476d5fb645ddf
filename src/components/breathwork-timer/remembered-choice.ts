/**
 * The choice a patient made in the picker, kept in `localStorage` when the timer has `remember` (a preference only:
 * nothing about their sessions), and applied again on the next visit. Loaded only with `remember`.
 */
import { parsePattern } from './parse.js';

/** What the picker sets and what `remember` keeps: the element's own attributes. */
export interface BreathChoice {
  pattern: string;
  cycles?: string | undefined;
  duration?: string | undefined;
}

const KEY = 'kc-breathwork-timer';

/** Keeps the patient's choice (a preference, nothing about their sessions). Storage may be blocked: then nothing is kept. */
export function saveChoice(choice: BreathChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    /* storage blocked: the choice still applies now */
  }
}

/** The choice kept by `saveChoice`, if there is a valid one. */
export function recallChoice(): BreathChoice | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    if (saved && typeof saved.pattern === 'string' && 'pattern' in parsePattern(saved.pattern))
      return { pattern: saved.pattern, cycles: text(saved.cycles), duration: text(saved.duration) };
  } catch {
    /* nothing usable stored */
  }
  return undefined;
}

/** Applies the kept choice to `host` when it has `remember` set. */
export function recall(host: BreathChoice & { remember: boolean }): void {
  if (host.remember) Object.assign(host, recallChoice());
}
