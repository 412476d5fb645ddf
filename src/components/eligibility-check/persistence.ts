import { STEPS, validateAnswers, type Step } from './answers.js';
import { clearDraft, type Draft } from './draft-storage.js';

export * from './draft-storage.js';

/**
 * Reads a draft back, validating every answer: an invalid answer is left out (`dropped` counts them) and every
 * valid one kept, with the crisis flag and the step reached (the first step when that is unknown). A draft with
 * nothing usable left is removed.
 */
export function loadDraft(storage: Storage | undefined, key: string): (Draft & { dropped: number }) | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a draft');
    const { answers: saved, step, crisis } = data as Partial<Draft>;
    const { answers, errors } = validateAnswers(saved);
    if (!Object.keys(answers).length && crisis !== true) throw new Error('nothing to restore');
    return {
      answers,
      step: STEPS.includes(step as Step) ? (step as Step) : 'about',
      crisis: crisis === true,
      dropped: errors.length,
    };
  } catch {
    clearDraft(storage, key);
    return undefined;
  }
}
