/** English strings of `<kc-breathwork-timer>`. Every other locale file must have the same keys. */
const en = {
  configErrorHeading: 'Some timer settings could not be used:',
  timer: 'Breathing timer',
  ready: 'Ready',
  paused: 'Paused',
  inhale: 'Breathe in',
  topUp: 'A little more in',
  hold: 'Hold',
  exhale: 'Breathe out',
  'hold-out': 'Hold',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  progress: 'Session progress',
  pattern: 'Pattern',
  length: 'Length',
  box: 'Box breathing (4-4-4-4)',
  '478': '4-7-8 breathing',
  coherent: 'Coherent breathing (5.5-5.5)',
  sigh: 'Cyclic sighing',
  custom: (id: string) => `Your pattern (${id})`,
  breaths: (n: number) => (n === 1 ? '1 breath' : `${n} breaths`),
  announce: 'Screen reader cues',
  volume: 'Volume',
  /** Shown for every pattern. */
  safety: 'If you feel dizzy or lightheaded, stop and breathe normally.',
  /** Added to the safety note for patterns that hold the breath. */
  holdSafety: 'With a heart or lung condition, or in pregnancy, ask your clinician before holding your breath.',
  /** Shown when a 4-7-8 session is longer than the 4 breaths Andrew Weil advises for the first month. */
  long478:
    'Andrew Weil, who made 4-7-8 breathing popular, advises no more than 4 breaths at a time for the first month. This session is longer: stop sooner if you wish.',
  sighNote:
    'At your own pace: in through the nose, a short second breath in, then a long, slow breath out through the mouth. The timing is only a guide.',
  done: 'Session complete',
  summary: (time: string, breaths: string) => `You practised for ${time} and took ${breaths}.`,
  reflect: 'How do you feel now? (optional)',
  reflectHint: 'This timer does not save it.',
  reflectDone: 'Done',
  thanks: 'Thank you.',
  again: 'Back to start',
};

export type BreathworkTimerStrings = typeof en;
export default en;
