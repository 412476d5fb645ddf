import { STEPS, validateAnswers, type Step } from './answers.js';
import { clearDraft, type Draft } from './draft-storage.js';

export * from './draft-storage.js';

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
