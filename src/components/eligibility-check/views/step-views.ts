/**
 * The views of every step after the first, by step, with the crisis panel and the list of what is missing that they
 * share, and their styles. The first step's view comes with the element; these load right after its first paint.
 */
import { crisisPanel } from './crisis.js';
import { errorSummary } from './error-summary.js';
import { outcomeStep, resultSummary } from './outcome.js';
import { stepViewStyles } from './step-views.styles.js';
import { anxietyStep } from './steps/anxiety.js';
import { healthStep } from './steps/health.js';
import { historyStep } from './steps/history.js';
import { moodStep } from './steps/mood.js';

/** The view of each question step after the first. */
export const questionSteps = {
  anxiety: anxietyStep,
  mood: moodStep,
  history: historyStep,
  health: healthStep,
};

export { crisisPanel, errorSummary, outcomeStep, resultSummary, stepViewStyles };
